/**
 * The citation index: every citation on every page, verified against the seeds, numbered,
 * grouped into notes, and cross-referenced by source passage. Built once from plain inputs
 * (no Astro, no file system) so it can be unit-tested and so the build can check it
 * before anything renders.
 */
import type { CitedSentence } from '../translations/passages';
import { arrangeNoteQuotes, quoteTarget } from './bundles';
import { cleanSentence, spansOf, type TextSpan } from './clean-context';
import { closestName, closestPassage } from './closest';
import { quotationsInFields, type DisplayedText } from './data-entries';
import { matchExcerpt, findOccurrences, MIN_EXCERPT_WORDS, type ExcerptMatch } from './match';
import { BoundedCache, perList } from './memo';
import { scanMdx, type Embedded, type ScannedHeading, type ScannedQuotation, type ScanResult } from './mdx-scan';
import { normalizeText } from './normalize';
import { splitPassages, type Passage } from './passages';
import { ANCHOR_ID, isSiteId, MAX_ANCHOR_LENGTH } from '../linking/anchors';
import type { StaleSection } from '../translations/staleness';
import type { SourceTranslation } from '../translations/source-meta';

/** The part of a source registry entry the index needs. */
export interface SourceRef {
  /** Slug used in citations and in `/sources/<slug>/`. */
  id: string;
  /** Seed file name in `seeds/`. */
  file: string;
  /** Quotations in the registry entry itself that must also be in this seed. */
  evidence?: { claim: string; quote: string }[];
  /** The headline as the registry gives it; it must be one of the evidence quotes. */
  headline?: string | null;
  /** The entry's fields that pages show (summary, notes): their quotations must be in this seed. */
  texts?: DisplayedText[];
  /**
   * Text pasted into the seed's paragraphs from other articles (a headline run into a sentence),
   * word for word: notes cut it from the sentences they show. Each must stand once in the seed.
   */
  pasted?: string[];
}

/** A page whose citations the index verifies: an MDX page, or a page built from a data file. */
export interface PageInput {
  /** Path shown to writers in messages, such as `content/pages/case.mdx`. */
  file: string;
  /** The page's public URL path, such as `/case/`. */
  url: string;
  /** The MDX source text (scanned for headings and citations). */
  source?: string;
  /** Headings and citations already listed, for pages built from data files such as the timeline. */
  scanned?: ScanResult;
  /** Components that show a data file's citations where the page places them (mdx-scan.ts). */
  embedded?: Readonly<Record<string, Embedded>>;
  /**
   * The English page this page translates (a page of content/zh-hans/pages/): it may use <Q>, and
   * its citations are not listed on the source pages, which link to the English sections.
   */
  translationOf?: string;
}

/** One verified citation. */
export interface CitationRecord {
  pageUrl: string;
  pageFile: string;
  line: number;
  source: string;
  quote: string;
  passageId: string;
  /** Cited span within the passage text. */
  start: number;
  end: number;
  /**
   * The sentence(s) around the cited span within the passage text, cleaned (clean-context.ts):
   * without a leading bullet, and cut where text pasted from another article stood.
   */
  sentenceStart: number;
  sentenceEnd: number;
  /** Pasted text was cut before or after the sentence shown: the note marks the cut […]. */
  cutBefore: boolean;
  cutAfter: boolean;
  sectionId: string | null;
  sectionTitle: string | null;
  /** 1-based order of this citation on its page; the marker's id is `cite-<ordinal>`. */
  ordinal: number;
  markerId: string;
  /** Number of the note this citation points to. */
  note: number;
  /**
   * Ordinal of the first citation of the marker that shows this one: citations written side by side
   * show as one marker (bundles.ts). Equal to `ordinal` for a marker's first citation.
   */
  bundle: number;
  /** This citation's backlink letter in its note (a, b, c in reading order). */
  letter: string;
  /** The id a marker for this citation leads to: its note, or its quotation in a note of several. */
  target: string;
}

/** A numbered note: one cited passage of one source, with every spot on the page citing it. */
export interface NoteRecord {
  number: number;
  id: string;
  source: string;
  passageId: string;
  citations: CitationRecord[];
}

/** Everything known about one page's citations. */
export interface PageCitations {
  url: string;
  file: string;
  headings: ScannedHeading[];
  citations: CitationRecord[];
  notes: NoteRecord[];
  /** How many prose paragraphs (or data entries) the page has. */
  paragraphs: number;
  /** Lines (or entry positions) of paragraphs with no citation. */
  uncitedParagraphs: number[];
  /** Lines where a space stands before a citation marker. */
  spacedCites: number[];
  /** The English page this page translates, for a Chinese page. */
  translationOf?: string;
}

/** The verified index for the whole site. */
export interface CitationIndex {
  pages: Map<string, PageCitations>;
  /** Passages of each source, by slug. */
  passages: Map<string, Passage[]>;
  /** Citations of each passage, keyed `<slug>#<passage-id>`, in site order (English pages only). */
  byPassage: Map<string, CitationRecord[]>;
  /** Each Chinese page (both editions' URLs), with its English page and the sections older than the English. */
  translations?: Map<string, TranslationStatus>;
  /** The Chinese of the source registry (content/zh-hans/sources.json), by source id, and the entries older than their English. */
  sourceTranslations?: { entries: Map<string, SourceTranslation>; stale: { id: string; recorded: string; current: string }[] };
  /** The site's Chinese rendering of each cited sentence (content/zh-hans/passages.json), by `renderingKey`, and the cited sentences without one. */
  passageRenderings?: { entries: Map<string, string>; missing: CitedSentence[] };
  /**
   * The Chinese of the chain figure (content/zh-hans/chain.json): each step's translated fields by
   * step id ("label", "text", "next.label", "next.text"), the steps whose English changed after
   * they were translated, and a line for each of those. Absent on a site without the file.
   */
  chainTranslation?: { file: string; entries: Map<string, Record<string, string>>; stale: StaleSection[]; staleLines: string[] };
}

/** A Chinese page's relation to its English page. */
export interface TranslationStatus {
  /** The English page's URL. */
  english: string;
  /** The English page's file, and the translation's. */
  englishFile: string;
  file: string;
  /** The sections whose English changed after they were translated. */
  stale: StaleSection[];
  /** For a translated data file: the line for each stale entry, saying which hash to record (the build log and `npm run translations` print it). */
  staleLines?: string[];
}

/** Thrown when any citation or seed is wrong; `problems` holds one readable block each. */
export class CitationProblems extends Error {
  constructor(readonly problems: string[]) {
    super(
      `${problems.length} citation problem${problems.length === 1 ? '' : 's'} — the build stops until ${problems.length === 1 ? 'it is' : 'they are'} fixed:\n\n` +
        problems.join('\n\n'),
    );
    this.name = 'CitationProblems';
  }
}

// Caches across builds of the index in one process (the dev server rebuilds it after each edit):
// at most a few hundred seed texts and page versions are kept.
const passageCache = new BoundedCache<string, Passage[]>(64);
const scanCache = new BoundedCache<string, ScanResult>(512);
const matchCache = perList<readonly Passage[], ExcerptMatch>();
const cachedMatch = (passages: readonly Passage[], quote: string): ExcerptMatch =>
  matchCache(passages, quote, () => matchExcerpt(passages, quote));

const quoteForMessage = (text: string): string => `"${text.length > 200 ? `${text.slice(0, 197)}…` : text}"`;

/** Formats one problem as a block a writer can act on. */
export function formatProblem(where: string, fields: [string, string][]): string {
  const width = Math.max(...fields.map(([k]) => k.length)) + 1;
  return [`✖ ${where}`, ...fields.map(([k, v]) => `    ${`${k}:`.padEnd(width)} ${v}`)].join('\n');
}

/** Builds and verifies the index. Throws {@link CitationProblems} listing every problem found. */
export function buildCitationIndex(input: {
  sources: readonly SourceRef[];
  seeds: ReadonlyMap<string, string>;
  pages: readonly PageInput[];
  /** Problems found before indexing (such as changed seeds), reported together with the rest. */
  earlierProblems?: readonly string[];
  /** Seed files refused before indexing (changed or unknown), already among the problems. */
  refusedSeeds?: readonly string[];
  /** Fail on a paragraph of the account with no citation (the site's build does; tests of other rules need not). */
  requireCitations?: boolean;
}): CitationIndex {
  const problems: string[] = [...(input.earlierProblems ?? [])];
  const passages = new Map<string, Passage[]>();
  const sourceFiles = new Map<string, string>();
  // Sources whose seed is missing or refused: one problem says so, not one per citation of them.
  const unavailable = new Set<string>();
  // Citations of a source the registry lacks: the first is reported in full, the rest counted in it.
  const unknownSlugs = new Map<string, { problem: number; more: string[] }>();
  for (const src of input.sources) {
    sourceFiles.set(src.id, src.file);
    const text = input.seeds.get(src.file);
    if (text === undefined) {
      unavailable.add(src.id);
      // A seed refused by the pins was reported already: its citations need no second word.
      if (input.refusedSeeds?.includes(src.file)) continue;
      problems.push(
        formatProblem(`content/sources.json, source "${src.id}"`, [
          ['file', src.file],
          ['problem', 'no seed file has this name.'],
          ['seeds', [...input.seeds.keys()].join(', ') || '(none)'],
        ]),
      );
      continue;
    }
    passages.set(
      src.id,
      passageCache.get(text, () => splitPassages(text)),
    );
  }
  const knownSlugs = [...passages.keys()].sort();

  // Pasted text in each source, by passage: notes leave it out of the sentences they show.
  const pasted = new Map<string, Map<string, TextSpan[]>>();
  for (const src of input.sources) {
    const own = passages.get(src.id);
    if (!own) continue;
    for (const text of src.pasted ?? []) {
      const found = own.flatMap((p) => spansOf(p.text, text).map((span) => ({ passage: p.id, span })));
      if (found.length !== 1) {
        problems.push(
          formatProblem(`content/pasted-text.json, source "${src.id}"`, [
            ['text', quoteForMessage(text)],
            [
              'problem',
              found.length === 0
                ? `this text is not in seeds/${src.file}. Copy it exactly from the seed, character for character.`
                : `this text stands ${found.length} times in seeds/${src.file}; list a longer stretch so it names one place.`,
            ],
          ]),
        );
        continue;
      }
      const [{ passage, span }] = found as [{ passage: string; span: TextSpan }];
      const bySource = pasted.get(src.id) ?? new Map<string, TextSpan[]>();
      bySource.set(passage, [...(bySource.get(passage) ?? []), span]);
      pasted.set(src.id, bySource);
    }
  }

  // The registry's own claims about a source (outlet, date…) are quotations too.
  for (const src of input.sources) {
    const own = passages.get(src.id);
    if (!own) continue;
    const where = `content/sources.json, source "${src.id}"`;
    if (src.headline && !(src.evidence ?? []).some((ev) => normalizeText(ev.quote) === normalizeText(src.headline ?? ''))) {
      problems.push(
        formatProblem(`${where}, headline`, [
          ['headline', quoteForMessage(src.headline)],
          [
            'problem',
            `a headline is shown as the source's own words, so it must also be one of the entry's "evidence" quotes, word for word, which the build finds in seeds/${src.file}.`,
          ],
          ['write', `"evidence": [{ "claim": "the headline", "quote": ${JSON.stringify(src.headline)} }]`],
        ]),
      );
    }
    // The registry compares sources with one another, so its notes may quote any of them.
    const found = quotationsInFields(where, src.texts ?? [], [src.id, ...input.sources.map((o) => o.id).filter((id) => id !== src.id)]);
    for (const p of found.problems) problems.push(formatProblem(p.where, [['problem', p.message]]));
    for (const q of found.quotations) {
      const problem = checkQuotation(q, passages);
      if (problem) problems.push(formatProblem(q.where ?? where, problem));
    }
    for (const ev of src.evidence ?? []) {
      const problem = explainMismatch(own, ev.quote, src.file);
      if (problem) {
        problems.push(
          formatProblem(`content/sources.json, source "${src.id}", evidence for ${ev.claim}`, [
            ['excerpt', quoteForMessage(ev.quote)],
            ...problem,
          ]),
        );
      }
    }
  }

  const pages = new Map<string, PageCitations>();
  const byPassage = new Map<string, CitationRecord[]>();
  for (const page of input.pages) {
    let scan: ScanResult;
    try {
      const translation = page.translationOf !== undefined;
      const key = `${translation ? 'zh\u0000' : ''}${page.embedded ? `${page.source ?? ''}\u0000${JSON.stringify(page.embedded)}` : (page.source ?? '')}`;
      scan = page.scanned ?? scanCache.get(key, () => scanMdx(page.source ?? '', page.embedded, { translation }));
    } catch (error) {
      // The MDX parser's errors carry the line and column of the fault; the writer needs only those.
      const at = error as { line?: number; column?: number; reason?: string; message: string };
      problems.push(
        formatProblem(at.line ? `${page.file}:${at.line}${at.column ? `:${at.column}` : ''}` : page.file, [
          ['problem', `the MDX could not be read: ${at.reason ?? at.message}`],
          ['hint', 'look for an unclosed tag, a stray < or {, or an attribute without quotes on that line.'],
        ]),
      );
      continue;
    }
    for (const p of scan.problems) problems.push(formatProblem(p.where ?? `${page.file}:${p.line}`, [['problem', p.message]]));
    problems.push(...checkHeadings(page.file, scan.headings));

    const titles = new Map(scan.headings.map((h) => [h.id, h.text]));
    const seenQuotes = new Map<string, number>();
    const notesByKey = new Map<string, NoteRecord>();
    const record: PageCitations = {
      url: page.url,
      file: page.file,
      headings: scan.headings,
      citations: [],
      notes: [],
      paragraphs: scan.paragraphs,
      uncitedParagraphs: scan.uncitedParagraphs,
      spacedCites: scan.spacedCites ?? [],
      ...(page.translationOf !== undefined ? { translationOf: page.translationOf } : {}),
    };
    // The position in scan.cites of the last citation recorded, to tell side-by-side citations apart.
    let lastRecorded = -2;
    for (const [position, cite] of scan.cites.entries()) {
      const where = cite.where ?? `${page.file}:${cite.line}`;
      if (cite.source === undefined || cite.quote === undefined) {
        const missing = cite.source === undefined ? 'source' : 'quote';
        problems.push(
          formatProblem(where, [
            ['problem', `<Cite> has no ${missing} attribute.`],
            ['write', '<Cite source="<slug>" quote="<exact words from the source>" />'],
          ]),
        );
        continue;
      }
      const own = passages.get(cite.source);
      if (!own && unavailable.has(cite.source)) continue;
      const seen = unknownSlugs.get(cite.source);
      if (!own && seen) {
        seen.more.push(where);
        continue;
      }
      if (!own) {
        unknownSlugs.set(cite.source, { problem: problems.length, more: [] });
        const guess = closestName(cite.source, knownSlugs);
        const elsewhere = knownSlugs.flatMap((slug) =>
          findOccurrences(passages.get(slug) ?? [], cite.quote ?? '').map((l) => `${slug} (${l.passage.id})`),
        );
        problems.push(
          formatProblem(where, [
            ['source', `"${cite.source}"`],
            ['excerpt', quoteForMessage(cite.quote)],
            ['problem', `there is no source with this slug.${guess ? ` Did you mean "${guess}"?` : ''}`],
            ['known sources', knownSlugs.join(', ')],
            ...(elsewhere.length > 0 ? ([['these words are in', elsewhere.join(', ')]] as [string, string][]) : []),
          ]),
        );
        continue;
      }
      const match = cachedMatch(own, cite.quote);
      if (!match.ok) {
        problems.push(
          formatProblem(where, [
            ['source', `"${cite.source}" (seeds/${sourceFiles.get(cite.source)})`],
            ['excerpt', quoteForMessage(cite.quote)],
            ...(explainMismatch(own, cite.quote, sourceFiles.get(cite.source) ?? '') ?? []),
          ]),
        );
        continue;
      }
      const key = `${cite.source}\u0000${normalizeText(cite.quote)}`;
      const firstLine = seenQuotes.get(key);
      if (firstLine !== undefined) {
        problems.push(
          formatProblem(where, [
            ['source', `"${cite.source}"`],
            ['excerpt', quoteForMessage(cite.quote)],
            [
              'problem',
              `this page already cites these exact words at line ${firstLine}. Each citation on a page quotes its own words: quote more, fewer or other words of the same passage.`,
            ],
          ]),
        );
        continue;
      }
      seenQuotes.set(key, cite.line);
      const { passage, start, end } = match.location;
      const sentence = cleanSentence(passage.text, start, end, pasted.get(cite.source)?.get(passage.id));
      const noteKey = `${cite.source}#${passage.id}`;
      let note = notesByKey.get(noteKey);
      if (!note) {
        note = { number: notesByKey.size + 1, id: '', source: cite.source, passageId: passage.id, citations: [] };
        note.id = `note-${note.number}`;
        notesByKey.set(noteKey, note);
        record.notes.push(note);
      }
      const ordinal = record.citations.length + 1;
      // Side by side with the citation before it (and that one was recorded): one marker for both.
      const previous = record.citations.at(-1);
      const bundle = cite.joinsPrevious && previous && lastRecorded === position - 1 ? previous.bundle : ordinal;
      const citation: CitationRecord = {
        pageUrl: page.url,
        pageFile: page.file,
        line: cite.line,
        source: cite.source,
        quote: cite.quote,
        passageId: passage.id,
        start,
        end,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        cutBefore: sentence.cutBefore,
        cutAfter: sentence.cutAfter,
        sectionId: cite.sectionId,
        sectionTitle: cite.sectionId ? (titles.get(cite.sectionId) ?? null) : null,
        ordinal,
        markerId: `cite-${ordinal}`,
        note: note.number,
        bundle,
        letter: 'a',
        target: note.id,
      };
      lastRecorded = position;
      note.citations.push(citation);
      record.citations.push(citation);
      // A source passage links back to the English sections that cite it; a translation's twin of
      // each is reached from there through the language switcher.
      if (page.translationOf === undefined) {
        const list = byPassage.get(noteKey) ?? [];
        list.push(citation);
        byPassage.set(noteKey, list);
      }
    }
    // Each note's quotations in reading order, lettered down the note; a marker leads to its own.
    for (const note of record.notes) {
      const quotes = arrangeNoteQuotes(note.citations);
      for (const q of quotes) for (const b of q.backlinks) b.citation.letter = b.letter;
      for (const c of note.citations) c.target = quoteTarget(note.id, quotes, c.ordinal);
    }
    for (const q of scan.quotations ?? []) {
      const problem = checkQuotation(q, passages);
      if (problem) problems.push(formatProblem(q.where ?? `${page.file}:${q.line}`, problem));
    }
    // Every paragraph of the account cites its source. Exempt, and why: pages marked meta (about
    // the site itself, such as the method page) and <SiteNote> paragraphs (navigation, "where to go
    // next"), which speak for the site and so quote no source; both still may not quote anything.
    if (input.requireCitations && !scan.meta) {
      for (const line of scan.uncitedParagraphs) {
        problems.push(
          formatProblem(typeof line === 'number' && !page.scanned ? `${page.file}:${line}` : `${page.file}`, [
            [
              'problem',
              page.scanned
                ? `entry ${line} has no citation.`
                : 'this paragraph has no citation. Every statement about the case cites the source it comes from.',
            ],
            [
              'write',
              'a <Cite source="<slug>" quote="<exact words>" /> after the sentence it supports, or put text about the site itself in a <SiteNote>.',
            ],
          ]),
        );
      }
    }
    pages.set(page.url, record);
  }

  for (const { problem, more } of unknownSlugs.values()) {
    if (more.length === 0) continue;
    const shown = more.slice(0, 6).join(', ') + (more.length > 6 ? ', …' : '');
    problems[problem] += `\n    the same slug is cited ${more.length} more time${more.length === 1 ? '' : 's'}: ${shown}`;
  }
  if (problems.length > 0) throw new CitationProblems(problems);
  return { pages, passages, byPassage };
}

/** A quotation's words as they must occur in a source: the parts between ellipses, without the marks' punctuation. */
function quotationParts(text: string): string[] {
  return text
    .split(/\s*(?:\[\s*(?:\.\.\.|\u2026)\s*\]|\.\.\.|\u2026)\s*/)
    .map((part) =>
      part
        .trim()
        .replace(/^[,;:]\s*/, '')
        .replace(/[,.;:]$/, '')
        .trim(),
    )
    .filter((part) => normalizeText(part) !== '');
}

/** True when `part` occurs in the passages on word boundaries; its first letter may differ in case only. */
function occursIn(passages: readonly Passage[], part: string): boolean {
  if (findOccurrences(passages, part).length > 0) return true;
  const first = part.charAt(0);
  const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return flipped !== first && findOccurrences(passages, flipped + part.slice(1)).length > 0;
}

/**
 * Checks one quotation a reader sees against the sources cited beside it: each of its parts
 * (split at ellipses) must occur in one of those sources. Returns the writer's message, or
 * undefined when it holds.
 */
function checkQuotation(q: ScannedQuotation, passages: ReadonlyMap<string, Passage[]>): [string, string][] | undefined {
  const shown = quoteForMessage(q.text.replace(/\s+/g, ' ').trim());
  const what = q.kind === 'blockquote' ? 'blockquote' : q.kind === 'heading' ? 'quoted in the heading' : 'quotation';
  const sources = [...new Set(q.sources)].filter((slug) => passages.has(slug));
  if (sources.length === 0) {
    return [
      [what, shown],
      [
        'problem',
        q.kind === 'heading'
          ? 'these words are in quotation marks, but nothing in this section cites a source for them. Cite the source that has them in the section, or drop the quotation marks.'
          : q.kind === 'blockquote'
            ? 'a blockquote presents a source\u2019s words, but it holds no <Cite>. Put the <Cite> for its words inside the blockquote.'
            : 'these words are in quotation marks, but nothing beside them cites a source. Add the <Cite> for them in the same paragraph, or drop the quotation marks.',
      ],
      ...translationHint(q),
    ];
  }
  const missing = quotationParts(q.text).filter((part) => !sources.some((slug) => occursIn(passages.get(slug) ?? [], part)));
  if (missing.length === 0) return undefined;
  return [
    [what, shown],
    ...(missing.length < quotationParts(q.text).length
      ? ([['not found', missing.map((m) => quoteForMessage(m)).join(', ')]] as [string, string][])
      : []),
    ['cited beside it', sources.join(', ')],
    [
      'problem',
      'these words are in quotation marks, so readers take them as the source\u2019s own, but the sources cited beside them do not have them. Quote the source exactly (quotes, dashes and spacing may differ; words may not), cite the source that has them, or drop the quotation marks.',
    ],
    ...translationHint(q),
  ];
}

/** In a translation, a quotation is written with <Q>: its English words checked, its Chinese shown. */
function translationHint(q: ScannedQuotation): [string, string][] {
  return q.inTranslation
    ? [
        [
          'write',
          'in a translation, quote through <Q source="<slug>" quote="<the source\u2019s exact English words>">中文译文</Q>, which adds the quotation marks.',
        ],
      ]
    : [];
}

/** Says why an excerpt does not match exactly once, with the closest passage; undefined if it does. */
function explainMismatch(passages: readonly Passage[], quote: string, file: string): [string, string][] | undefined {
  const match = cachedMatch(passages, quote);
  if (match.ok) return undefined;
  switch (match.reason) {
    case 'empty':
      return [['problem', 'the excerpt is empty. Quote the exact words of the source that support the sentence.']];
    case 'too-short':
      return [
        [
          'problem',
          `the excerpt has ${match.words} word${match.words === 1 ? '' : 's'}; an excerpt needs at least ${MIN_EXCERPT_WORDS}, so that it proves something and points at one place.`,
        ],
      ];
    case 'ambiguous':
      return [
        [
          'problem',
          `these words occur ${match.locations.length} times in the source (in ${[...new Set(match.locations.map((l) => l.passage.id))].join(', ')}). Quote a longer excerpt so it points at one place.`,
        ],
      ];
    case 'too-long': {
      const near = closestPassage(passages, quote);
      return [
        [
          'problem',
          `this excerpt is ${match.chars} characters long, longer than any passage of seeds/${file} (the longest has ${match.longest}): quote one passage at a time.`,
        ],
        [
          'closest passage',
          near ? `${near.passage.id}: ${quoteForMessage(near.snippet)}` : '(nothing in this source resembles the excerpt)',
        ],
      ];
    }
    case 'not-found': {
      const near = closestPassage(passages, quote);
      return [
        [
          'problem',
          `these words are not in seeds/${file}. Copy them exactly from the seed (quotes, dashes and spacing may differ; words may not).`,
        ],
        [
          'closest passage',
          near ? `${near.passage.id}: ${quoteForMessage(near.snippet)}` : '(nothing in this source resembles the excerpt)',
        ],
      ];
    }
  }
}

/** Checks section headings: each needs a short, unique, lowercase hyphenated id. */
function checkHeadings(file: string, headings: readonly ScannedHeading[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const h of headings) {
    const where = h.where ?? `${file}:${h.line}`;
    const tag = `<H${h.level}>`;
    if (h.id === '') {
      problems.push(
        formatProblem(where, [
          ['heading', `"${h.text}"`],
          ['problem', `${tag} needs an id, e.g. <H${h.level} id="one-minute-rule">. The id is the section's permanent link.`],
        ]),
      );
      continue;
    }
    if (!ANCHOR_ID.test(h.id) || h.id.length > MAX_ANCHOR_LENGTH) {
      problems.push(
        formatProblem(where, [
          ['heading', `"${h.text}"`],
          ['id', `"${h.id}"`],
          [
            'problem',
            `a section id is short (at most ${MAX_ANCHOR_LENGTH} characters), lowercase, and words joined by hyphens, like "one-minute-rule".`,
          ],
        ]),
      );
    } else if (isSiteId(h.id)) {
      problems.push(
        formatProblem(where, [
          ['heading', `"${h.text}"`],
          ['id', `"${h.id}"`],
          [
            'problem',
            'this id is used by the site itself (notes, note and citation markers, the cite panel, key facts, passages). Choose another.',
          ],
        ]),
      );
    }
    const first = seen.get(h.id);
    if (first !== undefined) {
      problems.push(
        formatProblem(where, [
          ['heading', `"${h.text}"`],
          ['id', `"${h.id}"`],
          ['problem', `the id is already used on this page at line ${first}. Section ids are unique on a page.`],
        ]),
      );
    }
    seen.set(h.id, h.line);
  }
  return problems;
}
