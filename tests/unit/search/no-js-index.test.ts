import { describe, expect, it } from 'vitest';
import { nestHeadings, orderPages } from '../../../src/lib/search/no-js-index';

describe('nestHeadings', () => {
  it('puts each h3 under the h2 before it', () => {
    expect(
      nestHeadings([
        { level: 2, id: 'a', text: 'A' },
        { level: 3, id: 'a1', text: 'A1' },
        { level: 3, id: 'a2', text: 'A2' },
        { level: 2, id: 'b', text: 'B' },
      ]),
    ).toEqual([
      { id: 'a', text: 'A', sections: [{ id: 'a1', text: 'A1', sections: [] }, { id: 'a2', text: 'A2', sections: [] }] },
      { id: 'b', text: 'B', sections: [] },
    ]);
  });

  it('keeps headings with no parent at the top', () => {
    expect(nestHeadings([{ level: 3, id: 'x', text: 'X' }, { level: 3, id: 'y', text: 'Y' }]).map((s) => s.id)).toEqual(['x', 'y']);
  });

  it('skips headings without an id', () => {
    expect(nestHeadings([{ level: 2, id: '', text: 'No id' }])).toEqual([]);
  });
});

describe('orderPages', () => {
  it('puts the home page first, then each main page followed by the pages below it, then the rest', () => {
    expect(
      orderPages(['/zzz/', '/related-cases/tiktok/', '/laws/', '/', '/related-cases/', '/related-cases/airbnb/', '/about/'], ['/laws/', '/related-cases/', '/about/']),
    ).toEqual(['/', '/laws/', '/related-cases/', '/related-cases/airbnb/', '/related-cases/tiktok/', '/about/', '/zzz/']);
  });

  it('lists each page once, and only pages that exist', () => {
    expect(orderPages(['/a/', '/a/'], ['/a/', '/missing/'])).toEqual(['/a/']);
  });
});
