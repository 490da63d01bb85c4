import { describe, expect, it } from 'vitest';
import { checkChangelog, datesFor, newestFirst, type ChangeEntry } from '../../../src/lib/publishing/changelog';

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
