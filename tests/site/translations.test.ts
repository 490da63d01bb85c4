/**
 * The Chinese editions over the built dist/: each translated page exists in both editions with the
 * English page's section ids, the right lang, hreflang alternates, and every Chinese quotation with
 * its English words marked English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCitationIndex } from '../../src/lib/citations/load-sources.node.ts';
import { editionPath } from '../../src/lib/i18n/editions';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const index = loadCitationIndex(root);
const translated = [...new Set([...(index.translations?.values() ?? [])].map((t) => t.english))];
const html = (url: string): string => readFileSync(join(dist, url, 'index.html'), 'utf8');
const ids = (page: string): Set<string> => new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));

describe('the Chinese editions', () => {
  it('translate at least the home page', () => {
    expect(translated).toContain('/');
  });

  describe.each(translated)('%s', (english) => {
    const sections = index.pages.get(english)?.headings.map((h) => h.id) ?? [];
    it.each(['zh-hans', 'zh-hant'] as const)('in %s has every section id of the English page, the lang and the alternates', (edition) => {
      const page = html(editionPath(edition, english));
      expect(page).toContain(`<html lang="${edition === 'zh-hans' ? 'zh-Hans' : 'zh-Hant'}"`);
      const found = ids(page);
      for (const id of sections) expect(found, `#${id}`).toContain(id);
      for (const lang of ['en', 'zh-Hans', 'zh-Hant', 'x-default']) expect(page).toContain(`<link rel="alternate" hreflang="${lang}"`);
    });

    it.each(['zh-hans', 'zh-hant'] as const)('in %s marks the English words of every Chinese quotation as English, verbatim', (edition) => {
      const page = html(editionPath(edition, english));
      const quotes = [...page.matchAll(/<span class="zh-quote"[^>]*>([\s\S]*?)<\/small><\/span>/g)];
      // A page that cites its sources has Chinese quotations of them; a page about the site itself
      // (/about/, meta: true) cites none, so it has none (a quotation would need a citation beside it).
      if ((index.pages.get(english)?.citations.length ?? 0) > 0) expect(quotes.length).toBeGreaterThan(0);
      else expect(quotes).toEqual([]);
      for (const [, inner] of quotes) expect(inner).toMatch(/<span lang="en">“[A-Za-z][^<]*”<\/span>）$/);
    });

    it('shows the same notes in both editions, quoting the sources\u2019 English', () => {
      const notes = (page: string): string[] =>
        [...page.matchAll(/<blockquote lang="en">([\s\S]*?)<\/blockquote>/g)].map((m) => m[1] as string);
      const hans = notes(html(editionPath('zh-hans', english)));
      // One quotation per cited sentence: at least one per note, none of it converted or translated.
      expect(hans.length).toBeGreaterThanOrEqual(index.pages.get(editionPath('zh-hans', english))?.notes.length ?? Infinity);
      for (const quote of hans) expect(quote).not.toMatch(/\p{Script=Han}/u);
      expect(notes(html(editionPath('zh-hant', english)))).toEqual(hans);
    });

    it.each(['zh-hans', 'zh-hant'] as const)(
      "in %s follows every English quotation in the notes with this site's Chinese of it",
      (edition) => {
        const page = html(editionPath(edition, english));
        const label = edition === 'zh-hans' ? '本站译文' : '本站譯文';
        const quotes = [
          ...page.matchAll(
            /<div class="note-quote-text"><blockquote lang="en">[\s\S]*?<\/blockquote>(<p class="[^"]*">[\s\S]*?<\/p>)<\/div>/g,
          ),
        ];
        expect(quotes.length).toBe(page.match(/<div class="note-quote"/g)?.length ?? 0);
        for (const [, rendering] of quotes)
          expect(rendering).toMatch(
            new RegExp(`^<p class="rendering"><span class="rendering-label">${label}</span>[^<]*\\p{Script=Han}[^<]*</p>$`, 'u'),
          );
      },
    );
  });

  it.each(['zh-hans', 'zh-hant'] as const)(
    'in %s draws the two figures in Chinese, the chain with the English figure\u2019s notes',
    (edition) => {
      const figure = (page: string, name: string): string =>
        new RegExp(`<figure class="${name}[\\s"][\\s\\S]*?</figure>`).exec(page)?.[0] ?? '';
      const markers = (html: string): string[] =>
        [...html.matchAll(/<a id="(cite-\d+)" href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
      const texts = (svg: string): string[] => [...svg.matchAll(/<(text|title)\b[^>]*>([^<]*)<\/\1>/g)].map((m) => m[2] as string);
      const english = figure(html('/case/'), 'chain');
      const chain = figure(html(editionPath(edition, '/case/')), 'chain');
      // Not marked English: the drawing's labels and the caption are Chinese, the markers the English figure's.
      expect(chain).toMatch(/^<figure class="chain" aria-labelledby="chain-title">/);
      expect(texts(chain).length).toBeGreaterThan(0);
      for (const t of texts(chain)) expect(t).toMatch(/\p{Script=Han}/u);
      expect(chain).toMatch(/<p id="chain-title" class="chain-title">[^<]*\p{Script=Han}[^<]*<\/p>/u);
      expect(chain.match(/<li>/g)?.length).toBe(english.match(/<li>/g)?.length);
      expect(markers(chain).length).toBeGreaterThan(0);
      expect(markers(chain)).toEqual(markers(english));
      for (const url of ['/', '/case/', '/timeline/']) {
        const graphic = figure(html(editionPath(edition, url)), 'timeline-graphic');
        expect(graphic, url).toMatch(/^<figure class="timeline-graphic( timeline-graphic-lead)?">/);
        const titles = [...graphic.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1] as string);
        expect(titles.length, url).toBeGreaterThan(0);
        for (const t of titles) expect(t).toMatch(/^\d{4}年\d{1,2}月(\d{1,2}日)?：.*\p{Script=Han}/u);
        expect(graphic).toMatch(/<figcaption>[^<]*\p{Script=Han}/u);
      }
    },
  );

  it('renders every sentence the site cites in Chinese: none is left untranslated', () => {
    expect(index.passageRenderings?.missing.map((m) => `${m.source} ${m.passage}: ${m.en}`)).toEqual([]);
    expect(index.passageRenderings?.entries.size).toBeGreaterThan(0);
  });
});
