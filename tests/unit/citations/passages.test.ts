import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from '../../../src/lib/citations/normalize';
import { MAX_SEED_CHARS, normalizedPassage, splitPassages } from '../../../src/lib/citations/passages';

describe('splitPassages', () => {
  it('gives each non-blank line a positional id', () => {
    const passages = splitPassages('First.\n\n  Second line.  \nThird.');
    expect(passages.map((p) => [p.id, p.text])).toEqual([
      ['p1', 'First.'],
      ['p2', 'Second line.'],
      ['p3', 'Third.'],
    ]);
  });

  it('numbers passages from 1 and makes the id "p" plus the index', () => {
    const passages = splitPassages('a\nb\nc');
    expect(passages.map((p) => p.index)).toEqual([1, 2, 3]);
    for (const p of passages) expect(p.id).toBe(`p${p.index}`);
  });

  it('skips blank and whitespace-only lines without using up an id', () => {
    const passages = splitPassages('\n\n   \t\nOne.\n \n\n\nTwo.\n\n');
    expect(passages).toEqual([
      { id: 'p1', index: 1, text: 'One.' },
      { id: 'p2', index: 2, text: 'Two.' },
    ]);
  });

  it('splits on CRLF and lone CR line endings, leaving no carriage return in the text', () => {
    const passages = splitPassages('One.\r\n\r\nTwo.\rThree.\r\n');
    expect(passages.map((p) => p.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(passages.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('keeps the text of a line verbatim apart from surrounding whitespace', () => {
    const line = 'Zoom\u2019s \u201Cprimary  liaison\u201D \u2014 he said\u2026';
    const [only] = splitPassages(`\t ${line}  `);
    expect(only?.text).toBe(line);
  });

  it('returns no passages for empty or blank text', () => {
    expect(splitPassages('')).toEqual([]);
    expect(splitPassages('\n \r\n\t\n')).toEqual([]);
  });

  it('gives the same ids for LF and CRLF versions of a seed', () => {
    const lf = splitPassages('a\n\nb\nc\n');
    const crlf = splitPassages('a\r\n\r\nb\r\nc\r\n');
    expect(crlf).toEqual(lf);
  });
});

describe('normalizedPassage', () => {
  it('returns the passage text normalised, with its map to the original characters', () => {
    const [passage] = splitPassages('Zoom\u2019s  \u201Cprimary liaison\u201D \u2014 he said\u2026');
    if (!passage) throw new Error('expected a passage');
    expect(normalizedPassage(passage)).toEqual(normalizeWithMap(passage.text));
  });

  it('computes the normalised text once per passage and returns the same object afterwards', () => {
    const [passage] = splitPassages('Some \u201Cquoted\u201D words.');
    if (!passage) throw new Error('expected a passage');
    expect(normalizedPassage(passage)).toBe(normalizedPassage(passage));
  });

  it('keeps the normalised text of each passage apart', () => {
    const [a, b] = splitPassages('First \u2018one\u2019.\nSecond \u2014 two.');
    if (!a || !b) throw new Error('expected two passages');
    expect([normalizedPassage(a).text, normalizedPassage(b).text]).toEqual(["First 'one'.", 'Second - two.']);
  });

  it('normalises again when the passage text has been replaced', () => {
    const [passage] = splitPassages('Old \u201Ctext\u201D.');
    if (!passage) throw new Error('expected a passage');
    expect(normalizedPassage(passage).text).toBe('Old "text".');
    passage.text = 'New \u2018text\u2019.';
    expect(normalizedPassage(passage).text).toBe("New 'text'.");
  });
});

describe('MAX_SEED_CHARS', () => {
  it('is two million characters', () => {
    expect(MAX_SEED_CHARS).toBe(2_000_000);
  });

  it('leaves every real seed a hundredfold margin', () => {
    const seedDir = fileURLToPath(new URL('../../../seeds/', import.meta.url));
    const lengths = readdirSync(seedDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(`${seedDir}${name}`, 'utf8').length);
    expect(lengths).toHaveLength(5);
    for (const length of lengths) expect(length * 100).toBeLessThan(MAX_SEED_CHARS);
  });
});
