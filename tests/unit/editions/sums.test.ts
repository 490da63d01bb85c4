import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { failedSums, sha256Sums } from '../../../src/lib/editions/sums.node';

const hex = (s: string): string => createHash('sha256').update(s).digest('hex');
const files = [
  { path: 'b/index.html', data: Buffer.from('b') },
  { path: 'a.txt', data: Buffer.from('a') },
];

describe('sha256Sums', () => {
  it('writes one line per file in the sha256sum format, sorted by path', () => {
    expect(sha256Sums(files)).toBe(`${hex('a')}  a.txt\n${hex('b')}  b/index.html\n`);
  });
});

describe('failedSums', () => {
  const sums = sha256Sums(files);
  it('is empty when every file matches', () => {
    expect(failedSums(sums, (p) => files.find((f) => f.path === p)?.data)).toEqual([]);
  });
  it('names a changed file and a missing one', () => {
    expect(failedSums(sums, (p) => (p === 'a.txt' ? Buffer.from('A') : undefined))).toEqual(['a.txt: differs', 'b/index.html: missing']);
  });
});
