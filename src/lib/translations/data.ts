/**
 * Translations of the data files (content/timeline.json, content/people.json, the deks of the data
 * pages, content/differences.json, content/chain.json): one design for all of them. A translation file,
 * content/zh-hans/<the English file's name>, is a JSON array with one entry per English entry:
 *
 *   { "id": "<the English entry's id>", "translatedFrom": "<12-digit hash>", "<field>": "<Chinese>", … }
 *
 * holding the Simplified Chinese of each prose field the page shows (the `fields` of its spec), and
 * the hash of the English entry as it was when translated (`entryHash`, the same hash as a
 * translated MDX section's). When the English entry changes, the hashes differ: the Chinese entry
 * shows the stale notice and `npm run translations` lists it with the hash to record.
 *
 * Citations are NOT repeated in a translation. The Chinese page shows the English entry's own
 * citations (the same markers, the same notes, the same English quotes, verified once against the
 * seeds), so "the same cited passages as the English" holds by construction, and there is nothing
 * to keep in parity but the entries and their prose fields.
 *
 * Quotations: a data translation may not put its own words in quotation marks (“…”, 「…」, "…").
 * A quotation is always a source's English words, verified, written `{{Q|English words|中文}}`
 * (the data-string form of the MDX pages' `<Q quote="English words">中文</Q>`): the build checks
 * the English words against the sources the English entry cites, as it checks a quotation on an
 * English page, and the page renders it with <Q> (the Chinese in Chinese quotation marks, then the
 * English words, `lang="en"`). A title, a name or a topic may not quote (it is a heading), nor may a
 * label drawn in a figure (the chain's boxes and arrows: a drawing has no room for the English words). A field whose
 * English quotes only one of the entry's sources (a difference's version says what its own source
 * says) has its quotations checked against that source alone (the spec's `quoteSources`).
 */
import { formatProblem } from '../citations/citation-index';
import { sectionHash } from './sections';
import type { StaleSection } from './staleness';

/** A data file entry as read from JSON, before schema validation. */
export type RawEntry = Record<string, unknown>;

/** How one data file is translated. */
export interface DataTranslationSpec {
  /** The English file, such as "content/timeline.json". */
  englishFile: string;
  /** The translation's file, such as "content/zh-hans/timeline.json". */
  file: string;
  /** What an entry is called in messages: "event", "entry", "dek". */
  label: string;
  /**
   * The prose fields of an entry a page shows, by the name a writer sees in the file
   * ("summary", "sentences[0].text"), with their text; empty or absent fields are left out.
   */
  fields: (entry: RawEntry) => Record<string, string>;
  /**
   * The sources a field's quotations must come from, when not every source the entry cites (a
   * difference's `versions[1].says`: that version's source, as for the English field); undefined
   * for the entry's sources.
   */
  quoteSources?: (entry: RawEntry, field: string) => string[] | undefined;
  /** The fields drawn in a figure, which may not quote (the chain's labels). */
  drawn?: readonly string[];
}

/** What holding a translation file to its English file found. */
export interface DataTranslationCheck {
  /** Writer's errors: they stop the build. */
  problems: string[];
  /** The entries whose English changed after they were translated (section = the entry's id). */
  stale: StaleSection[];
  /** The translated fields of each entry, by id (when it has no problem). */
  entries: Map<string, Record<string, string>>;
}

/** A piece of a translated string: plain Chinese, or a quotation of verified English words with its Chinese rendering. */
export type QuotedPart = { text: string } | { quote: string; zh: string };

const QUOTE_MARKUP = /\{\{Q\|([^|{}]*)\|([^|{}]*)\}\}/g;

/**
 * Splits a translated string into plain text and `{{Q|English words|中文}}` quotations. A `{{` that
 * does not open a well-formed quotation (both parts non-empty) is a problem.
 */
export function parseQuoted(text: string): { parts: QuotedPart[]; problems: string[] } {
  const parts: QuotedPart[] = [];
  const problems: string[] = [];
  let at = 0;
  for (const m of text.matchAll(QUOTE_MARKUP)) {
    const [whole, quote = '', zh = ''] = m;
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    if (quote.trim() === '' || zh.trim() === '')
      problems.push(`${JSON.stringify(whole)} needs the English words and their Chinese: {{Q|English words|中文}}.`);
    parts.push({ quote: quote.trim(), zh: zh.trim() });
    at = m.index + whole.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  for (const p of parts) {
    if ('text' in p && /\{\{|\}\}/.test(p.text)) {
      problems.push(
        `${JSON.stringify(p.text.slice(0, 40))}… has a {{ or }} that is not a quotation. Write a quotation as {{Q|English words|中文}}.`,
      );
    }
  }
  return { parts, problems };
}

/** The English words quoted in a translated string. */
export const quotesIn = (text: string): string[] => parseQuoted(text).parts.flatMap((p) => ('quote' in p ? [p.quote] : []));

/** The fields that are headings: they may not quote. */
const HEADING_FIELDS = ['title', 'name', 'topic'] as const;

/** An entry's heading among its translated fields (its title, name or topic), if it has one. */
export const headingOf = (fields: Readonly<Record<string, string>> | undefined): string | undefined =>
  HEADING_FIELDS.map((f) => fields?.[f]).find((t) => t !== undefined);

/** The quotation marks a Chinese data string may not use (see the header). */
const QUOTATION_MARKS = /[“”„「」『』"]/;

/** The hash a translation records for an English entry: the entry as written, every field included (its citations too). */
export function entryHash(entry: RawEntry): string {
  return sectionHash(JSON.stringify(entry));
}

const idOf = (e: RawEntry): string => (typeof e['id'] === 'string' ? e['id'] : '');

/** The top-level key of a field name: "sentences" for "sentences[0].text". */
const topKey = (field: string): string => field.split(/[[.]/)[0] ?? field;

/**
 * The translated fields of a Chinese entry, read as the English entry's: the English entry's other
 * keys (a person's "kind") decide which fields there are, its prose keys are left out.
 */
function translatedFields(
  spec: DataTranslationSpec,
  english: RawEntry,
  names: readonly string[],
  chinese: RawEntry,
): Record<string, string> {
  const prose = new Set(names.map(topKey));
  const rest = Object.fromEntries(Object.entries(english).filter(([k]) => !prose.has(k)));
  return spec.fields({ ...rest, ...chinese });
}

/**
 * Holds a translation file (`chinese`, its entries) to its English file (`english`): every English
 * entry translated once, no entry the English lacks, every shown prose field translated and none
 * extra, no quotation marks, a recorded hash; and lists the stale entries.
 */
export function checkDataTranslation(
  spec: DataTranslationSpec,
  english: readonly RawEntry[],
  chinese: readonly RawEntry[],
): DataTranslationCheck {
  const problems: string[] = [];
  const stale: StaleSection[] = [];
  const entries = new Map<string, Record<string, string>>();
  const englishById = new Map(english.map((e) => [idOf(e), e]));
  const seen = new Set<string>();
  const at = (id: string) => `${spec.file}, ${spec.label} "${id}"`;
  chinese.forEach((c, i) => {
    const id = idOf(c);
    if (id === '') {
      problems.push(
        formatProblem(`${spec.file}, entry ${i + 1}`, [
          ['problem', `has no "id". Give it the id of the ${spec.englishFile} entry it translates.`],
        ]),
      );
      return;
    }
    if (seen.has(id)) {
      problems.push(formatProblem(at(id), [['problem', `is translated twice in ${spec.file}. Keep one of the two entries.`]]));
      return;
    }
    seen.add(id);
    const source = englishById.get(id);
    if (!source) {
      problems.push(
        formatProblem(at(id), [
          [
            'problem',
            `${spec.englishFile} has no ${spec.label} "${id}". Remove this entry, or give it the id of the English entry it translates.`,
          ],
        ]),
      );
      return;
    }
    const own: string[] = [];
    const wanted = spec.fields(source);
    const names = Object.keys(wanted);
    const got = translatedFields(spec, source, names, c);
    for (const name of names) {
      const text = got[name];
      if (text === undefined || text.trim() === '') {
        own.push(
          formatProblem(at(id), [
            ['field', name],
            ['problem', `is not translated. Write the Simplified Chinese of the English "${name}":`],
            ['english', JSON.stringify(wanted[name])],
          ]),
        );
        continue;
      }
      const { parts, problems: markup } = parseQuoted(text);
      for (const problem of markup)
        own.push(
          formatProblem(at(id), [
            ['field', name],
            ['problem', problem],
          ]),
        );
      if ((HEADING_FIELDS as readonly string[]).includes(name) && parts.some((p) => 'quote' in p)) {
        own.push(
          formatProblem(at(id), [
            ['field', name],
            ['problem', 'is a heading, and a heading may not quote. Paraphrase it; quote in the other fields.'],
          ]),
        );
      }
      if (spec.drawn?.includes(name) && parts.some((p) => 'quote' in p)) {
        own.push(
          formatProblem(at(id), [
            ['field', name],
            [
              'problem',
              'is drawn in the figure, and a drawn label may not quote (it has no room for the English words). Paraphrase it; quote in the text.',
            ],
          ]),
        );
      }
      if (parts.some((p) => QUOTATION_MARKS.test('text' in p ? p.text : p.zh))) {
        own.push(
          formatProblem(at(id), [
            ['field', name],
            [
              'problem',
              "puts words in quotation marks. A quotation in Chinese is always a source's English words, verified: write {{Q|English words|中文}} (the page adds the quotation marks and the English), or paraphrase without quotation marks.",
            ],
          ]),
        );
      }
    }
    const keys = new Set(names.map(topKey));
    // A key the English entry lacks, or one more item in a list than the English has (a third version of two).
    const extra = [
      ...Object.keys(c).filter((k) => k !== 'id' && k !== 'translatedFrom' && !keys.has(k)),
      ...Object.keys(got).filter((k) => keys.has(topKey(k)) && !names.includes(k)),
    ];
    for (const name of extra) {
      own.push(
        formatProblem(at(id), [
          ['field', name],
          [
            'problem',
            `is not a field to translate here (this ${spec.label} translates: ${names.join(', ')}).${name === 'name' ? " A person's name keeps the sources' spelling." : ''} Remove the field.`,
          ],
        ]),
      );
    }
    const current = entryHash(source);
    const recorded = typeof c['translatedFrom'] === 'string' ? c['translatedFrom'] : '';
    if (!/^[0-9a-f]{12}$/.test(recorded)) {
      own.push(
        formatProblem(at(id), [
          [
            'problem',
            `records no "translatedFrom" hash of the English ${spec.label} it translates, so a later change of the English could not show.`,
          ],
          ['write', `"translatedFrom": "${current}"`],
        ]),
      );
    } else if (recorded !== current) {
      stale.push({ section: id, recorded, current });
    }
    problems.push(...own);
    if (own.length === 0) entries.set(id, Object.fromEntries(names.map((n) => [n, got[n] as string])));
  });
  for (const e of english) {
    const id = idOf(e);
    if (id === '' || seen.has(id)) continue;
    problems.push(
      formatProblem(at(id), [
        ['problem', `${spec.englishFile} has this ${spec.label}, and ${spec.file} does not translate it. Add an entry:`],
        ['write', JSON.stringify({ id, translatedFrom: entryHash(e), ...spec.fields(e) })],
      ]),
    );
  }
  return { problems, stale, entries };
}

/** One line for a stale entry, as the build log and `npm run translations` print it. */
export function staleEntryLine(spec: DataTranslationSpec, s: StaleSection): string {
  return `${spec.file}: ${spec.label} "${s.section}" was translated from an older ${spec.englishFile} (recorded ${s.recorded}, now ${s.current}). Update the translation, then record "translatedFrom": "${s.current}".`;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const pick = (e: RawEntry, names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.filter((n) => text(e[n]).trim() !== '').map((n) => [n, text(e[n])]));

/** The translated data files of the site: what each page shows in prose. */
export const DATA_TRANSLATIONS = {
  /** src/components/TimelinePage.astro shows an event's title, summary and date note. */
  timeline: {
    englishFile: 'content/timeline.json',
    file: 'content/zh-hans/timeline.json',
    label: 'event',
    fields: (e) => pick(e, ['title', 'summary', 'dateNote']),
  },
  /**
   * src/components/PeoplePage.astro shows a name, a role and a description. A person's name stays as
   * the sources spell it (Latin, not translated); an organization's takes its standard Chinese name.
   */
  people: {
    englishFile: 'content/people.json',
    file: 'content/zh-hans/people.json',
    label: 'entry',
    fields: (e) => pick(e, e['kind'] === 'organization' ? ['name', 'role', 'description'] : ['role', 'description']),
  },
  /** The deks of the data pages (content/deks.json): each sentence's text. */
  deks: {
    englishFile: 'content/deks.json',
    file: 'content/zh-hans/deks.json',
    label: 'dek',
    fields: (e) =>
      Object.fromEntries(
        (Array.isArray(e['sentences']) ? (e['sentences'] as RawEntry[]) : [])
          .map((s, i) => [`sentences[${i}].text`, text(s?.['text'])] as const)
          .filter(([, t]) => t.trim() !== ''),
      ),
  },
  /**
   * src/components/sources/SourceList.astro shows a difference's topic (its heading), its summary and
   * each version's `says`; a version's quotations are its own source's words, as in the English.
   */
  differences: {
    englishFile: 'content/differences.json',
    file: 'content/zh-hans/differences.json',
    label: 'difference',
    fields: (e) => ({
      ...pick(e, ['topic', 'summary']),
      ...Object.fromEntries(
        (Array.isArray(e['versions']) ? (e['versions'] as RawEntry[]) : [])
          .map((v, i) => [`versions[${i}].says`, text(v?.['says'])] as const)
          .filter(([, t]) => t.trim() !== ''),
      ),
    }),
    quoteSources: (e, field) => {
      const i = /^versions\[(\d+)\]\.says$/.exec(field)?.[1];
      if (i === undefined) return undefined;
      const version = (Array.isArray(e['versions']) ? (e['versions'] as RawEntry[]) : [])[Number(i)];
      return [text(version?.['source'])];
    },
  },
  /**
   * src/components/Chain.astro draws each step's label in a box and its arrow's label beside the
   * arrow (neither may quote), and tells each step's text and its arrow's in the figure's list. A
   * step's quotations come from the sources the step cites, an arrow's from the sources the arrow
   * cites, as in the English (chainEmbed in src/lib/chain.ts).
   */
  chain: {
    englishFile: 'content/chain.json',
    file: 'content/zh-hans/chain.json',
    label: 'step',
    fields: (e) => {
      const next = (typeof e['next'] === 'object' && e['next'] !== null ? e['next'] : {}) as RawEntry;
      return {
        ...pick(e, ['label', 'text']),
        ...Object.fromEntries(
          ['label', 'text'].filter((n) => text(next[n]).trim() !== '').map((n) => [`next.${n}`, text(next[n])] as const),
        ),
      };
    },
    quoteSources: (e, field) => {
      const holder = (field.startsWith('next.') ? e['next'] : e) as RawEntry | undefined;
      const citations = Array.isArray(holder?.['citations']) ? (holder['citations'] as RawEntry[]) : [];
      return [...new Set(citations.map((c) => text(c?.['source'])))];
    },
    drawn: ['label', 'next.label'],
  },
} as const satisfies Record<string, DataTranslationSpec>;
