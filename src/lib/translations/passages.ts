/**
 * The site's Chinese renderings of the sentences it cites (content/zh-hans/passages.json).
 *
 * A note, a citation preview or a source page in a Chinese edition shows the source's English
 * words, verbatim and verified, and beside them this site's Chinese rendering of the sentence,
 * labelled as the site's translation. The file holds one rendering per cited sentence, grouped by
 * source and passage, each with the English sentence it renders:
 *
 *     { "axios-2020-12-18": { "p3": [ { "en": "Jin allegedly provided…", "zh": "据称，Jin…" } ] } }
 *
 * The English is the key, and it must be a sentence the site cites, as the notes show it: the
 * seeds never change (they are pinned), so an entry cannot go stale. It can be missing (a new
 * citation, not yet translated): like a stale section, that does not stop the build; the note
 * says the sentence is not translated yet, and `npm run translations` lists it with the entry to
 * add. An entry for a sentence no longer cited (a citation moved), an empty or doubled one, or
 * a file of the wrong shape is a writer's error: it stops the build, saying what to fix.
 */
import { formatProblem } from '../citations/citation-index';
import type { CitationRecord } from '../citations/citation-index';
import type { Passage } from '../citations/passages';

/** The file, from the site's root. */
export const PASSAGE_RENDERINGS_FILE = 'content/zh-hans/passages.json';

/** A sentence (or run of sentences) a note shows: one unit of rendering. */
export interface CitedSentence {
  source: string;
  passage: string;
  en: string;
  /** The sections citing it (`/case/#charges`), for the writer's message. */
  citedBy: string[];
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The lookup key of a sentence's rendering. */
export function renderingKey(source: string, passage: string, en: string): string {
  return `${source}#${passage}\n${squash(en)}`;
}

/**
 * The sentences the site cites, as the notes show them (each citation's sentence span within its
 * passage), one per distinct span, in source and passage order. `byPassage` holds the English
 * pages' citations; a Chinese page cites the same passages (the parity check sees to that).
 */
export function citedSentences(
  byPassage: ReadonlyMap<string, readonly CitationRecord[]>,
  passages: ReadonlyMap<string, readonly Passage[]>,
): CitedSentence[] {
  const out: CitedSentence[] = [];
  for (const [source, list] of passages) {
    for (const passage of list) {
      const spans = new Map<string, CitedSentence>();
      const citations = [...(byPassage.get(`${source}#${passage.id}`) ?? [])].sort((a, b) => a.sentenceStart - b.sentenceStart);
      for (const c of citations) {
        const en = passage.text.slice(c.sentenceStart, c.sentenceEnd);
        const key = `${c.sentenceStart}-${c.sentenceEnd}`;
        const entry = spans.get(key) ?? { source, passage: passage.id, en, citedBy: [] };
        const where = `${c.pageUrl}${c.sectionId ? `#${c.sectionId}` : ''}`;
        if (!entry.citedBy.includes(where)) entry.citedBy.push(where);
        spans.set(key, entry);
      }
      out.push(...spans.values());
    }
  }
  return out;
}

/** What checking the file found: the renderings by `renderingKey`, the writer's errors, and the cited sentences not yet rendered. */
export interface PassageRenderingCheck {
  renderings: Map<string, string>;
  problems: string[];
  missing: CitedSentence[];
}

const FILE = PASSAGE_RENDERINGS_FILE;
const short = (text: string, max = 90): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Checks the file's data against the sentences the site cites: every cited sentence needs one
 * non-empty rendering, and every entry must render a cited sentence of its passage.
 */
export function checkPassageRenderings(wanted: readonly CitedSentence[], data: unknown): PassageRenderingCheck {
  const renderings = new Map<string, string>();
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      renderings,
      problems: [formatProblem(FILE, [['problem', 'must be an object: source id → passage id → list of { "en", "zh" }.']])],
      missing: [...wanted],
    };
  }
  const wantedKeys = new Map(wanted.map((w) => [renderingKey(w.source, w.passage, w.en), w]));
  // Cited sentences that have an entry, rendered or not: a missing one is reported once, as missing.
  const seen = new Set<string>();
  for (const [source, byPassage] of Object.entries(data as Record<string, unknown>)) {
    if (typeof byPassage !== 'object' || byPassage === null || Array.isArray(byPassage)) {
      problems.push(
        formatProblem(FILE, [
          ['source', source],
          ['problem', 'must be an object of passage ids (such as "p3"), each a list of { "en", "zh" }.'],
        ]),
      );
      continue;
    }
    for (const [passage, list] of Object.entries(byPassage as Record<string, unknown>)) {
      const where: [string, string][] = [
        ['source', source],
        ['passage', passage],
      ];
      if (!Array.isArray(list)) {
        problems.push(formatProblem(FILE, [...where, ['problem', 'must be a list of { "en", "zh" }.']]));
        continue;
      }
      const citedHere = wanted.filter((w) => w.source === source && w.passage === passage);
      for (const item of list as unknown[]) {
        const en = typeof (item as { en?: unknown })?.en === 'string' ? (item as { en: string }).en : undefined;
        const zh = typeof (item as { zh?: unknown })?.zh === 'string' ? (item as { zh: string }).zh.trim() : undefined;
        if (en === undefined || zh === undefined) {
          problems.push(
            formatProblem(FILE, [
              ...where,
              ['problem', 'each entry needs an "en" (the English sentence) and a "zh" (its Chinese), both text.'],
            ]),
          );
          continue;
        }
        const key = renderingKey(source, passage, en);
        if (!wantedKeys.has(key)) {
          const instead =
            citedHere.length > 0
              ? citedHere.map((w) => `“${short(w.en)}”`).join('; ')
              : 'nothing (the site cites no sentence of this passage)';
          problems.push(
            formatProblem(FILE, [
              ...where,
              ['sentence', `“${short(en)}”`],
              ['problem', 'the site does not cite this sentence of this passage, so no note shows it. Fix its words or remove the entry.'],
              ['cited here', instead],
            ]),
          );
          continue;
        }
        if (seen.has(key)) {
          problems.push(formatProblem(FILE, [...where, ['sentence', `“${short(en)}”`], ['problem', 'rendered twice; keep one entry.']]));
          continue;
        }
        seen.add(key);
        if (zh === '') {
          problems.push(
            formatProblem(FILE, [...where, ['sentence', `“${short(en)}”`], ['problem', 'its "zh" is empty: write the Chinese rendering.']]),
          );
          continue;
        }
        renderings.set(key, zh);
      }
    }
  }
  const missing = [...wantedKeys].filter(([key]) => !seen.has(key)).map(([, w]) => w);
  return { renderings, problems, missing };
}

/** The line `npm run translations` prints for a cited sentence with no rendering yet. */
export function missingRenderingLine(w: CitedSentence): string {
  return (
    `Untranslated quotation: ${FILE}: "${w.source}" › "${w.passage}" has no Chinese for “${short(w.en)}” (cited by ${w.citedBy.join(', ')}). ` +
    `Add { "en": ${JSON.stringify(w.en)}, "zh": "<its Chinese>" }.`
  );
}

/** A cited sentence's span within its passage, with its rendering. */
export interface RenderedSpan {
  start: number;
  end: number;
  zh: string;
}

/**
 * The site's Chinese of a passage's cited sentences, for its source page: in passage order, a
 * sentence inside another cited span left out (its words are in the longer one's rendering), and
 * “……” where the English between two cited sentences is not rendered (uncited text).
 */
export function joinRenderings(passageText: string, spans: readonly RenderedSpan[]): string {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let end = -1;
  for (const span of ordered) {
    if (span.end <= end) continue;
    if (end >= 0) out += passageText.slice(end, Math.max(end, span.start)).trim() === '' ? '' : '……';
    out += span.zh;
    end = span.end;
  }
  return out;
}
