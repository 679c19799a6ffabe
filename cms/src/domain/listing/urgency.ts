// Urgent requests (critical situations): a verified municipality flags a request as urgent for URGENT_DAYS, unless
// renewed; editors can end it earlier. Plain rules, no Strapi.
export const URGENT_DAYS = 14;

/** When an urgency marked (or renewed) at `now` ends. */
export function urgentUntilFrom(now = new Date()): Date {
  return new Date(now.getTime() + URGENT_DAYS * 24 * 3600 * 1000);
}

/** True for an open urgent request: a request with an urgency whose end has not passed. */
export function isUrgentNow(row: { type?: string; urgency?: string | null; urgentUntil?: string | Date | null } | null | undefined, now = new Date()): boolean {
  if (!row || row.type !== 'request' || !row.urgency) return false;
  return !row.urgentUntil || new Date(row.urgentUntil).getTime() > now.getTime();
}
