/**
 * The note markers as the built pages show them: citations written side by side show as one marker
 * that names every note behind it, no two markers stand side by side, every citation's marker id
 * is still on the page, and every marker leads to an element that exists.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markerLabel } from '../../src/lib/citations/bundles';
import { loadCitationIndex } from '../../src/lib/citations/load-sources.node.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const index = loadCitationIndex(root);
const htmlOf = (url: string): string => readFileSync(`${root}dist${url}index.html`, 'utf8');
const text = (html: string): string => html.replace(/<[^>]+>/g, '').replace(/&#8288;|\u2060/g, '');

describe('note markers in the built pages', () => {
  for (const [url, page] of index.pages) {
    if (page.citations.length === 0) continue;
    it(`${url}: one marker per run of citations, naming every note behind it; every target exists`, () => {
      const html = htmlOf(url);
      const markers = [...html.matchAll(/<sup class="note-ref"[^>]*>([\s\S]*?)<\/sup>/g)].map((m) => m[1] ?? '');
      // Between two markers there is always a word: never "[8] [8]" or "[10] [11] [12]".
      const between = html.split(/<sup class="note-ref"[^>]*>[\s\S]*?<\/sup>/).slice(1, -1);
      expect(between.filter((b) => text(b).trim() === '')).toEqual([]);
      const leads = page.citations.filter((c) => c.bundle === c.ordinal);
      expect(markers).toHaveLength(leads.length);
      leads.forEach((lead, i) => {
        const notes = page.citations.filter((c) => c.bundle === lead.ordinal).map((c) => c.note);
        const marker = markers[i] ?? '';
        expect(text(marker).trim(), `${url} ${lead.markerId}`).toBe(markerLabel(notes));
        expect(marker).toContain(`id="${lead.markerId}" href="#${lead.target}"`);
        expect(html).toContain(`id="${lead.target}"`);
      });
      for (const c of page.citations) expect(html, `${url} keeps the id ${c.markerId}`).toContain(`id="${c.markerId}"`);
    });
  }

  it('side-by-side citations exist on the site, so the rule above is exercised', () => {
    const bundled = [...index.pages.values()].flatMap((p) => p.citations.filter((c) => c.bundle !== c.ordinal));
    expect(bundled.length).toBeGreaterThan(10);
  });
});

describe('notes show clean proof', () => {
  it('no note shows a list bullet, nor a headline pasted into the Lowdown Hub text that no one quoted', () => {
    const pasted = (JSON.parse(readFileSync(`${root}content/pasted-text.json`, 'utf8')) as { text: string }[]).map((p) => p.text);
    for (const url of index.pages.keys()) {
      const notes = htmlOf(url).split('<section class="notes"')[1] ?? '';
      expect(notes, url).not.toMatch(/“\s*•/);
      // Unless a writer quotes the pasted words themselves (to say what they are): then they are the proof.
      const quoted = (p: string): boolean =>
        (index.pages.get(url)?.citations ?? []).some((c) => p.includes(c.quote) || c.quote.includes(p));
      for (const p of pasted.filter((p) => !quoted(p))) expect(text(notes).includes(p), `${url} shows "${p}"`).toBe(false);
    }
  });
});
