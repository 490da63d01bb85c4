import { describe, expect, it } from 'vitest';
import { convertHtmlText, convertWithOverrides, overridesSchema } from '../../../src/lib/i18n/traditional';
import { convertStrings, uiStrings } from '../../../src/lib/i18n/strings';
import { readOverrides, traditionalConverter } from '../../../src/lib/i18n/opencc.node.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A stand-in for OpenCC that visibly changes every character it is given, Latin included, so a
// test shows exactly which text was handed to the conversion.
const shout = (text: string): string => text.toUpperCase().replace(/视/g, '視');

describe('convertWithOverrides', () => {
  it('converts the text and gives each listed term its listed form', () => {
    expect(convertWithOverrides('abc账号def', shout, [{ simplified: '账号', traditional: '帳號' }])).toBe('ABC帳號DEF');
  });

  it('prefers the longer of two terms that overlap', () => {
    const overrides = [
      { simplified: '视频', traditional: 'X' },
      { simplified: '视频会议', traditional: 'Y' },
    ];
    expect(convertWithOverrides('视频会议与视频', (t) => t, overrides)).toBe('Y与X');
  });

  it('converts everything when there are no overrides', () => {
    expect(convertWithOverrides('ab', shout, [])).toBe('AB');
  });
});

describe('convertHtmlText', () => {
  it('converts text but no tag or attribute', () => {
    expect(convertHtmlText('<a href="/x" title="t">link</a> and', shout)).toBe('<a href="/x" title="t">LINK</a> AND');
  });

  it('leaves an element marked lang="en" and everything in it verbatim', () => {
    const html = '<p>a<small>b<span lang="en">“illegal <em>meeting</em>”</span>c</small>d</p>';
    expect(convertHtmlText(html, shout)).toBe('<p>A<small>B<span lang="en">“illegal <em>meeting</em>”</span>C</small>D</p>');
  });

  it('counts nested elements of the same name inside an English stretch', () => {
    const html = '<div lang="en">x<div>y</div>z</div>w';
    expect(convertHtmlText(html, shout)).toBe('<div lang="en">x<div>y</div>z</div>W');
  });

  it('never converts a script, a style or an SVG', () => {
    const html = '<script>var a = "b";</script><style>p{}</style><svg><text>t</text></svg>q';
    expect(convertHtmlText(html, shout)).toBe('<script>var a = "b";</script><style>p{}</style><svg><text>t</text></svg>Q');
  });

  it('passes void elements and comments through without losing its place', () => {
    expect(convertHtmlText('a<br>b<!-- c --><img src="x" alt="d">e', shout)).toBe('A<br>B<!-- c --><img src="x" alt="d">E');
  });
});

describe('overridesSchema', () => {
  it('accepts entries with a reason', () => {
    expect(
      overridesSchema.safeParse([{ id: 'account', simplified: '账号', traditional: '帳號', reason: 'Taiwan and Hong Kong write 帳號.' }])
        .success,
    ).toBe(true);
  });

  it('rejects an entry without a reason, saying why', () => {
    const result = overridesSchema.safeParse([{ id: 'account', simplified: '账号', traditional: '帳號', reason: '' }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('every override needs a reason a later editor can check');
  });

  it('rejects a Simplified term listed twice', () => {
    const entry = { id: 'a', simplified: '账号', traditional: '帳號', reason: 'a reason long enough' };
    const result = overridesSchema.safeParse([entry, { ...entry, id: 'b' }]);
    expect(result.error?.issues[0]?.message).toBe('each Simplified term may be listed once');
  });
});

describe('traditionalConverter', () => {
  it('converts Simplified to Taiwan-standard Traditional forms (s2tw), overrides applied', () => {
    const convert = traditionalConverter([{ id: 'video', simplified: '视频', traditional: '視訊', reason: 'Taiwanese usage for video.' }]);
    expect(convert('为什么里面的视频会议')).toBe('為什麼裡面的視訊會議');
  });

  it('leaves Latin text and numbers as they are', () => {
    expect(traditionalConverter([])('Xinjiang Jin 和 Zoom，23,000')).toBe('Xinjiang Jin 和 Zoom，23,000');
  });
});

describe('uiStrings', () => {
  it('gives Traditional strings converted from the Simplified, with corner-bracket quotation marks', () => {
    const hant = uiStrings('zh-hant', () => 'T');
    expect(hant.notes).toBe('T');
    expect(hant.showNotes(3)).toBe('T');
    expect(hant.nav['/case/']).toBe('T');
    expect([hant.quoteOpen, hant.quoteClose]).toEqual(['「', '」']);
    expect([uiStrings('zh-hans', () => 'T').quoteOpen, uiStrings('zh-hans', () => 'T').quoteClose]).toEqual(['“', '”']);
  });

  it('keeps the English interface words as the site always had them', () => {
    const en = uiStrings('en', () => 'T');
    expect(en.notes).toBe('Notes');
    expect(en.showNotes(12)).toBe('Show the 12 notes');
    expect(en.skipLink).toBe('Skip to content');
  });

  it('writes dates in each edition, and converts the citation dialog words, placeholders kept', () => {
    expect(uiStrings('en', (t) => t).date('2020-12-18')).toBe('18 December 2020');
    expect(uiStrings('zh-hans', (t) => t).date('2020-12-08')).toBe('2020年12月8日');
    const hant = uiStrings('zh-hant', (t) => t.replace('复', '複').replace('关', '關'));
    expect(hant.date('2020-12-18')).toBe('2020年12月18日');
    expect(hant.citeDialog.copy).toBe('複制 {format}');
    expect(hant.citeDialog.close).toBe('關闭');
  });

  it('converts the strings of nested tables (the download list, the offline messages), placeholders kept', () => {
    const hant = uiStrings('zh-hant', (t) => t.replaceAll('网', '網'));
    expect(hant.downloads.titles.zip).toBe('整个網站的 ZIP 压缩包');
    expect(hant.offlineWords.progress).toContain('{files}');
    expect(hant.offlineWords.saved).toBe('整个網站及其搜索功能已保存在此设备上。網站更新时，副本会自动更新。');
    expect(hant.offlineSave('1.8 MB')).toBe('保存整个網站以供离线阅读（1.8 MB）');
  });

  it('has every Simplified string filled in', () => {
    const hans = convertStrings(
      uiStrings('zh-hans', (t) => t),
      (t) => t,
    );
    for (const [key, value] of Object.entries(hans)) if (typeof value === 'string') expect(value, key).not.toBe('');
  });
});

describe('readOverrides', () => {
  const site = (json: string | undefined): string => {
    const root = mkdtempSync(join(tmpdir(), 'zh-overrides-'));
    mkdirSync(join(root, 'content'));
    if (json !== undefined) writeFileSync(join(root, 'content', 'zh-hant-overrides.json'), json);
    return root;
  };

  it('reads a valid list, and an absent one as empty', () => {
    expect(
      readOverrides(site('[{"id":"a","simplified":"账号","traditional":"帳號","reason":"a reason long enough"}]')).overrides,
    ).toHaveLength(1);
    expect(readOverrides(site(undefined))).toEqual({ overrides: [], problems: [] });
  });

  it('names the entry and the field of a bad entry', () => {
    const { problems } = readOverrides(site('[{"id":"a","simplified":"账号","traditional":"帳號","reason":"short"}]'));
    expect(problems[0]).toContain('✖ content/zh-hant-overrides.json, entry 1, "reason"');
    expect(problems[0]).toContain('every override needs a reason a later editor can check');
  });

  it('says where broken JSON breaks', () => {
    expect(readOverrides(site('[{')).problems[0]).toMatch(/content\/zh-hant-overrides\.json\n {4}problem: not valid JSON/);
  });
});
