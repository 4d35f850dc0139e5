// jstat ships no types; the core uses only these two distributions.
declare module 'jstat' {
  export const jStat: {
    chisquare: { cdf(x: number, dof: number): number };
    hypgeom: { pdf(k: number, population: number, successes: number, draws: number): number };
  };
}
