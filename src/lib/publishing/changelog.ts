/**
 * Page dates come from the changelog (content/changelog.json), not from git: a shallow clone
 * would give every page the date of the clone.
 */
import { isIsoDate } from '../dates';

/** One changelog entry. */
export interface ChangeEntry {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  summary: string;
  /**
   * The summary in Simplified Chinese, for the Chinese editions' feeds: required of an entry that
   * names a Chinese page (the Traditional feed converts it).
   */
  summaryZh?: string | undefined;
  /** Contract URLs of the pages the change touched. */
  pages: string[];
}

/** True for a page of a Chinese edition (/zh-hans/…, /zh-hant/…). */
const isChinesePage = (url: string): boolean => /^\/zh-han[st]\//.test(url);

/** A page's first and latest dates. */
export interface PageDates {
  published: string;
  updated: string;
}

/**
 * Parses content/changelog.json: its entries, or one problem a writer can act on (invalid JSON,
 * with the position the parser gives, or not a list). Fields are checked by checkChangelog.
 */
export function readChangelog(text: string): { entries: ChangeEntry[] } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `content/changelog.json is not valid JSON: ${(error as Error).message}` };
  }
  if (!Array.isArray(data))
    return { problem: 'content/changelog.json must be a JSON list of changes, each with an id, date, summary and pages.' };
  return { entries: data as ChangeEntry[] };
}

/** Checks the changelog: real dates, known pages, every page dated. Returns readable problems. */
export function checkChangelog(entries: readonly ChangeEntry[], urls: readonly string[]): string[] {
  const problems: string[] = [];
  const known = new Set(urls);
  for (const e of entries) {
    if (!isIsoDate(e.date)) problems.push(`content/changelog.json, entry "${e.id}": "${e.date}" is not a date written YYYY-MM-DD.`);
    for (const url of e.pages) {
      if (!known.has(url)) problems.push(`content/changelog.json, entry "${e.id}": "${url}" is not a page of the site.`);
    }
    const chinese = e.pages.find(isChinesePage);
    if (chinese && !e.summaryZh?.trim())
      problems.push(
        `content/changelog.json, entry "${e.id}": it names ${chinese}, a page of the Chinese editions, so their feeds list it: add "summaryZh", the summary in Simplified Chinese.`,
      );
  }
  for (const url of urls) {
    if (!entries.some((e) => e.pages.includes(url))) {
      problems.push(`content/changelog.json: no entry names ${url}, so it has no publication date. Add it to the entry that published it.`);
    }
  }
  return problems;
}

/** The first and latest changelog dates of a page. */
export function datesFor(entries: readonly ChangeEntry[], url: string): PageDates | undefined {
  const dates = entries
    .filter((e) => e.pages.includes(url) && isIsoDate(e.date))
    .map((e) => e.date)
    .sort();
  const first = dates[0];
  const last = dates.at(-1);
  return first && last ? { published: first, updated: last } : undefined;
}

/** Entries newest first (ties: file order). */
export function newestFirst<T extends { date: string }>(entries: readonly T[]): T[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? 1 : a.e.date > b.e.date ? -1 : a.i - b.i))
    .map(({ e }) => e);
}

/**
 * The entries of one Chinese edition's feed: those naming its pages, each with its Chinese summary
 * (converted by `convert` for Traditional) and only that edition's pages.
 */
export function editionEntries(
  entries: readonly ChangeEntry[],
  edition: 'zh-hans' | 'zh-hant',
  convert: (text: string) => string,
): ChangeEntry[] {
  const prefix = `/${edition}/`;
  return entries.flatMap((e) => {
    const pages = e.pages.filter((p) => p.startsWith(prefix));
    return pages.length > 0 && e.summaryZh ? [{ id: e.id, date: e.date, summary: convert(e.summaryZh), pages }] : [];
  });
}

/** One entry of the list of changes on an about page (ChangeList.astro). */
export interface ListedChange {
  id: string;
  date: string;
  summary: string;
  /** 'en' when the summary is English on a Chinese page (an entry without `summaryZh`). */
  lang?: 'en';
  /** How many pages the change touched. */
  pages: number;
}

/**
 * Every change, newest first, as the about page of `edition` lists it: on a Chinese page, an
 * entry's Chinese summary where it has one (converted by `convert` for Traditional), otherwise its
 * English summary, marked English.
 */
export function listedChanges(
  entries: readonly ChangeEntry[],
  edition: 'en' | 'zh-hans' | 'zh-hant',
  convert: (text: string) => string,
): ListedChange[] {
  return newestFirst(entries).map((e) => {
    const base = { id: e.id, date: e.date, pages: e.pages.length };
    if (edition === 'en') return { ...base, summary: e.summary };
    return e.summaryZh?.trim() ? { ...base, summary: convert(e.summaryZh) } : { ...base, summary: e.summary, lang: 'en' as const };
  });
}
