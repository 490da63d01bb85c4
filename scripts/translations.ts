// The state of the Chinese translations: for each page of content/zh-hans/pages/, every section
// of its English page with the hash a translation records, and which sections are stale (their
// English changed after translation). Exits 1 when a section is stale or a hash is missing.
// Usage: npm run translations            (every translation)
//        npm run translations -- --new    (the hashes of every English page without a translation, to start one)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageSections, sectionHash } from '../src/lib/translations/sections.ts';
import { staleLine, staleness } from '../src/lib/translations/staleness.ts';
import { checkDataTranslation, DATA_TRANSLATIONS, staleEntryLine } from '../src/lib/translations/data.ts';

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
process.exit(failed ? 1 : 0);
