/** A fresh id for a new record (letters, digits and '-', as core's ids allow). */
export function newId(): string {
  return crypto.randomUUID();
}

/** Today's date on this device as an ISO date (yyyy-mm-dd), the form core's dates use. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
