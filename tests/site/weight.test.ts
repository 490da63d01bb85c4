/**
 * Page weight as a gate on every page of every edition (issue 6's budget line, held on the Chinese
 * pages by issue 18): the first render needs nothing but the HTML document. No page links a
 * stylesheet, and its inline styles end within the first 14 KB it sends (gzip), the first round
 * trips of a new connection. The bytes of a whole first load are a benchmark figure (npm run bench),
 * and the reading pages' JavaScript is measured in a real browser (tests/e2e/reading.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EDITIONS, editionOf } from '../../src/lib/i18n/editions';
import { CRITICAL_BYTES, styleEndsAt } from '../../scripts/page-weight.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sitemap = readFileSync(`${root}dist/sitemap.xml`, 'utf8');
const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1] ?? '/');

describe('page weight', () => {
  it('measures where the styles end (so a pass means something)', () => {
    const big = `<style>${'a{color:red}'.repeat(10)}</style>`;
    expect(styleEndsAt('<p>no style</p>')).toBe(0);
    expect(styleEndsAt(`<head>${big}</head>`)).toBeGreaterThan(0);
    // Text the compressor cannot shrink, before the style, pushes its end past the budget.
    const noise = Array.from({ length: 40_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20_000))).join('');
    expect(styleEndsAt(`<p>${noise}</p>${big}`)).toBeGreaterThan(CRITICAL_BYTES);
  });

  for (const edition of EDITIONS) {
    it(`every page of the ${edition} edition renders from its HTML alone: no stylesheet link, styles within the first 14 KB`, () => {
      const own = paths.filter((p) => editionOf(p) === edition);
      expect(own.length).toBeGreaterThan(10);
      const problems = own.flatMap((path) => {
        const html = readFileSync(`${root}dist${path}index.html`, 'utf8');
        const found: string[] = [];
        if (/<link\b[^>]*rel="?stylesheet/i.test(html)) found.push(`${path}: links a stylesheet`);
        const at = styleEndsAt(html);
        if (at > CRITICAL_BYTES) found.push(`${path}: styles end at ${at} bytes (gzip)`);
        return found;
      });
      expect(problems).toEqual([]);
    });
  }
});
