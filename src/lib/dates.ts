/** Date formatting for readers: "18 December 2020", with no time-zone drift. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats an ISO date (YYYY-MM-DD) as "18 December 2020". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) throw new Error(`Expected a month from 01 to 12, got "${iso}"`);
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (day.getUTCDate() !== Number(m[3])) throw new Error(`No such day: "${iso}"`);
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** How precisely a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** The precision of a date written as YYYY, YYYY-MM or YYYY-MM-DD. */
export function datePrecision(date: string): DatePrecision {
  if (/^\d{4}$/.test(date)) return 'year';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  throw new Error(`Expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${date}"`);
}

/** Formats a date only as precisely as it is known: "2019", "June 2020", "4 June 2020". */
export function formatPartialDate(date: string): string {
  const precision = datePrecision(date);
  if (precision === 'day') return formatDate(date);
  if (precision === 'year') return date;
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  if (!month) throw new Error(`Expected a month from 01 to 12, got "${date}"`);
  return `${month} ${date.slice(0, 4)}`;
}
