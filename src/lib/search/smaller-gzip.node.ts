/**
 * Pagefind's engine (wasm.<language>.pagefind, about 60 KB) is gzip that Pagefind's own script
 * inflates in the browser, and a host sends it as it is: it is the largest part of a first search
 * (bench:search). Zopfli writes the same bytes as a smaller gzip that any gzip reader reads (the
 * English engine: 59,758 → 56,884 bytes). It takes a few seconds a file, so each result is kept in a
 * cache under the hash of what it replaces: the engine is the same in every build of one Pagefind.
 * Node only.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** Zopfli's iterations: its default; more gain a few bytes at much more time. */
const ITERATIONS = 15;

/**
 * The same content as the gzip `gz`, compressed by Zopfli, or `gz` itself when that is not
 * smaller. A cached result is used only when it holds the same bytes as `gz`.
 */
export async function smallerGzip(gz: Buffer, cacheDir: string): Promise<{ data: Buffer; cached: boolean }> {
  const cached = join(cacheDir, `${createHash('sha256').update(gz).digest('hex')}.${ITERATIONS}.gz`);
  const content = gunzipSync(gz);
  /** True when a gzip file holds the same bytes as `gz`. */
  const same = (other: Buffer): boolean => gunzipSync(other).equals(content);
  if (existsSync(cached)) {
    const data = readFileSync(cached);
    if (data.length <= gz.length && same(data)) return { data, cached: true };
  }
  const zopfli = Buffer.from(await gzipAsync(content, { numiterations: ITERATIONS }));
  const data = zopfli.length < gz.length && same(zopfli) ? zopfli : gz;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, data);
  return { data, cached: false };
}
