import { describe, expect, it } from 'vitest';
import {
  BilingualMismatch,
  blockWords,
  chineseHeadingId,
  englishHeadingId,
  interleave,
  pairingProblems,
  sectionsOf,
  topLevelBlocks,
} from '../../../src/lib/i18n/bilingual';

const source = { page: '/zh-hans/case/', chineseFile: 'content/zh-hans/pages/case.mdx', englishFile: 'content/pages/case.mdx' };
const wrap = { label: '英文原文：', lang: 'zh-Hans' };
const zhHeading = (id: string, text: string): string =>
  `<div class="heading heading-2"><h2 id="${id}">${text}</h2><a class="heading-link" href="#${id}">#</a></div>`;
const enHeading = (id: string, text: string): string =>
  `<p class="bilingual-heading-en" lang="en" data-bilingual-section="${id}">${text}</p>`;
const marker = '<sup class="note-ref"><a id="cite-1" href="#note-1">1</a></sup>';

describe('topLevelBlocks', () => {
  it('splits a fragment into its top-level elements, as written, dropping the white space between them', () => {
    const html = '<p>一<a href="#x">二</a></p>\n<ul><li><p>三</p></li></ul>\n\n<div class="standfirst"><p>四</p></div>';
    expect(topLevelBlocks(html)).toEqual([
      '<p>一<a href="#x">二</a></p>',
      '<ul><li><p>三</p></li></ul>',
      '<div class="standfirst"><p>四</p></div>',
    ]);
  });

  it('keeps void and self-closed elements inside their block', () => {
    expect(topLevelBlocks('<p>a<br>b<img src="x"></p><figure><svg><line x1="0"/><circle r="1"></circle></svg></figure>')).toEqual([
      '<p>a<br>b<img src="x"></p>',
      '<figure><svg><line x1="0"/><circle r="1"></circle></svg></figure>',
    ]);
  });

  it('drops comments between blocks and makes other top-level text a block of its own', () => {
    expect(topLevelBlocks('<!-- x --><p>a</p> loose <p>b</p>')).toEqual(['<p>a</p>', 'loose', '<p>b</p>']);
  });
});

describe('chineseHeadingId and englishHeadingId', () => {
  it('read the section a heading block opens, and nothing from other blocks', () => {
    expect(chineseHeadingId(zhHeading('charges', '指控'))).toBe('charges');
    expect(
      chineseHeadingId('<section class="key-facts"><div class="heading heading-2"><h2 id="key-facts">要点</h2></div></section>'),
    ).toBeUndefined();
    expect(englishHeadingId(enHeading('charges', 'The charges'))).toBe('charges');
    expect(englishHeadingId('<p>The charges</p>')).toBeUndefined();
  });
});

describe('sectionsOf', () => {
  it('puts what precedes the first heading in "top", and a stale notice after a heading with the heading', () => {
    const sections = sectionsOf(
      ['<p>a</p>', zhHeading('one', '一'), '<p class="stale-notice" role="note">旧</p>', '<p>b</p>'],
      chineseHeadingId,
    );
    expect(sections.map((s) => [s.id, s.blocks.length])).toEqual([
      ['top', 1],
      ['one', 1],
    ]);
    expect(sections[1]?.heading?.html).toContain('stale-notice');
  });
});

describe('blockWords', () => {
  it('gives a block’s first words without its citation markers and its ¶ button', () => {
    expect(blockWords(`<p>检方指控${marker}，他合谋终止会议。</p>`, 6)).toBe('检方指控，他…');
    expect(blockWords('<p>一共四场。<button type="button" class="para-link"><span aria-hidden="true">¶</span></button></p>')).toBe(
      '一共四场。',
    );
  });
});

describe('pairingProblems', () => {
  it('names the page, the section, both counts, the unpaired block and the files to fix', () => {
    const zh = sectionsOf([zhHeading('charges', '指控'), '<p>第一段。</p>'], chineseHeadingId);
    const en = sectionsOf([enHeading('charges', 'The charges'), '<p>First.</p>', '<p>Second paragraph.</p>'], englishHeadingId);
    expect(pairingProblems(zh, en, source)).toEqual([
      '/zh-hans/case/, section "charges": the Chinese has 1 block(s) (paragraphs, lists, quotations, components), the English 2. ' +
        'The 中英对照 view pairs them one for one, in order. Block 2 has no partner: English “Second paragraph.”. ' +
        'Translate each English paragraph as one paragraph of content/zh-hans/pages/case.mdx (split or join Chinese paragraphs to match content/pages/case.mdx).',
    ]);
  });

  it('reports sections that differ before counting blocks', () => {
    const zh = sectionsOf([zhHeading('one', '一')], chineseHeadingId);
    const en = sectionsOf([enHeading('two', 'Two')], englishHeadingId);
    expect(pairingProblems(zh, en, source)).toEqual([
      '/zh-hans/case/: the sections of content/zh-hans/pages/case.mdx (top, one) are not those of content/pages/case.mdx (top, two), so the 中英对照 view cannot pair them. The parity check names the missing or extra section: fix that first.',
    ]);
  });
});

describe('interleave', () => {
  const zhHtml = `<div class="standfirst"><p>导语。${marker}</p></div>\n${zhHeading('charges', '指控')}\n<p>第一段。</p>\n<ul><li>一</li></ul>`;
  const enHtml = `<div class="standfirst"><p>Dek.</p></div>\n${enHeading('charges', 'The charges')}\n<p>First.</p>\n<ul><li>One</li></ul>`;

  it('follows each Chinese block with its English block, marked lang="en" with a label in the page’s language', () => {
    const english = (html: string): string =>
      `<div class="bilingual-en" lang="en"><span class="sr-only" lang="zh-Hans">英文原文：</span>${html}</div>`;
    expect(interleave(zhHtml, enHtml, source, wrap).split('\n')).toEqual([
      `<div class="standfirst"><p>导语。${marker}</p></div>`,
      english('<div class="standfirst"><p>Dek.</p></div>'),
      zhHeading('charges', '指控'),
      enHeading('charges', 'The charges'),
      '<p>第一段。</p>',
      english('<p>First.</p>'),
      '<ul><li>一</li></ul>',
      english('<ul><li>One</li></ul>'),
    ]);
  });

  it('shows a figure marked as the same in both once, on the Chinese side', () => {
    const out = interleave('<figure lang="en">Chain</figure><p>一</p>', '<div data-bilingual-same></div><p>One</p>', source, wrap);
    expect(out).toBe(
      '<figure lang="en">Chain</figure>\n<p>一</p>\n<div class="bilingual-en" lang="en"><span class="sr-only" lang="zh-Hans">英文原文：</span><p>One</p></div>',
    );
  });

  it('stops on a section whose counts differ, and on an id in the English, naming each problem', () => {
    expect(() => interleave('<p>一</p><p>二</p>', '<p>One</p>', source, wrap)).toThrow(BilingualMismatch);
    expect(() => interleave('<p>一</p><p>二</p>', '<p>One</p>', source, wrap)).toThrow('section "top": the Chinese has 2 block(s)');
    expect(() => interleave('<p>一</p>', '<p id="x">One</p>', source, wrap)).toThrow('rendered with the id "x"');
  });
});
