// The state of the Chinese translations: for each page of content/zh-hans/pages/, every section
// of its English page with the hash a translation records, and which sections are stale (their
// English changed after translation), and the same for the sources' descriptions in
// content/zh-hans/sources.json, and the cited sentences without a Chinese rendering in
// content/zh-hans/passages.json. Exits 1 when a section is stale, a hash or a rendering is missing.
// Usage: npm run translations            (every translation)
//        npm run translations -- --new    (the hashes of every English page without a translation, to start one)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageSections, sectionHash } from '../src/lib/translations/sections.ts';
import { staleLine, staleness } from '../src/lib/translations/staleness.ts';
import { checkDataTranslation, DATA_TRANSLATIONS, staleEntryLine } from '../src/lib/translations/data.ts';
import {
  checkSourceTranslations,
  SOURCE_TRANSLATIONS_FILE,
  sourceEntryHash,
  staleSourceLine,
} from '../src/lib/translations/source-meta.ts';
import { missingRenderingLine, PASSAGE_RENDERINGS_FILE } from '../src/lib/translations/passages.ts';
import { loadCitationIndex } from '../src/lib/citations/load-sources.node.ts';
import { CitationProblems } from '../src/lib/citations/citation-index.ts';

const root = process.cwd();
const list = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => !n.startsWith('_') && !n.startsWith('.'))
        .sort()
        .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? list(join(dir, n)) : n.endsWith('.mdx') ? [join(dir, n)] : []))
    : [];

const englishDir = join(root, 'content', 'pages');
const zhDir = join(root, 'content', 'zh-hans', 'pages');
const translated = new Set(list(zhDir).map((p) => relative(zhDir, p)));
const hashesOf = (source: string): string =>
  pageSections(source)
    .map((s) => `  ${s.id}: ${sectionHash(s.text)}`)
    .join('\n');

if (process.argv.includes('--new')) {
  for (const path of list(englishDir)) {
    const rel = relative(englishDir, path);
    if (translated.has(rel)) continue;
    console.log(`content/zh-hans/pages/${rel} (not yet translated):\ntranslatedFrom:\n${hashesOf(readFileSync(path, 'utf8'))}\n`);
  }
  process.exit(0);
}

let failed = false;
for (const rel of translated) {
  const file = `content/zh-hans/pages/${rel}`;
  const englishFile = `content/pages/${rel}`;
  if (!existsSync(join(root, englishFile))) {
    console.log(`✖ ${file}: no English page ${englishFile}`);
    failed = true;
    continue;
  }
  const english = readFileSync(join(root, englishFile), 'utf8');
  const found = staleness(english, englishFile, readFileSync(join(root, file), 'utf8'), file);
  for (const p of found.problems) console.log(p);
  for (const s of found.stale) console.log(`✖ stale: ${staleLine(file, englishFile, s)}`);
  if (found.problems.length === 0 && found.stale.length === 0)
    console.log(`✓ ${file}: every section is translated from the current ${englishFile}.`);
  failed ||= found.problems.length > 0 || found.stale.length > 0;
}
// The data files (timeline, people, the data pages' deks): every entry translated, and which are stale.
const readArray = (file: string): Record<string, unknown>[] =>
  existsSync(join(root, file)) ? (JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>[]) : [];
for (const spec of Object.values(DATA_TRANSLATIONS)) {
  const found = checkDataTranslation(spec, readArray(spec.englishFile), readArray(spec.file));
  for (const p of found.problems) console.log(p);
  for (const s of found.stale) console.log(`✖ stale: ${staleEntryLine(spec, s)}`);
  if (found.problems.length === 0 && found.stale.length === 0)
    console.log(`✓ ${spec.file}: every entry is translated from the current ${spec.englishFile}.`);
  failed ||= found.problems.length > 0 || found.stale.length > 0;
}
if (translated.size === 0) console.log('No translations yet (content/zh-hans/pages/ is empty).');

// The sources' descriptions (content/zh-hans/sources.json): each entry against its English entry in content/sources.json.
const englishSources = JSON.parse(readFileSync(join(root, 'content', 'sources.json'), 'utf8')) as Parameters<typeof sourceEntryHash>[0][];
const sourcesPath = join(root, SOURCE_TRANSLATIONS_FILE);
const sources = checkSourceTranslations(englishSources, existsSync(sourcesPath) ? JSON.parse(readFileSync(sourcesPath, 'utf8')) : {});
for (const p of sources.problems) console.log(p);
for (const s of sources.stale) console.log(`✖ stale: ${staleSourceLine(s)}`);
if (sources.problems.length === 0 && sources.stale.length === 0)
  console.log(`✓ ${SOURCE_TRANSLATIONS_FILE}: every source is translated from its current entry in content/sources.json.`);
failed ||= sources.problems.length > 0 || sources.stale.length > 0;

// The renderings of the cited sentences (content/zh-hans/passages.json): each cited sentence needs one.
try {
  const missing = loadCitationIndex(root).passageRenderings?.missing ?? [];
  for (const m of missing) console.log(`✖ ${missingRenderingLine(m)}`);
  if (missing.length === 0) console.log(`✓ ${PASSAGE_RENDERINGS_FILE}: every sentence the site cites has its Chinese rendering.`);
  failed ||= missing.length > 0;
} catch (error) {
  console.log(error instanceof CitationProblems ? error.message : String(error));
  failed = true;
}
process.exit(failed ? 1 : 0);
