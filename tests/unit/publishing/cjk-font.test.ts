import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CJK_FACES, faceFile, subsetFor } from '../../../src/lib/publishing/cjk-font.node.ts';
import { cjkFonts } from '../../../src/lib/publishing/render-cards.node.ts';

const page = (title: string, url: string) => ({
  html: `<meta property="og:title" content="${title}"><meta property="og:url" content="https://example.org${url}"><meta property="og:image" content="https://example.org/og/x.png">`,
});

describe('subsetFor', () => {
  const sc = faceFile(CJK_FACES['zh-hans'].package, CJK_FACES['zh-hans'].bold);

  it('cuts the face down to the characters asked for, and finds them all', async () => {
    const { font, missing } = await subsetFor(sc, 'Zoom 天安门案：针对 Xinjiang Jin 的案件…');
    expect(missing).toEqual([]);
    // A few KB rather than the face's megabytes.
    expect(font.length).toBeLessThan(30_000);
    expect(readFileSync(sc).length).toBeGreaterThan(1_000_000);
  });

  it('names a character the face does not have', async () => {
    expect((await subsetFor(sc, '吉𠮷')).missing).toEqual(['𠮷']);
  });
});

describe('cjkFonts', () => {
  it("stops the build, naming the page and the character, when a card's title has a character the face lacks", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cards-'));
    await expect(
      cjkFonts('zh-hans', [page('案件', '/zh-hans/case/'), page('吉𠮷', '/zh-hans/laws/')], 'Zoom 天安门案', '解读', '/', cache),
    ).rejects.toThrow(
      /zh-hans would draw "𠮷" \(U\+20BB7\) as empty boxes: Noto Sans SC has no such character\. Used in: \/zh-hans\/laws\//,
    );
  });

  it('writes the two weights, cut down, for the Traditional cards in the Traditional face', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cards-'));
    const fonts = await cjkFonts(
      'zh-hant',
      [page('針對 Xinjiang Jin 的案件', '/zh-hant/case/')],
      'Zoom 天安門案',
      '註明出處的解讀',
      '/',
      cache,
    );
    expect(fonts.face).toEqual({ family: 'Noto Sans TC', cjk: true });
    expect(fonts.files).toHaveLength(2);
    for (const file of fonts.files) expect(readFileSync(file).length).toBeLessThan(30_000);
  });
});
