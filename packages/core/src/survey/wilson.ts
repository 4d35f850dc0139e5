/** The normal quantile for a two-sided 95 % interval, as the report uses it (docs/survey.md W1). */
export const Z_95 = 1.959964;

/**
 * W1–W3: the Wilson score interval for a share count / n (Wilson 1927): the centre
 * (p + z²/2n) / (1 + z²/n) plus or minus z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²).
 * It stays inside [0, 1] and is not degenerate at 0 or n, unlike the Wald interval, which is why
 * small groups get it. Null when n = 0 (W2). At count 0 the lower bound is 0 and at count n the upper bound 1, exactly (W3).
 */
export function wilsonInterval(count: number, n: number, z: number = Z_95): readonly [number, number] | null {
  if (n === 0) return null;
  if (!Number.isInteger(count) || !Number.isInteger(n) || count < 0 || n < 0 || count > n) {
    throw new RangeError(`wilsonInterval: need whole numbers 0 <= count <= n, got ${count} / ${n}`);
  }
  const p = count / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 and at n the bound is exactly 0 or 1 (W3); the formula gives it only up to rounding.
  return [count === 0 ? 0 : Math.max(0, centre - half), count === n ? 1 : Math.min(1, centre + half)];
}
