const DAY_MS = 24 * 60 * 60 * 1000;

/** Returns the date moved by a (possibly fractional, possibly negative) number of days. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Returns the date at the given UTC hour and minute of the same day. */
export function atTime(date: Date, hour: number, minute: number): Date {
  const copy = new Date(date.getTime());
  copy.setUTCHours(hour, minute, 0, 0);
  return copy;
}

/** Returns the ISO calendar date (YYYY-MM-DD). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Returns the start of the UTC day: the default `now`, so that one seed gives the same data all day long. */
export function startOfUtcDay(date: Date): Date {
  return atTime(date, 0, 0);
}
