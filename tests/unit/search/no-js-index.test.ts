import { describe, expect, it } from 'vitest';
import { orderPages } from '../../../src/lib/search/no-js-index';

describe('orderPages', () => {
  it('puts the home page first, then each main page followed by the pages below it, then the rest', () => {
    expect(
      orderPages(
        ['/zzz/', '/related-cases/tiktok/', '/laws/', '/', '/related-cases/', '/related-cases/airbnb/', '/about/'],
        ['/laws/', '/related-cases/', '/about/'],
      ),
    ).toEqual(['/', '/laws/', '/related-cases/', '/related-cases/airbnb/', '/related-cases/tiktok/', '/about/', '/zzz/']);
  });

  it('lists each page once, and only pages that exist', () => {
    expect(orderPages(['/a/', '/a/'], ['/a/', '/missing/'])).toEqual(['/a/']);
  });
});
