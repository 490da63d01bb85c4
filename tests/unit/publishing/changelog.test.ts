import { describe, expect, it } from 'vitest';
import {
  checkChangelog,
  datesFor,
  editionEntries,
  listedChanges,
  newestFirst,
  type ChangeEntry,
} from '../../../src/lib/publishing/changelog';

const entries: ChangeEntry[] = [
  { id: 'first', date: '2026-11-21', summary: 'First publication.', pages: ['/', '/case/'] },
  { id: 'fix', date: '2026-12-02', summary: 'A correction on the case page.', pages: ['/case/'] },
];

describe('datesFor', () => {
  it('gives the first and latest dates of a page', () => {
    expect(datesFor(entries, '/case/')).toEqual({ published: '2026-11-21', updated: '2026-12-02' });
    expect(datesFor(entries, '/')).toEqual({ published: '2026-11-21', updated: '2026-11-21' });
    expect(datesFor(entries, '/laws/')).toBeUndefined();
  });
});

describe('checkChangelog', () => {
  it('passes when every page is dated and every entry is sound', () => {
    expect(checkChangelog(entries, ['/', '/case/'])).toEqual([]);
  });

  it('names a bad date, an unknown page and an undated page', () => {
    const bad: ChangeEntry[] = [{ id: 'oops', date: '2026-02-30', summary: 'x', pages: ['/', '/nope/'] }];
    expect(checkChangelog(bad, ['/', '/case/'])).toEqual([
      'content/changelog.json, entry "oops": "2026-02-30" is not a date written YYYY-MM-DD.',
      'content/changelog.json, entry "oops": "/nope/" is not a page of the site.',
      'content/changelog.json: no entry names /case/, so it has no publication date. Add it to the entry that published it.',
    ]);
  });
});

describe('the Chinese editions in the changelog', () => {
  const zh: ChangeEntry[] = [
    ...entries,
    {
      id: 'zh-case',
      date: '2026-12-03',
      summary: 'The case page in Chinese.',
      summaryZh: '案件页的中文版。',
      pages: ['/zh-hans/case/', '/zh-hant/case/'],
    },
    { id: 'about', date: '2026-12-04', summary: 'A note on the Chinese editions.', pages: ['/case/'] },
  ];

  it('asks an entry that names a Chinese page for its summary in Chinese', () => {
    const urls = ['/', '/case/', '/zh-hans/case/', '/zh-hant/case/'];
    expect(checkChangelog(zh, urls)).toEqual([]);
    const bare = zh.map((e) => (e.id === 'zh-case' ? { ...e, summaryZh: undefined } : e));
    expect(checkChangelog(bare, urls)).toEqual([
      'content/changelog.json, entry "zh-case": it names /zh-hans/case/, a page of the Chinese editions, so their feeds list it: add "summaryZh", the summary in Simplified Chinese.',
    ]);
  });

  it("gives an edition's feed the entries naming its pages, in Chinese, with only its own pages", () => {
    expect(editionEntries(zh, 'zh-hant', (t) => t.replace('页', '頁'))).toEqual([
      { id: 'zh-case', date: '2026-12-03', summary: '案件頁的中文版。', pages: ['/zh-hant/case/'] },
    ]);
    expect(editionEntries(entries, 'zh-hans', (t) => t)).toEqual([]);
  });

  it('lists every change on a Chinese about page, newest first: the Chinese summary where there is one, else the English, marked English', () => {
    const listed = listedChanges(zh, 'zh-hant', (t) => t.replace('页', '頁'));
    expect(listed.map((e) => e.id)).toEqual(newestFirst(zh).map((e) => e.id));
    expect(listed.map((e) => e.id).slice(0, 2)).toEqual(['about', 'zh-case']);
    expect(listed[0]).toEqual({ id: 'about', date: '2026-12-04', summary: 'A note on the Chinese editions.', lang: 'en', pages: 1 });
    expect(listed[1]).toEqual({ id: 'zh-case', date: '2026-12-03', summary: '案件頁的中文版。', pages: 2 });
    const english = listedChanges(zh, 'en', (t) => `converted ${t}`);
    expect(english.map((e) => e.summary)).toEqual(newestFirst(zh).map((e) => e.summary));
    expect(english.every((e) => e.lang === undefined)).toBe(true);
  });
});

describe('newestFirst', () => {
  it('orders entries newest first, keeping file order for a shared date', () => {
    const list = [
      { date: '2026-01-01', n: 1 },
      { date: '2026-02-01', n: 2 },
      { date: '2026-01-01', n: 3 },
    ];
    expect(newestFirst(list).map((e) => e.n)).toEqual([2, 1, 3]);
  });
});
