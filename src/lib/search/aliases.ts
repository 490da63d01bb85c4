/**
 * Other words for the same thing, so a reader's spelling finds the site's: the other names the
 * sources use for a person, an agency's abbreviation and its full name, a number as a word or in
 * digits, and the synonyms editors list in content/search-aliases.json. Built into one table at
 * build time (/search/aliases.json); the browser widens a query with it.
 */
import { hanContentQuery, hasHan } from './han';

/** Groups of words or phrases that mean the same, lower-case; each group has two or more. */
export type AliasTable = string[][];

/** A person or organization with its other names, as content/people.json lists them. */
export interface AliasedName {
  name: string;
  aliases: readonly { name: string }[];
}

/** Number words and their digits, as a reader might type either. */
export const NUMBER_WORDS: readonly (readonly [string, string])[] = [
  ['one', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  ['ten', '10'],
  ['eleven', '11'],
  ['twelve', '12'],
  ['twenty', '20'],
  ['thirty', '30'],
  ['forty', '40'],
  ['fifty', '50'],
  ['hundred', '100'],
  ['thousand', '1000'],
  ['first', '1st'],
  ['second', '2nd'],
  ['third', '3rd'],
  ['fourth', '4th'],
  ['thirty-first', '31st'],
];

const clean = (text: string): string => text.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');

/** The names of one person or organization: "Ministry of State Security (MSS)" gives the full name and "mss". */
export function namesOf(entry: AliasedName): string[] {
  const names = [entry.name, ...entry.aliases.map((a) => a.name)].flatMap((name) => {
    const abbreviation = /^(.*?)\s*\(([^()]{2,12})\)\s*$/.exec(name);
    return abbreviation ? [abbreviation[1] ?? '', abbreviation[2] ?? ''] : [name];
  });
  return [...new Set(names.map(clean).filter((n) => n.length >= 2))];
}

/** The alias table: people's names, number words and the editors' synonyms, groups of two or more. */
export function buildAliasTable(people: readonly AliasedName[], synonyms: readonly { terms: readonly string[] }[]): AliasTable {
  const groups = [
    ...people.map(namesOf),
    ...NUMBER_WORDS.map(([word, digits]) => [word, digits]),
    ...synonyms.map((s) => [...new Set(s.terms.map(clean))]),
  ];
  return groups.filter((g) => g.length >= 2);
}

/**
 * The table for the Traditional edition: each Chinese term converted (`convert`: the build's
 * Simplified → Traditional conversion), so a reader who types "國安部" is widened as one of the
 * Simplified edition is, and is shown Traditional words. Editors write Simplified only.
 */
export function traditionalTable(table: AliasTable, convert: (text: string) => string): AliasTable {
  return table.map((group) => [...new Set(group.map((term) => (hasHan(term) ? convert(term) : term)))]).filter((g) => g.length >= 2);
}

/** Question words and other small words that say nothing of the subject ("who is", "what does"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i in into is it its ' +
    'me my now of on or so than that the their them then there these they this to was we were what when ' +
    'where which who whom whose why will with would you about did'
  ).split(' '),
);

/**
 * The words of a query that decide the ranking: stop words dropped ("who is Julien Jin" → "Julien
 * Jin"). A query of nothing but stop words ("the who") is kept whole, since that is what was meant.
 * A last word of one letter after other words ("Sean J", "rectification p") is dropped too: it is
 * the start of a word still being typed, and Pagefind would match it against every word that
 * starts with that letter, ranking (and downloading) pages by them; the words before it decide.
 * So is a one-letter end of a hyphenated last word ("one-m").
 */
export function contentQuery(query: string): string {
  if (hasHan(query)) return hanContentQuery(query);
  const words = query.split(' ').filter((w) => w !== '');
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}-]/gu, '')));
  if (kept.length > 1 && /^\p{L}$/u.test(kept.at(-1) ?? '')) kept.pop();
  // The same inside a hyphenated word: "one-m" on the way to "one-minute" searches "one".
  const last = kept.length - 1;
  kept[last] = (kept[last] ?? '').replace(/^([\p{L}\p{N}][\p{L}\p{N}-]*?)-\p{L}?$/u, '$1');
  return (kept.length > 0 ? kept : words).join(' ');
}

/** A widened query: the words searched, the other queries that mean the same, and the words those add. */
export interface WidenedQuery {
  query: string;
  variants: string[];
  added: string[];
}

/** The most queries one search runs: each is a search of the index. */
export const MAX_VARIANTS = 4;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A Latin phrase stands as whole words; a Chinese one anywhere, since Chinese has no spaces ("国安部是什么").
const phrasePattern = (phrase: string): RegExp =>
  new RegExp(hasHan(phrase) ? escapeRegExp(phrase) : `(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Widens a query with the alias table: for each phrase of the query found in a group (longest
 * first), one variant per other phrase of the group, with that phrase in its place. "fake
 * evidence" with ["fake", "fabricated"] gives the variant "fabricated evidence" and adds "fabricated".
 */
export function widenQuery(query: string, table: AliasTable): WidenedQuery {
  const variants: string[] = [];
  const added: string[] = [];
  const found = table
    .flatMap((group) => group.map((phrase) => ({ phrase, group })))
    .filter(({ phrase }) => phrasePattern(phrase).test(query))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const used: string[] = [];
  for (const { phrase, group } of found) {
    // A phrase inside a longer one already used ("jin" in "julien jin") is not widened again.
    if (used.some((u) => u.includes(phrase))) continue;
    used.push(phrase);
    for (const other of group) {
      if (other === phrase || variants.length >= MAX_VARIANTS) continue;
      const variant = query.replace(phrasePattern(phrase), other);
      if (!variants.includes(variant) && variant.toLocaleLowerCase('en') !== query.toLocaleLowerCase('en')) {
        variants.push(variant);
        if (!added.includes(other)) added.push(other);
      }
    }
  }
  return { query, variants, added };
}
