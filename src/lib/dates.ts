/** Date formatting for readers: "18 December 2020", with no time-zone drift. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats an ISO date (YYYY-MM-DD) as "18 December 2020". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) throw new Error(`Expected a month from 01 to 12, got "${iso}"`);
  return `${Number(m[3])} ${month} ${m[1]}`;
}
