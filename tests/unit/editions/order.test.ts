import { describe, expect, it } from 'vitest';
import { editionOrder } from '../../../src/lib/editions/order';

describe('editionOrder', () => {
  const next = new Map<string, string | undefined>([
    ['/', '/case/'],
    ['/case/', '/sources/'],
    ['/sources/', '/about/'],
    ['/about/', undefined],
  ]);
  it('follows the "Next" links and puts the source pages right after /sources/', () => {
    expect(editionOrder('/', next, ['/sources/b/', '/sources/a/'])).toEqual([
      '/',
      '/case/',
      '/sources/',
      '/sources/b/',
      '/sources/a/',
      '/about/',
    ]);
  });
  it('appends the source pages when the chain has no /sources/', () => {
    expect(editionOrder('/', new Map([['/', undefined]]), ['/sources/a/'])).toEqual(['/', '/sources/a/']);
  });
  it('fails on a loop instead of running for ever', () => {
    expect(() =>
      editionOrder(
        '/',
        new Map([
          ['/', '/case/'],
          ['/case/', '/'],
        ]),
        [],
      ),
    ).toThrow(/loop back to \/ after \/ → \/case\//);
  });
});
