import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { smallerGzip } from '../../../src/lib/search/smaller-gzip.node';

const dirs: string[] = [];
const cacheDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'smaller-gzip-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// Text with repeats, compressed fast: Zopfli has room to do better.
const content = Buffer.from(Array.from({ length: 400 }, (_, i) => `record ${i % 37} of the index, word ${(i * 7919) % 101}\n`).join(''));
const fast = gzipSync(content, { level: 1 });

describe('smallerGzip', () => {
  it('returns a smaller gzip of the same bytes', async () => {
    const { data, cached } = await smallerGzip(fast, cacheDir());
    expect(cached).toBe(false);
    expect(data.length).toBeLessThan(fast.length);
    expect(gunzipSync(data).equals(content)).toBe(true);
  });

  it('uses its cache the second time, with the same result', async () => {
    const dir = cacheDir();
    const first = await smallerGzip(fast, dir);
    const second = await smallerGzip(fast, dir);
    expect(second.cached).toBe(true);
    expect(second.data.equals(first.data)).toBe(true);
  });

  it('ignores a cached file that does not hold the same bytes, and writes it again', async () => {
    const dir = cacheDir();
    await smallerGzip(fast, dir);
    const [name] = readdirSync(dir);
    writeFileSync(join(dir, name!), gzipSync(Buffer.from('something else')));
    const again = await smallerGzip(fast, dir);
    expect(again.cached).toBe(false);
    expect(gunzipSync(again.data).equals(content)).toBe(true);
    expect((await smallerGzip(fast, dir)).cached).toBe(true);
  });

  it('keeps the input when Zopfli cannot make it smaller', async () => {
    const tiny = gzipSync(Buffer.from('a'), { level: 9 });
    const { data } = await smallerGzip(tiny, cacheDir());
    expect(data.length).toBeLessThanOrEqual(tiny.length);
    expect(gunzipSync(data).toString()).toBe('a');
  });
});
