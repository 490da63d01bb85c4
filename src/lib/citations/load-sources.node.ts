/**
 * Reads the seeds, the source registry and the MDX pages of a site from disk and builds the
 * verified citation index. Used by the build integration (to fail early with a clear message)
 * and by pages at render time (to number notes and list "cited in" links).
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCitationIndex, CitationProblems, formatProblem, type CitationIndex, type PageInput, type SourceRef } from './citation-index';
import { scanDataEntries, sortByDate, type DataCitation, type DataEntry, type DataLead, type DisplayedText } from './data-entries';
import { pageUrlFromFile } from '../linking/page-url';
import { chainEmbed, chainTranslationEmbed, type ChainStep } from '../chain';
import { orderDifferences } from '../differences';
import { orderPeople } from '../people';
import { containsWords } from './match';
import { MAX_SEED_CHARS } from './passages';
import { checkSeeds, sha256 } from './seed-manifest.node.ts';
import { SEED_PINS } from './seed-pins';
import { editionPath } from '../i18n/editions';
import { parityProblems } from '../translations/parity';
import { staleness } from '../translations/staleness';
import {
  checkDataTranslation,
  DATA_TRANSLATIONS,
  headingOf,
  quotesIn,
  staleEntryLine,
  type DataTranslationSpec,
} from '../translations/data';
import { TOP_SECTION } from '../translations/sections';
import { checkSourceTranslations, SOURCE_TRANSLATIONS_FILE, type EnglishSourceEntry } from '../translations/source-meta';
import { checkPassageRenderings, citedSentences, PASSAGE_RENDERINGS_FILE } from '../translations/passages';
import type { TranslationStatus } from './citation-index';

/** Lists files under `dir` recursively, skipping names that start with `_` (drafts, partials). */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('_') && !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

/** Reads the registry's slugs, files and evidence; full validation is the content schema's job. */
function readSources(root: string, problems: string[]): SourceRef[] {
  const path = join(root, 'content', 'sources.json');
  if (!existsSync(path)) {
    problems.push(formatProblem('content/sources.json', [['problem', 'the source registry is missing.']]));
    return [];
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(formatProblem('content/sources.json', [['problem', `not valid JSON: ${(error as Error).message}`]]));
    return [];
  }
  if (!Array.isArray(data)) {
    problems.push(formatProblem('content/sources.json', [['problem', 'must be a JSON array of sources.']]));
    return [];
  }
  const pasted = readPasted(root, problems);
  const refs: SourceRef[] = [];
  data.forEach((entry: Record<string, unknown>, i) => {
    if (typeof entry?.['id'] !== 'string' || typeof entry['file'] !== 'string') {
      problems.push(
        formatProblem(`content/sources.json, entry ${i + 1}`, [
          ['problem', 'every source needs an "id" (its slug) and a "file" (its seed file name).'],
        ]),
      );
      return;
    }
    const evidence = Array.isArray(entry['evidence']) ? (entry['evidence'] as SourceRef['evidence']) : [];
    const reliability = Array.isArray(entry['reliability']) ? (entry['reliability'] as unknown[]) : [];
    refs.push({
      id: entry['id'],
      file: entry['file'],
      evidence: evidence ?? [],
      headline: typeof entry['headline'] === 'string' ? entry['headline'] : null,
      pasted: pasted.filter((p) => p.source === entry['id']).map((p) => p.text),
      texts: [
        ...fields(entry, ['shortName', 'outletNote', 'headlineNote', 'dateNote', 'summary']),
        ...reliability.map((text, i) => ({ field: `reliability[${i}]`, text: str(text) })),
      ],
    });
  });
  return refs;
}

/**
 * Text pasted into seeds from other articles (content/pasted-text.json): each entry names its
 * source, the text word for word, and why it does not belong to the sentences around it.
 */
function readPasted(root: string, problems: string[]): { source: string; text: string }[] {
  const file = 'content/pasted-text.json';
  const entries = readJsonArray(root, file, problems);
  const known: { source: string; text: string }[] = [];
  entries.forEach((e, i) => {
    if (str(e['source']) === '' || str(e['text']) === '' || str(e['why']) === '') {
      problems.push(
        formatProblem(`${file}, entry ${i + 1}`, [
          ['problem', 'each entry needs a "source" (slug), the "text" word for word, and "why" it was pasted.'],
        ]),
      );
      return;
    }
    known.push({ source: str(e['source']), text: str(e['text']) });
  });
  return known;
}

/**
 * Builds the verified citation index of the site rooted at `root`; throws CitationProblems. `pins`
 * are the seeds the site may have (file name → SHA-256): the real site's by default; fixture
 * sites pass their own.
 */
export function loadCitationIndex(root: string, pins: Readonly<Record<string, string>> = SEED_PINS): CitationIndex {
  const problems: string[] = [];
  const seedDir = join(root, 'seeds');
  const seedBytes = new Map<string, Buffer>();
  for (const path of listFiles(seedDir)) {
    const name = relative(seedDir, path);
    if (!name.endsWith('.txt')) continue;
    // Refused before it is read: a huge file would otherwise stall every step after this one.
    const size = statSync(path).size;
    if (size > MAX_SEED_CHARS * 4) {
      problems.push(
        `✖ seeds/${name} is ${size} bytes, far more than a source text can be (at most ${MAX_SEED_CHARS} characters). Remove it.`,
      );
      continue;
    }
    seedBytes.set(name, readFileSync(path));
  }
  const seedProblems = checkSeeds(new Map(Object.entries(pins)), seedBytes);
  problems.push(...seedProblems.map((p) => `✖ ${p}`));
  // Only pinned, unchanged seeds are read as sources: a refused one would only add noise.
  const refusedSeeds: string[] = [];
  for (const [name, bytes] of seedBytes) {
    if (pins[name] !== sha256(bytes)) {
      seedBytes.delete(name);
      refusedSeeds.push(name);
    }
  }
  for (const name of Object.keys(pins)) if (!seedBytes.has(name)) refusedSeeds.push(name);
  const seeds = new Map([...seedBytes].map(([name, bytes]) => [name, bytes.toString('utf8')]));
  const registryProblems: string[] = [];
  const sources = readSources(root, registryProblems);
  // Without a readable registry no citation can be checked: report that alone, not once per citation.
  if (registryProblems.length > 0 && sources.length === 0) throw new CitationProblems([...problems, ...registryProblems]);
  problems.push(...registryProblems);
  const pageDir = join(root, 'content', 'pages');
  // The chain figure's citations count where a page places <Chain />; on a translated page, with
  // the quotations of its translation (content/zh-hans/chain.json), where there is one.
  const chain = readChain(root, problems);
  const embedded = { Chain: chainEmbed(chain) };
  const chainTranslation = readChainTranslation(root, chain, problems);
  const translatedEmbedded = chainTranslation ? { Chain: chainTranslationEmbed(chain, chainTranslation.entries) } : embedded;
  const pages: PageInput[] = listFiles(pageDir)
    .filter((p) => p.endsWith('.mdx'))
    .map((path) => {
      const rel = relative(pageDir, path);
      return { file: relative(root, path).replace(/\\/g, '/'), url: pageUrlFromFile(rel), source: readFileSync(path, 'utf8'), embedded };
    });
  problems.push(...duplicateUrls(pages));
  const translations = readTranslations(root, pages, translatedEmbedded, problems);
  const dataPages = readDataPages(root, problems);
  const dataTranslations = readDataTranslations(root, dataPages, problems);
  pages.push(...dataPages, ...translations, ...dataTranslations.pages);
  const sourceTranslations = readSourceTranslations(root, problems);
  const index = buildCitationIndex({ sources, seeds, pages, earlierProblems: problems, refusedSeeds, requireCitations: true });
  const linkProblems = checkSectionLinks(index, timelineLinks(root));
  if (linkProblems.length > 0) throw new CitationProblems(linkProblems);
  index.translations = checkTranslations(index, pages, translations);
  for (const [url, status] of dataTranslations.status) {
    index.translations.set(url, status);
    const traditional = editionPath('zh-hant', status.english);
    const chinese = index.pages.get(url);
    if (!chinese) continue;
    // As for a translated MDX page: the Traditional page is the Simplified one converted, same notes and markers.
    index.pages.set(traditional, {
      ...chinese,
      url: traditional,
      citations: chinese.citations.map((c) => ({ ...c, pageUrl: traditional })),
      notes: chinese.notes.map((n) => ({ ...n, citations: n.citations.map((c) => ({ ...c, pageUrl: traditional })) })),
    });
    index.translations.set(traditional, status);
  }
  index.sourceTranslations = sourceTranslations;
  if (chainTranslation) index.chainTranslation = chainTranslation;
  index.passageRenderings = readPassageRenderings(root, index);
  for (const url of CODED_TWIN_DATA_PAGES) addEditionCopies(index, url);
  return index;
}

/**
 * The site's Chinese renderings of the sentences it cites (content/zh-hans/passages.json, checked by
 * src/lib/translations/passages.ts). A site without a Chinese edition needs none. An entry that is
 * wrong stops the build; a cited sentence without one (a missing file: all of them) is listed for
 * `npm run translations`, and its note says it is not translated yet.
 */
function readPassageRenderings(root: string, index: CitationIndex): NonNullable<CitationIndex['passageRenderings']> {
  const wanted = existsSync(join(root, 'content', 'zh-hans')) ? citedSentences(index.byPassage, index.passages) : [];
  const path = join(root, PASSAGE_RENDERINGS_FILE);
  let data: unknown = {};
  if (existsSync(path)) {
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new CitationProblems([formatProblem(PASSAGE_RENDERINGS_FILE, [['problem', `not valid JSON: ${(error as Error).message}`]])]);
    }
  }
  const { renderings, problems, missing } = checkPassageRenderings(wanted, data);
  if (problems.length > 0) throw new CitationProblems(problems);
  return { entries: renderings, missing };
}

/**
 * The Chinese twins of the pages built from data (/zh-hans/timeline/, /zh-hans/people/, and the
 * differences on /zh-hans/sources/), from the translation files of src/lib/translations/data.ts.
 * Each shows its English page's citations (the same entries, markers and notes: a translation file
 * holds prose only), so its scan is the English page's, with the translated titles (names, topics)
 * as headings. A missing, extra or incomplete entry is a
 * writer's error; a stale entry (or dek, shown at the top) is listed in its page's status.
 */
function readDataTranslations(
  root: string,
  dataPages: readonly PageInput[],
  problems: string[],
): { pages: PageInput[]; status: Map<string, TranslationStatus> } {
  const pages: PageInput[] = [];
  const status = new Map<string, TranslationStatus>();
  const dekSpec = DATA_TRANSLATIONS.deks;
  const deks = existsSync(join(root, dekSpec.file))
    ? checkDataTranslation(dekSpec, readJsonArray(root, dekSpec.englishFile, []), readJsonArray(root, dekSpec.file, problems))
    : { problems: [], stale: [], entries: new Map<string, Record<string, string>>() };
  problems.push(...deks.problems);
  for (const [key, url] of [
    ['timeline', '/timeline/'],
    ['people', '/people/'],
    ['differences', '/sources/'],
  ] as const) {
    const english = dataPages.find((p) => p.url === url);
    const scanned = english?.scanned;
    // No translation file: the page is not translated (in a build, the content layer's loader
    // reports the missing file, since the Chinese route needs it).
    if (!scanned || !existsSync(join(root, DATA_TRANSLATIONS[key].file))) continue;
    const spec: DataTranslationSpec = DATA_TRANSLATIONS[key];
    const englishEntries = readJsonArray(root, spec.englishFile, []);
    const found = checkDataTranslation(spec, englishEntries, readJsonArray(root, spec.file, problems));
    problems.push(...found.problems);
    const chineseUrl = editionPath('zh-hans', url);
    // Each {{Q|English words|中文}} is checked against the sources its English entry (or the dek) cites,
    // or, for a field that quotes one of them only (a difference's version), against that one.
    const sourcesOf = (id: string | null) => [...new Set(scanned.cites.filter((c) => c.sectionId === id).flatMap((c) => c.source ?? []))];
    const englishOf = (id: string) => englishEntries.find((e) => str(e['id']) === id) ?? {};
    const quoted = (
      file: string,
      label: string,
      entries: Map<string, Record<string, string>>,
      section: (id: string) => string | null,
      fieldSources: (id: string, field: string) => string[] | undefined = () => undefined,
    ) =>
      [...entries].flatMap(([id, fields]) =>
        Object.entries(fields).flatMap(([field, text]) =>
          quotesIn(text).map((quote) => ({
            text: quote,
            line: 0,
            kind: 'quotation' as const,
            sources: fieldSources(id, field) ?? sourcesOf(section(id)),
            where: `${file}, ${label} "${id}", ${field}`,
          })),
        ),
      );
    const quotations = [
      ...quoted(dekSpec.file, dekSpec.label, new Map([...deks.entries].filter(([id]) => id === key)), () => null),
      ...quoted(
        spec.file,
        spec.label,
        found.entries,
        (id) => id,
        (id, field) => spec.quoteSources?.(englishOf(id), field),
      ),
    ];
    pages.push({
      file: spec.file,
      url: chineseUrl,
      translationOf: url,
      scanned: {
        ...scanned,
        headings: scanned.headings.map((h) => ({
          ...h,
          text: headingOf(found.entries.get(h.id)) ?? h.text,
        })),
        quotations: [...(scanned.quotations ?? []), ...quotations],
      },
    });
    const dekStale = deks.stale.filter((s) => s.section === key).map((s) => ({ ...s, section: TOP_SECTION }));
    status.set(chineseUrl, {
      english: url,
      englishFile: spec.englishFile,
      file: spec.file,
      stale: [...dekStale, ...found.stale],
      staleLines: [
        ...deks.stale.filter((s) => s.section === key).map((s) => staleEntryLine(dekSpec, s)),
        ...found.stale.map((s) => staleEntryLine(spec, s)),
      ],
    });
  }
  return { pages, status };
}

/**
 * The Chinese of the chain figure (content/zh-hans/chain.json, DATA_TRANSLATIONS.chain), checked
 * against content/chain.json like every data translation: each step's translated fields by id, the
 * steps whose English changed after they were translated, and the lines the build log and
 * `npm run translations` print for them. Undefined when the file is absent: a Chinese page then
 * draws the chain in English, marked so.
 */
function readChainTranslation(
  root: string,
  steps: readonly ChainStep[],
  problems: string[],
): NonNullable<CitationIndex['chainTranslation']> | undefined {
  const spec: DataTranslationSpec = DATA_TRANSLATIONS.chain;
  if (!existsSync(join(root, spec.file))) return undefined;
  const found = checkDataTranslation(spec, readJsonArray(root, spec.englishFile, []), readJsonArray(root, spec.file, problems));
  problems.push(...found.problems);
  // Only the steps the figure draws (an English file that is not an array of steps was reported already).
  const ids = new Set(steps.map((s) => s.id));
  return {
    file: spec.file,
    entries: new Map([...found.entries].filter(([id]) => ids.has(id))),
    stale: found.stale,
    staleLines: found.stale.map((s) => staleEntryLine(spec, s)),
  };
}

/**
 * The pages built from data whose Chinese twins are page code (src/pages/zh-hans/…) and cite:
 * each twin shows the English page's citations (the same markers and notes), so the index holds
 * a copy of the English page's citations at each twin's URL, unless its data's translation has
 * given it one already (/sources/ with content/zh-hans/differences.json, readDataTranslations).
 */
const CODED_TWIN_DATA_PAGES = ['/sources/'];

/** Copies the citations of the page at `url` to its URLs in both Chinese editions. */
function addEditionCopies(index: CitationIndex, url: string): void {
  const page = index.pages.get(url);
  if (!page) return;
  for (const edition of ['zh-hans', 'zh-hant'] as const) {
    const twin = editionPath(edition, url);
    if (index.pages.has(twin)) continue;
    index.pages.set(twin, {
      ...page,
      url: twin,
      translationOf: url,
      citations: page.citations.map((c) => ({ ...c, pageUrl: twin })),
      notes: page.notes.map((n) => ({ ...n, citations: n.citations.map((c) => ({ ...c, pageUrl: twin })) })),
    });
  }
}

/**
 * The Chinese of the source registry (content/zh-hans/sources.json), checked against the English
 * registry (source-meta.ts): a missing entry or field is a writer's error, pushed to `problems`.
 */
function readSourceTranslations(root: string, problems: string[]): NonNullable<CitationIndex['sourceTranslations']> {
  const empty = { entries: new Map(), stale: [] };
  const english = readJsonArray(root, 'content/sources.json', []);
  // A site without a Chinese edition (no content/zh-hans/) has nothing to check; the Chinese
  // source pages then stop the build, asking for the file (src/components/sources/).
  if (english.length === 0 || !existsSync(join(root, 'content', 'zh-hans'))) return empty;
  const path = join(root, SOURCE_TRANSLATIONS_FILE);
  let data: unknown = {};
  if (existsSync(path)) {
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(formatProblem(SOURCE_TRANSLATIONS_FILE, [['problem', `not valid JSON: ${(error as Error).message}`]]));
      return empty;
    }
  }
  const entries: EnglishSourceEntry[] = english.map((e) => ({
    id: str(e['id']),
    shortName: str(e['shortName']),
    outlet: typeof e['outlet'] === 'string' ? e['outlet'] : null,
    outletNote: str(e['outletNote']),
    headlineNote: typeof e['headlineNote'] === 'string' ? e['headlineNote'] : undefined,
    dateNote: str(e['dateNote']),
    summary: str(e['summary']),
    reliability: Array.isArray(e['reliability']) ? e['reliability'].map(str) : [],
  }));
  const found = checkSourceTranslations(entries, data);
  problems.push(...found.problems);
  return { entries: found.translations, stale: found.stale };
}

/**
 * The Simplified Chinese pages (content/zh-hans/pages/<same path as the English>.mdx), each at
 * /zh-hans/<path>/, translating the English page at the same path. A file with no English page
 * is a writer's error.
 */
function readTranslations(root: string, english: readonly PageInput[], embedded: PageInput['embedded'], problems: string[]): PageInput[] {
  const dir = join(root, 'content', 'zh-hans', 'pages');
  const englishUrls = new Set(english.map((p) => p.url));
  return listFiles(dir)
    .filter((p) => p.endsWith('.mdx'))
    .flatMap((path) => {
      const file = relative(root, path).replace(/\\/g, '/');
      const url = pageUrlFromFile(relative(dir, path));
      if (!englishUrls.has(url)) {
        problems.push(
          formatProblem(file, [
            ['problem', `no English page has the URL ${url}: a translation lives at the English page's path under content/zh-hans/pages/.`],
            ['english pages', [...englishUrls].join(', ')],
          ]),
        );
        return [];
      }
      return [
        {
          file,
          url: editionPath('zh-hans', url),
          source: readFileSync(path, 'utf8'),
          ...(embedded ? { embedded } : {}),
          translationOf: url,
        },
      ];
    });
}

/**
 * Holds each translation to its English page (parity.ts: the same sections and cited passages;
 * staleness.ts: a recorded hash for every English section) and gives the Traditional edition its
 * pages: the same citations as the Simplified page, at /zh-hant/<path>/. Throws CitationProblems.
 */
function checkTranslations(
  index: CitationIndex,
  pages: readonly PageInput[],
  translations: readonly PageInput[],
): Map<string, TranslationStatus> {
  const problems: string[] = [];
  const status = new Map<string, TranslationStatus>();
  for (const t of translations) {
    const englishUrl = t.translationOf ?? '';
    const english = index.pages.get(englishUrl);
    const chinese = index.pages.get(t.url);
    const englishInput = pages.find((p) => p.url === englishUrl);
    if (!english || !chinese || !englishInput) continue;
    problems.push(...parityProblems(english, chinese));
    const found = staleness(englishInput.source ?? '', english.file, t.source ?? '', t.file);
    problems.push(...found.problems);
    const traditional = editionPath('zh-hant', englishUrl);
    // The Traditional page is the Simplified one converted: the same notes and markers, at its own URL.
    index.pages.set(traditional, {
      ...chinese,
      url: traditional,
      citations: chinese.citations.map((c) => ({ ...c, pageUrl: traditional })),
      notes: chinese.notes.map((n) => ({ ...n, citations: n.citations.map((c) => ({ ...c, pageUrl: traditional })) })),
    });
    const entry = { english: englishUrl, englishFile: english.file, file: t.file, stale: found.stale };
    status.set(t.url, entry);
    status.set(traditional, entry);
  }
  if (problems.length > 0) throw new CitationProblems(problems);
  return status;
}

/** Two page files that would publish the same URL (`case.mdx` beside `case/index.mdx`): one would silently replace the other. */
export function duplicateUrls(pages: readonly { file: string; url: string }[]): string[] {
  const byUrl = new Map<string, string[]>();
  for (const p of pages) byUrl.set(p.url, [...(byUrl.get(p.url) ?? []), p.file]);
  return [...byUrl]
    .filter(([, files]) => files.length > 1)
    .map(([url, files]) =>
      formatProblem(files.join(' and '), [
        ['url', url],
        ['problem', `${files.length} files would publish the same page, and one would silently replace the other. Keep one of them.`],
      ]),
    );
}

/** A data file's entries as raw objects, or [] (with a problem) when it is not a JSON array. */
function readJsonArray(root: string, file: string, problems: string[]): Record<string, unknown>[] {
  const path = join(root, file);
  if (!existsSync(path)) return [];
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (Array.isArray(data)) return data as Record<string, unknown>[];
    problems.push(formatProblem(file, [['problem', 'must be a JSON array.']]));
  } catch (error) {
    problems.push(formatProblem(file, [['problem', `not valid JSON: ${(error as Error).message}`]]));
  }
  return [];
}

/** The steps of the alleged chain (content/chain.json), as the figure draws them; [] when the file is absent. */
export function readChain(root: string, problems: string[] = []): ChainStep[] {
  return readJsonArray(root, 'content/chain.json', problems).map((e) => {
    const next = e['next'] as Raw | undefined;
    return {
      id: str(e['id']),
      label: str(e['label']),
      text: str(e['text']),
      citations: cites(e['citations']),
      next: next ? { label: str(next['label']), text: str(next['text']), citations: cites(next['citations']) } : undefined,
    };
  });
}

/** A data file entry before schema validation. */
type Raw = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const cites = (v: unknown): DataCitation[] =>
  Array.isArray(v) ? v.map((c: Record<string, unknown>) => ({ source: str(c?.['source']), quote: str(c?.['quote']) })) : [];

/** The named string fields of an entry, as displayed texts whose quotations the build checks. */
const fields = (e: Raw, names: readonly string[]): DisplayedText[] => names.map((field) => ({ field, text: str(e[field]) }));

/** The dek of a data page from content/deks.json (entry id "people" for /people/), if it has one. */
function readLead(root: string, id: string, problems: string[]): DataLead | undefined {
  const entry = readJsonArray(root, 'content/deks.json', problems).find((e) => str(e['id']) === id);
  if (!entry) return undefined;
  const sentences = Array.isArray(entry['sentences']) ? (entry['sentences'] as Raw[]) : [];
  return {
    where: `content/deks.json, dek "${id}"`,
    sentences: sentences.map((s) => ({ text: str(s?.['text']), citations: cites(s?.['citations']) })),
  };
}

/**
 * The pages built from data files, in the order they render, so their notes are numbered
 * as the reader sees them. Field-by-field validation is the content schemas' job.
 */
function readDataPages(root: string, problems: string[]): PageInput[] {
  const pages: PageInput[] = [];
  const timeline = sortByDate(
    readJsonArray(root, 'content/timeline.json', problems).map((e): Raw & { date: string } => ({ ...e, date: str(e['date']) })),
  ).map((e): DataEntry => ({
    id: str(e['id']),
    title: str(e['title']),
    citations: cites(e['citations']),
    texts: fields(e, ['title', 'summary', 'dateNote']),
    // src/pages/timeline.astro shows an event's citations together after its summary.
    sideBySide: cites(e['citations']).length,
  }));
  if (timeline.length > 0) {
    pages.push({
      file: 'content/timeline.json',
      url: '/timeline/',
      scanned: scanDataEntries('content/timeline.json', 'event', timeline, readLead(root, 'timeline', problems)),
    });
  }
  const people = orderPeople(
    readJsonArray(root, 'content/people.json', problems).map((e): Raw & { group: string } => ({ ...e, group: str(e['group']) })),
  ).map((e): DataEntry => ({
    id: str(e['id']),
    title: str(e['name']),
    citations: [...cites(e['citations']), ...cites(e['aliases'])],
    texts: fields(e, ['name', 'role', 'description']),
    // src/pages/people.astro shows the description's citations together; each alias's stands apart.
    sideBySide: cites(e['citations']).length,
  }));
  // An alias is shown as another name the sources use: it must stand in its quote as whole words.
  for (const e of readJsonArray(root, 'content/people.json', [])) {
    for (const a of Array.isArray(e['aliases']) ? (e['aliases'] as Raw[]) : []) {
      if (str(a?.['name']) !== '' && !containsWords(str(a?.['quote']), str(a?.['name']))) {
        problems.push(
          formatProblem(`content/people.json, entry "${str(e['id'])}", alias "${str(a?.['name'])}"`, [
            ['quote', `"${str(a?.['quote'])}"`],
            [
              'problem',
              'the alias does not stand in its quote as whole words (part of a longer word does not count). Quote the words where the source uses this name.',
            ],
          ]),
        );
      }
    }
  }
  if (people.length > 0) {
    pages.push({
      file: 'content/people.json',
      url: '/people/',
      scanned: scanDataEntries('content/people.json', 'entry', people, readLead(root, 'people', problems)),
    });
  }
  // The sources page shows differences grouped by kind; number their notes in that order.
  const differences = orderDifferences(
    readJsonArray(root, 'content/differences.json', problems).map((e): Raw & { kind: string } => ({ ...e, kind: str(e['kind']) })),
  ).map((e): DataEntry => ({
    id: str(e['id']),
    title: str(e['topic']),
    citations: cites(e['versions']),
    // Each version's own words come from its own source; the topic and summary from any of them.
    texts: [
      ...fields(e, ['topic', 'summary']),
      ...(Array.isArray(e['versions']) ? (e['versions'] as Raw[]) : []).map((v, i) => ({
        field: `versions[${i}].says`,
        text: str(v?.['says']),
        sources: [str(v?.['source'])],
      })),
    ],
  }));
  if (differences.length > 0) {
    pages.push({
      file: 'content/differences.json',
      url: '/sources/',
      scanned: scanDataEntries('content/differences.json', 'difference', differences),
    });
  }
  return pages;
}

/** The section links of timeline events: where each event is covered. */
function timelineLinks(root: string): { where: string; link: string }[] {
  return readJsonArray(root, 'content/timeline.json', []).map((e) => ({
    where: `content/timeline.json, event "${str(e['id'])}"`,
    link: str(e['section']),
  }));
}

/** Checks that each link names a page of the site and, if it has one, an anchor on that page. */
export function checkSectionLinks(index: CitationIndex, links: readonly { where: string; link: string }[]): string[] {
  const problems: string[] = [];
  for (const { where, link } of links) {
    const [path = '', anchor] = link.split('#');
    const page = index.pages.get(path);
    if (!page) {
      problems.push(
        formatProblem(where, [
          ['section', `"${link}"`],
          ['problem', 'no page has this path.'],
          ['pages', [...index.pages.keys()].join(', ')],
        ]),
      );
      continue;
    }
    if (anchor && !page.headings.some((h) => h.id === anchor)) {
      problems.push(
        formatProblem(where, [
          ['section', `"${link}"`],
          ['problem', `${path} has no section "${anchor}".`],
          ['sections', page.headings.map((h) => h.id).join(', ') || '(none)'],
        ]),
      );
    }
  }
  return problems;
}
