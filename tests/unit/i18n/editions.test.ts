import { describe, expect, it } from 'vitest';
import { bilingualPath, chinesePageOf, editionOf, editionPath, englishPath, isBilingual, versionsOf } from '../../../src/lib/i18n/editions';

describe('editionOf', () => {
  it('names the edition of a path by its prefix, English at the root', () => {
    expect(editionOf('/zh-hans/case/')).toBe('zh-hans');
    expect(editionOf('/zh-hant/')).toBe('zh-hant');
    expect(editionOf('/case/')).toBe('en');
    expect(editionOf('/')).toBe('en');
  });

  it('does not take a page whose name merely starts like a prefix for an edition', () => {
    expect(editionOf('/zh-hans-notes/')).toBe('en');
  });
});

describe('englishPath', () => {
  it('strips the edition prefix and keeps the rest of the path', () => {
    expect(englishPath('/zh-hans/related-cases/tiktok/')).toBe('/related-cases/tiktok/');
    expect(englishPath('/zh-hant/')).toBe('/');
    expect(englishPath('/laws/')).toBe('/laws/');
  });
});

describe('editionPath', () => {
  it('puts an English path under an edition prefix', () => {
    expect(editionPath('zh-hant', '/case/')).toBe('/zh-hant/case/');
    expect(editionPath('zh-hans', '/')).toBe('/zh-hans/');
    expect(editionPath('en', '/case/')).toBe('/case/');
  });

  it('rejects a path that is not a site path', () => {
    expect(() => editionPath('zh-hans', 'case/')).toThrow(/not a site path/);
  });
});

describe('versionsOf', () => {
  it('lists the English page and both Chinese twins of a translated page, from any of them', () => {
    const expected = [
      { edition: 'en', path: '/case/' },
      { edition: 'zh-hans', path: '/zh-hans/case/' },
      { edition: 'zh-hant', path: '/zh-hant/case/' },
    ];
    expect(versionsOf('/case/', new Set(['/case/']))).toEqual(expected);
    expect(versionsOf('/zh-hant/case/', new Set(['/case/']))).toEqual(expected);
  });

  it('lists nothing for a page without a translation', () => {
    expect(versionsOf('/laws/', new Set(['/case/']))).toEqual([]);
  });
});

describe('isBilingual, chinesePageOf and bilingualPath', () => {
  it('recognise a 中英对照 view only under a Chinese edition’s bilingual folder', () => {
    expect(isBilingual('/zh-hans/bilingual/case/')).toBe(true);
    expect(isBilingual('/zh-hant/bilingual/')).toBe(true);
    expect(isBilingual('/zh-hans/case/')).toBe(false);
    expect(isBilingual('/bilingual/')).toBe(false);
    expect(isBilingual('/zh-hans/bilingual-notes/')).toBe(false);
  });

  it('lead from a view to the Chinese page it shows and back', () => {
    expect(chinesePageOf('/zh-hant/bilingual/related-cases/tiktok/')).toBe('/zh-hant/related-cases/tiktok/');
    expect(chinesePageOf('/zh-hans/bilingual/')).toBe('/zh-hans/');
    expect(chinesePageOf('/zh-hans/case/')).toBe('/zh-hans/case/');
    expect(bilingualPath('zh-hans', '/case/')).toBe('/zh-hans/bilingual/case/');
    expect(bilingualPath('zh-hant', '/')).toBe('/zh-hant/bilingual/');
  });

  it('give a view the English page of its Chinese page, and no versions of its own', () => {
    expect(englishPath('/zh-hans/bilingual/case/')).toBe('/case/');
    expect(englishPath('/zh-hant/bilingual/')).toBe('/');
    expect(versionsOf('/zh-hans/bilingual/case/', new Set(['/case/']))).toEqual([]);
  });
});
