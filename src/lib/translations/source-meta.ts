/**
 * The Chinese of the source registry (content/zh-hans/sources.json): for each source of
 * content/sources.json, keyed by its id, the Simplified Chinese of every prose field its pages
 * show, with the hash of the English entry it was made from. The source pages of the Chinese
 * editions show these fields; the seed text itself stays English.
 *
 * - A missing entry or field, a field that is not text, or a reliability list of another length
 *   than the English stops the build (`sourceTranslationProblems`), naming the source, the field
 *   and what to write.
 * - When the English entry changes, its hash changes: the Chinese entry is stale, its page shows
 *   a notice, and `npm run translations` lists it.
 * - Quotation marks in the Chinese may stand only around words the English entry itself quotes
 *   (the source's words, verified against the seed by the build): `quoteParts` splits a field into
 *   its Chinese text and those English quotations, which the page shows in `lang="en"`.
 */
import { formatProblem } from '../citations/citation-index';
import { sectionHash } from './sections';

/** The English entry's fields a translation renders (content/sources.json). */
export interface EnglishSourceEntry {
  id: string;
  shortName: string;
  outlet: string | null;
  outletNote: string;
  headlineNote?: string | undefined;
  dateNote: string;
  summary: string;
  reliability: readonly string[];
}

/** One source's Chinese. `outlet` is the outlet's standard Chinese name, null when the English has none. */
export interface SourceTranslation {
  translatedFrom: string;
  shortName: string;
  outlet: string | null;
  outletNote: string;
  headlineNote?: string;
  dateNote: string;
  summary: string;
  reliability: string[];
}

/** The file of the translations, from the site's root. */
export const SOURCE_TRANSLATIONS_FILE = 'content/zh-hans/sources.json';

/** The text fields of an entry, in a fixed order: what a translation translates. */
const TEXT_FIELDS = ['shortName', 'outletNote', 'headlineNote', 'dateNote', 'summary'] as const;

/** The hash of what a translation translates of an English entry: its text fields, outlet and reliability notes. */
export function sourceEntryHash(entry: EnglishSourceEntry): string {
  const lines = [
    ...TEXT_FIELDS.map((f) => `${f}: ${entry[f] ?? ''}`),
    `outlet: ${entry.outlet ?? ''}`,
    ...entry.reliability.map((r, i) => `reliability[${i}]: ${r}`),
  ];
  return sectionHash(lines.map((l) => l.replace(/\s+/g, ' ')).join('\n'));
}

/** What checking the translations against the English registry found. */
export interface SourceTranslationCheck {
  translations: Map<string, SourceTranslation>;
  /** The ids of entries whose English changed since translation, with both hashes. */
  stale: { id: string; recorded: string; current: string }[];
  problems: string[];
}

const OPEN = '“「"';
const CLOSE = '”」"';
const QUOTED = /[“「"]([^“”「」"]*)[”」"]/g;

/** A field split into Chinese text and the English words it quotes (`en`). */
export type QuotePart = { text: string; en?: false } | { text: string; en: true };

/** Splits a Chinese field at its quotation marks: the quoted words are English, shown in `lang="en"`. */
export function quoteParts(text: string): QuotePart[] {
  const parts: QuotePart[] = [];
  let at = 0;
  for (const m of text.matchAll(QUOTED)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m[1] ?? '', en: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

const normal = (s: string): string => s.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/** The words an English field quotes ("…", “…”), normalised. */
function englishQuotes(text: string): Set<string> {
  return new Set([...text.matchAll(/["“]([^"“”]*)["”]/g)].map((m) => normal(m[1] ?? '')));
}

/**
 * Problems with the quotation marks of one Chinese field: every quotation must be words the English
 * field quotes (so they were verified against the seed), and every mark must pair.
 */
function quoteProblems(where: string, chinese: string, english: string): string[] {
  const problems: string[] = [];
  const allowed = englishQuotes(english);
  for (const part of quoteParts(chinese)) {
    if (part.en === true && !allowed.has(normal(part.text))) {
      problems.push(
        formatProblem(where, [
          ['quoted', `“${part.text}”`],
          [
            'problem',
            `Chinese text may put quotation marks only around the source's English words that the English entry quotes (${[...allowed].map((q) => `"${q}"`).join(', ') || 'it quotes none'}). Paraphrase without quotation marks, or quote those English words exactly.`,
          ],
        ]),
      );
    }
  }
  const rest = quoteParts(chinese)
    .filter((p) => p.en !== true)
    .map((p) => p.text)
    .join('');
  if ([...rest].some((c) => OPEN.includes(c) || CLOSE.includes(c))) {
    problems.push(formatProblem(where, [['problem', 'a quotation mark does not pair: close every quotation you open.']]));
  }
  return problems;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the translations (`data`, the parsed file) against the English registry: one entry per
 * source with every field the English has, and no entry for a source the registry lacks.
 */
export function checkSourceTranslations(
  english: readonly EnglishSourceEntry[],
  data: unknown,
  file = SOURCE_TRANSLATIONS_FILE,
): SourceTranslationCheck {
  const translations = new Map<string, SourceTranslation>();
  const stale: SourceTranslationCheck['stale'] = [];
  const problems: string[] = [];
  if (!isRecord(data)) {
    problems.push(
      formatProblem(file, [
        ['problem', "must be a JSON object with one entry per source, keyed by the source's id (as in content/sources.json)."],
      ]),
    );
    return { translations, stale, problems };
  }
  const ids = new Set(english.map((e) => e.id));
  for (const key of Object.keys(data)) {
    if (!ids.has(key)) {
      problems.push(
        formatProblem(`${file}, "${key}"`, [
          ['problem', `content/sources.json has no source "${key}". Remove the entry, or key it by a source's id.`],
          ['sources', [...ids].join(', ')],
        ]),
      );
    }
  }
  for (const entry of english) {
    const where = `${file}, "${entry.id}"`;
    const hash = sourceEntryHash(entry);
    const raw = data[entry.id];
    if (!isRecord(raw)) {
      problems.push(
        formatProblem(where, [
          [
            'problem',
            `no Chinese for the source "${entry.id}": its pages in the Chinese editions show its description in Chinese. Add an entry with the Simplified Chinese of each field of its English entry in content/sources.json.`,
          ],
          [
            'write',
            `"${entry.id}": { "translatedFrom": "${hash}", "shortName": "…", "outlet": ${entry.outlet === null ? 'null' : '"…"'}, "outletNote": "…",${entry.headlineNote ? ' "headlineNote": "…",' : ''} "dateNote": "…", "summary": "…", "reliability": [${entry.reliability.map(() => '"…"').join(', ')}] }`,
          ],
        ]),
      );
      continue;
    }
    const before = problems.length;
    const text = (field: string, englishText: string | undefined): string => {
      const value = raw[field];
      if (englishText === undefined) {
        if (value !== undefined)
          problems.push(
            formatProblem(where, [['problem', `"${field}" translates nothing: the English entry has no ${field}. Remove it.`]]),
          );
        return '';
      }
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(
          formatProblem(where, [
            ['field', field],
            ['problem', `missing: write the Simplified Chinese of the English ${field}.`],
            ['english', englishText],
          ]),
        );
        return '';
      }
      problems.push(...quoteProblems(`${where}, ${field}`, value, englishText));
      return value;
    };
    const shortName = text('shortName', entry.shortName);
    const outlet =
      entry.outlet === null
        ? raw['outlet'] === null || raw['outlet'] === undefined
          ? null
          : text('outlet', undefined)
        : text('outlet', entry.outlet);
    const outletNote = text('outletNote', entry.outletNote);
    const headlineNote = text('headlineNote', entry.headlineNote);
    const dateNote = text('dateNote', entry.dateNote);
    const summary = text('summary', entry.summary);
    const reliabilityRaw = raw['reliability'];
    const reliability: string[] = [];
    if (!Array.isArray(reliabilityRaw) || reliabilityRaw.length !== entry.reliability.length) {
      problems.push(
        formatProblem(where, [
          ['field', 'reliability'],
          [
            'problem',
            `needs ${entry.reliability.length} notes, one for each English note in the same order (it has ${Array.isArray(reliabilityRaw) ? reliabilityRaw.length : 'none'}).`,
          ],
          ['english', entry.reliability.map((r, i) => `${i + 1}. ${r}`).join('\n                 ')],
        ]),
      );
    } else {
      entry.reliability.forEach((r, i) => {
        const value = reliabilityRaw[i];
        if (typeof value !== 'string' || value.trim() === '') {
          problems.push(
            formatProblem(where, [
              ['field', `reliability[${i}]`],
              ['problem', 'missing: write the Simplified Chinese of the English note.'],
              ['english', r],
            ]),
          );
          return;
        }
        problems.push(...quoteProblems(`${where}, reliability[${i}]`, value, r));
        reliability.push(value);
      });
    }
    const recorded = raw['translatedFrom'];
    if (typeof recorded !== 'string' || !/^[0-9a-f]{12}$/.test(recorded)) {
      problems.push(
        formatProblem(where, [
          ['field', 'translatedFrom'],
          ['problem', 'missing: record the hash of the English entry you translated, so a later change of the English shows.'],
          ['write', `"translatedFrom": "${hash}"`],
        ]),
      );
    }
    const known = new Set(['translatedFrom', 'shortName', 'outlet', 'outletNote', 'headlineNote', 'dateNote', 'summary', 'reliability']);
    for (const key of Object.keys(raw)) {
      if (!known.has(key))
        problems.push(
          formatProblem(where, [
            ['field', key],
            ['problem', `not a field of a source's translation (they are: ${[...known].join(', ')}).`],
          ]),
        );
    }
    if (problems.length > before) continue;
    translations.set(entry.id, {
      translatedFrom: recorded as string,
      shortName,
      outlet,
      outletNote,
      ...(entry.headlineNote !== undefined ? { headlineNote } : {}),
      dateNote,
      summary,
      reliability,
    });
    if (recorded !== hash) stale.push({ id: entry.id, recorded: recorded as string, current: hash });
  }
  return { translations, stale, problems };
}

/** One line for a stale entry, as `npm run translations` prints it. */
export function staleSourceLine(s: { id: string; recorded: string; current: string }, file = SOURCE_TRANSLATIONS_FILE): string {
  return `${file}: "${s.id}" was translated from an older entry of content/sources.json (recorded ${s.recorded}, now ${s.current}). Update the translation, then record "translatedFrom": "${s.current}".`;
}
