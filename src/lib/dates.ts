/**
 * Dates, parsed and written for readers: "18 December 2020", with no time-zone drift. The one place
 * the site reads a YYYY-MM-DD date and names a month; the changelog, the citation formats and the
 * pages all use it.
 */

/** The months' names in English, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A calendar date's parts: the month and day counted from 1. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The parts of a real calendar date written YYYY-MM-DD, or undefined for anything else. */
export function parseIsoDate(text: string): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 April over into May: a real date reads back the same parts.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** The parts of an ISO date; throws a message that names the text and what is wrong with it. */
export function isoDateParts(iso: string): DateParts {
  const parts = parseIsoDate(iso);
  if (parts) return parts;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  monthName(Number(iso.slice(5, 7)), iso);
  throw new Error(`No such day: "${iso}"`);
}

/** The English name of a month counted from 1; `text` is the date it came from, for the error. */
export function monthName(month: number, text: string = String(month)): string {
  const name = MONTHS[month - 1];
  if (!name) throw new Error(`Expected a month from 01 to 12, got "${text}"`);
  return name;
}

/** Formats an ISO date (YYYY-MM-DD) as "18 December 2020". */
export function formatDate(iso: string): string {
  const { year, month, day } = isoDateParts(iso);
  return `${day} ${monthName(month)} ${year}`;
}

/** Formats an ISO date (YYYY-MM-DD) as "December 18, 2020", for the U.S. citation styles. */
export function formatUsDate(iso: string): string {
  const { year, month, day } = isoDateParts(iso);
  return `${monthName(month)} ${day}, ${year}`;
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
  return `${monthName(Number(date.slice(5, 7)), date)} ${date.slice(0, 4)}`;
}
