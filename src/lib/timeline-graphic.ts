/**
 * The timeline graphic (src/components/TimelineGraphic.astro): the dated events of a span of years on
 * a horizontal month axis, one dot per event, events of the same month stacked upward, and a few
 * events named above their dots. Only events dated to the month or the day are placed; an event the
 * sources date only to the year has no place on a month axis (the list on /timeline/ gives it).
 * Its words (month and year labels, a dot's tooltip) are the edition's (GraphicWords, from
 * src/lib/i18n/strings.ts), its titles the edition's timeline's. Drawn at build time as SVG
 * coordinates; pure: no file system, no Astro.
 */
import { datePrecision, formatPartialDate, monthName } from './dates';

/** An event as the graphic needs it. */
export interface GraphicEvent {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  title: string;
}

/** A dot: its event, its centre, and the words of its tooltip. */
export interface GraphicDot {
  id: string;
  cx: number;
  cy: number;
  label: string;
}

/** An event named above its dot, with the leader line from the name down to the dot. */
export interface GraphicCallout {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
  line: { x: number; y1: number; y2: number };
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The axis line's height. */
  axisY: number;
  /** One tick per month: its x, and its label (an initial in English, a number in Chinese). */
  months: { x: number; initial: string }[];
  /** One label per year, at its first month. */
  years: { x: number; text: string }[];
  dots: GraphicDot[];
  callouts: GraphicCallout[];
}

/** The words the drawing writes, in an edition's language. */
export interface GraphicWords {
  /** A month's label under its tick, from its number (1–12): "J", "1"; empty for a month left unlabelled. */
  month: (month: number) => string;
  /** A year's label: "2019", "2019年". */
  year: (year: number) => string;
  /** A dot's tooltip: the event's date as precisely as it is known, and its title. */
  dot: (date: string, title: string) => string;
}

/** The English words: months by their initial, dates as the English pages write them. */
export const ENGLISH_GRAPHIC_WORDS: GraphicWords = {
  month: (month) => monthName(month).charAt(0),
  year: (year) => String(year),
  dot: (date, title) => `${formatPartialDate(date)}: ${title}`,
};

/** Which events to name, and on which of the two rows above the dots. */
export interface CalloutSpec {
  id: string;
  row: 0 | 1;
}

const COLUMN = 15;
const MARGIN = 10;
const RADIUS = 5;
const STEP = 12;
const ROW_HEIGHT = 18;

/**
 * The words an event is named by: its title up to a semicolon, English or Chinese ("China blocks
 * Zoom; the …" → "China blocks Zoom", "Zoom 在中国被封；整改计划" → "Zoom 在中国被封").
 */
export function shortTitle(title: string): string {
  return title.split(/[;；]/)[0]?.trim() ?? title;
}

/**
 * Lays out `events` between the first month of `fromYear` and the last of `toYear`, in document order
 * within each month, labelled in `words`. Throws if a callout names an event that is not placed.
 */
export function layoutTimeline(
  events: readonly GraphicEvent[],
  fromYear: number,
  toYear: number,
  callouts: readonly CalloutSpec[] = [],
  words: GraphicWords = ENGLISH_GRAPHIC_WORDS,
): TimelineLayout {
  const monthsCount = (toYear - fromYear + 1) * 12;
  const width = MARGIN * 2 + monthsCount * COLUMN;
  const columnOf = (date: string): number => (Number(date.slice(0, 4)) - fromYear) * 12 + Number(date.slice(5, 7)) - 1;
  const placed = events
    .filter((e) => datePrecision(e.date) !== 'year')
    .filter((e) => {
      const c = columnOf(e.date);
      return c >= 0 && c < monthsCount;
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  const stacks = new Map<number, number>();
  for (const e of placed) stacks.set(columnOf(e.date), (stacks.get(columnOf(e.date)) ?? 0) + 1);
  const tallest = Math.max(0, ...stacks.values());
  const rows = callouts.length > 0 ? 1 + Math.max(...callouts.map((c) => c.row)) : 0;
  const top = 6 + rows * ROW_HEIGHT + (rows > 0 ? 10 : 0);
  const axisY = top + tallest * STEP + 4;
  const height = axisY + 34;
  const xOf = (column: number): number => MARGIN + column * COLUMN + COLUMN / 2;
  const filled = new Map<number, number>();
  const dots: GraphicDot[] = placed.map((e) => {
    const column = columnOf(e.date);
    const level = filled.get(column) ?? 0;
    filled.set(column, level + 1);
    return { id: e.id, cx: xOf(column), cy: axisY - RADIUS - 3 - level * STEP, label: words.dot(e.date, e.title) };
  });
  const months = Array.from({ length: monthsCount }, (_, i) => ({ x: xOf(i), initial: words.month((i % 12) + 1) }));
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => ({ x: MARGIN + i * 12 * COLUMN, text: words.year(fromYear + i) }));
  const laid = callouts.map((spec): GraphicCallout => {
    const event = placed.find((e) => e.id === spec.id);
    if (!event)
      throw new Error(
        `The timeline graphic names "${spec.id}", which is not an event dated to the month between ${fromYear} and ${toYear}.`,
      );
    const column = columnOf(event.date);
    const x = xOf(column);
    // Near an edge the name runs inward, so it stays inside the drawing.
    const anchor = column < 4 ? 'start' : column > monthsCount - 5 ? 'end' : 'middle';
    const y = 6 + (spec.row + 1) * ROW_HEIGHT - 5;
    const highest = Math.min(...dots.filter((d) => d.cx === x).map((d) => d.cy));
    return {
      id: spec.id,
      x: anchor === 'start' ? x - 4 : anchor === 'end' ? x + 4 : x,
      y,
      anchor,
      text: shortTitle(event.title),
      line: { x, y1: y + 4, y2: highest - RADIUS - 2 },
    };
  });
  return { width, height, axisY, months, years, dots, callouts: laid };
}
