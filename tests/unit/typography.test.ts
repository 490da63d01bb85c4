/**
 * The site's own prose in content/ uses ’, not ', wherever the Markdown typography does not reach
 * it: data files' prose fields, MDX frontmatter, and heading and fact-label components. The
 * sources' own words (quotes, headlines, names) are left as the sources have them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { straightApostrophes } from '../../src/lib/typography';
import { uiStrings } from '../../src/lib/i18n/strings';
import { EN_CITE_DIALOG } from '../../src/lib/i18n/cite-words';
import { EN_OFFLINE_WORDS } from '../../src/lib/i18n/offline-words';
import { EN_PREVIEW_WORDS } from '../../src/lib/i18n/preview-words';
import { EN_SEARCH_WORDS } from '../../src/lib/i18n/search-words';

const root = join(import.meta.dirname, '..', '..');

describe('straightApostrophes', () => {
  it('lists each straight apostrophe with its context', () => {
    expect(straightApostrophes("the site's main address and Zoom’s")).toEqual(["the site's main addr"]);
    expect(straightApostrophes("users' data, the 1990's")).toEqual(["users' data, the ", "sers' data, the 1990's"]);
    expect(straightApostrophes("'quoted — ‘already’ no apostrophe")).toEqual([]);
  });
});

/** Fields that hold a source's own words or an identifier: kept as written. */
const VERBATIM = new Set(['quote', 'headline', 'name', 'file', 'id', 'source', 'outlet', 'date', 'kind', 'group']);

/** Every prose string of a data file, with where it is. */
function proseOf(value: unknown, at: string, key = ''): [string, string][] {
  if (typeof value === 'string') return VERBATIM.has(key) ? [] : [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => proseOf(v, `${at}[${i}]`, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => proseOf(v, `${at}.${k}`, k));
  return [];
}

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );

describe('the English content writes ’ where the Markdown typography does not', () => {
  for (const file of ['timeline', 'people', 'differences', 'sources', 'changelog', 'chain', 'deks']) {
    it(`content/${file}.json`, () => {
      const data: unknown = JSON.parse(readFileSync(join(root, 'content', `${file}.json`), 'utf8'));
      const found = proseOf(data, file).flatMap(([at, text]) => straightApostrophes(text).map((c) => `${at}: …${c}… (write ’)`));
      expect(found).toEqual([]);
    });
  }

  it('MDX frontmatter, headings and fact labels', () => {
    const found: string[] = [];
    for (const path of mdxFiles(join(root, 'content', 'pages'))) {
      const lines = readFileSync(path, 'utf8').split('\n');
      const end = lines[0] === '---' ? lines.indexOf('---', 1) : 0;
      lines.forEach((line, i) => {
        const field = i < end ? /^(?:title|headline|description): (.*)$/.exec(line)?.[1] : undefined;
        const heading = /^<H[23]\b[^>]*>(.*)<\/H[23]>$/.exec(line)?.[1];
        const label = /^<Fact label="([^"]*)"/.exec(line)?.[1];
        for (const text of [field, heading, label]) {
          for (const c of text ? straightApostrophes(text) : []) found.push(`${path.slice(root.length + 1)}:${i + 1}: …${c}… (write ’)`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});

describe('the English interface writes ’', () => {
  const tables = {
    uiStrings: uiStrings('en', (text) => text),
    EN_CITE_DIALOG,
    EN_OFFLINE_WORDS,
    EN_PREVIEW_WORDS,
    EN_SEARCH_WORDS,
  };
  for (const [name, table] of Object.entries(tables)) {
    it(name, () => {
      const found = proseOf(table, name).flatMap(([at, text]) => straightApostrophes(text).map((c) => `${at}: …${c}… (write ’)`));
      expect(found).toEqual([]);
    });
  }
});
