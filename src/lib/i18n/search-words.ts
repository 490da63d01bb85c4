/**
 * The words the search scripts write around the results (the header list and the search page),
 * in English: the English edition's strings (strings.ts) and the scripts' defaults where a page
 * writes no words of its own. A Chinese page writes its edition's words into `data-search-words`.
 * A module of its own so the browser loads these few words, not every edition's strings.
 *
 * A template's `{name}` is filled by {@link fillWords}: `{q}` is the reader's query (quoted and
 * isolated by the script), `{count}` the count sentence, `{n}` a number, `{from}` and `{to}` the
 * words of a typo correction, `{words}` the words an alias added.
 */
export const EN_SEARCH_WORDS = {
  /** "1 page matches" / "14 pages match". */
  count: { one: '{n} page matches', other: '{n} pages match' },
  /** The search page's status line. */
  statusFor: '{count} {q}. Best sections first.',
  statusForFiltered: '{count} {q} with these filters. Best sections first.',
  statusFilters: '{count} these filters. Best sections first.',
  noneFor: 'No results for {q}.',
  noneForFiltered: 'No results for {q} with these filters.',
  noneForFilters: 'No pages match these filters.',
  /** Read out once the reader pauses. */
  countSaid: '{count}.',
  showingFor: 'Showing results for {to}.',
  /** Under the count, after a typo correction; `{from}` is a link that searches the reader's own words. */
  correction: 'Showing results for {to}. Search instead for {from}.',
  alsoSearched: 'Also searched: {words}.',
  /** Joins the words an alias added. */
  wordJoin: ', ',
  tooShort: 'Type at least two letters.',
  failed: 'Search could not load.',
  failedPage: 'Search could not load. Every page and section of the site is listed below.',
  moreFailed: 'More results could not load.',
  /** Marks a result group that is a source's page. */
  source: 'Source',
  /** How many filters are chosen, beside the filters' summary. */
  chosen: '({n} chosen)',
  /** The header list. */
  summaryFor: '{count} {q}',
  summaryInstead: ' (showing results for this instead of {from})',
  noneTry: 'No results for {q}. Try one of these:',
  seeAll: 'See all results on the search page',
  tryPage: 'Try the search page',
  listed: { one: 'One section is listed.', other: '{n} sections are listed.' },
  close: 'Close',
  /** Around the reader's query. */
  quoteOpen: '“',
  quoteClose: '”',
};

export type SearchWords = typeof EN_SEARCH_WORDS;

/** A sentence with a form for one and one for more. */
export interface Plural {
  one: string;
  other: string;
}

/**
 * A template's text with each `{name}` replaced by its value: a string, or parts (such as DOM
 * nodes) that the caller appends in order. Text parts are joined, so a template without parts
 * gives one string. A `{name}` with no value stays as it is, so a missing value shows.
 */
export function fillWords<T>(template: string, values: Readonly<Record<string, string | readonly T[]>>): (string | T)[] {
  const out: (string | T)[] = [];
  const pushText = (text: string): void => {
    if (text === '') return;
    const last = out.length - 1;
    if (last >= 0 && typeof out[last] === 'string') out[last] = `${out[last] as string}${text}`;
    else out.push(text);
  };
  let at = 0;
  for (const match of template.matchAll(/\{([a-z]+)\}/gi)) {
    pushText(template.slice(at, match.index));
    at = match.index + match[0].length;
    const value = values[match[1] ?? ''];
    if (value === undefined) pushText(match[0]);
    else if (typeof value === 'string') pushText(value);
    else for (const part of value) typeof part === 'string' ? pushText(part) : out.push(part);
  }
  pushText(template.slice(at));
  return out;
}

/** A template filled with text values only. */
export function fillText(template: string, values: Readonly<Record<string, string>>): string {
  return fillWords<never>(template, values).join('');
}

/** The plural form for `n`, with `{n}` filled in (grouped as the edition's language writes numbers). */
export function plural(forms: Plural, n: number, lang = 'en'): string {
  return fillText(n === 1 ? forms.one : forms.other, { n: n.toLocaleString(lang) });
}

/**
 * The words a page wrote into `data-search-words` (JSON), over the English defaults: a page in
 * English writes none, and a word a page leaves out, or a value of the wrong shape, stays English.
 */
export function readSearchWords(json: string | undefined): SearchWords {
  let given: unknown;
  try {
    given = JSON.parse(json ?? '{}');
  } catch {
    return EN_SEARCH_WORDS;
  }
  if (typeof given !== 'object' || given === null) return EN_SEARCH_WORDS;
  const words: Record<string, unknown> = { ...EN_SEARCH_WORDS };
  for (const [key, fallback] of Object.entries(EN_SEARCH_WORDS)) {
    const value = (given as Record<string, unknown>)[key];
    if (typeof fallback === 'string' ? typeof value === 'string' : isPlural(value)) words[key] = value;
  }
  return words as SearchWords;
}

function isPlural(value: unknown): value is Plural {
  return (
    typeof value === 'object' && value !== null && typeof (value as Plural).one === 'string' && typeof (value as Plural).other === 'string'
  );
}
