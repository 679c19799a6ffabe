/** A listing expiry that is always valid: sixty days from now, as YYYY-MM-DD. */
export function inTwoMonths(): string {
  return new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
}
