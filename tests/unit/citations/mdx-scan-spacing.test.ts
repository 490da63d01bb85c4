import { describe, expect, it } from 'vitest';
import { scanMdx } from '../../../src/lib/citations/mdx-scan';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;
const spaced = (...rows: string[]): number[] => scanMdx(lines(...rows)).spacedCites ?? [];

describe('scanMdx spacedCites', () => {
  it('lists a space before a <Cite> with the line of the Cite', () => {
    expect(spaced('Intro.<Cite source="a" quote="x y z" />', '', 'Zoom agreed <Cite source="a" quote="x y w" />')).toEqual([3]);
  });

  it('does not list a <Cite> that follows its sentence directly', () => {
    const scan = scanMdx(
      lines(
        'Zoom agreed.<Cite source="a" quote="x y z" />',
        '',
        'Then more.<Cite source="b" quote="x y w" /> And more.<Cite source="c" quote="x y v" />',
      ),
    );
    expect(scan.spacedCites ?? []).toEqual([]);
    expect(scan.cites).toHaveLength(3);
  });

  it('leaves spacedCites out of a scan with no spaced citation', () => {
    expect(scanMdx(lines('Text.<Cite source="a" quote="x y z" />')).spacedCites).toBeUndefined();
  });

  it('lists each spaced <Cite> of a paragraph, and only those', () => {
    expect(
      spaced('One <Cite source="a" quote="x y z" /> two.<Cite source="b" quote="x y w" /> three <Cite source="c" quote="x y v" />'),
    ).toEqual([1, 1]);
  });

  it('gives the line of the Cite, not the first line of its paragraph', () => {
    expect(spaced('A sentence that runs', 'over two lines <Cite source="a" quote="x y z" />')).toEqual([2]);
  });

  it('counts any whitespace, such as a tab, as a space', () => {
    expect(spaced('Text.\t<Cite source="a" quote="x y z" />')).toEqual([1]);
  });

  it('finds a spaced <Cite> after inline markup, in list items and in blockquotes', () => {
    expect(
      spaced(
        'Said *Zoom* <Cite source="a" quote="x y z" />',
        '',
        '- An item <Cite source="b" quote="x y z" />',
        '',
        '> Quoted <Cite source="c" quote="x y z" />',
      ),
    ).toEqual([1, 3, 5]);
  });

  it('does not list a <Cite> directly after inline markup', () => {
    expect(spaced('Said *Zoom*<Cite source="a" quote="x y z" />')).toEqual([]);
  });

  it('does not list a <Cite> standing alone as a block', () => {
    expect(spaced('Text.', '', '<Cite source="a" quote="x y z" />')).toEqual([]);
  });

  it('keeps true line numbers after frontmatter', () => {
    expect(spaced('---', 'title: A page', '---', '', 'Text <Cite source="a" quote="x y z" />')).toEqual([5]);
  });
});

describe('scanMdx joinsPrevious', () => {
  it('marks a <Cite> written right after another, white space at most between them', () => {
    const scan = scanMdx(
      lines(
        'A.<Cite source="a" quote="x y z" /><Cite source="b" quote="x y z" /> <Cite source="c" quote="x y z" /> B.<Cite source="a" quote="u v w" />',
        '',
        '<Cite source="b" quote="u v w" /> starts a paragraph.',
      ),
    );
    expect(scan.cites.map((c) => [c.source, c.joinsPrevious ?? false])).toEqual([
      ['a', false],
      ['b', true],
      ['c', true],
      ['a', false],
      ['b', false],
    ]);
  });
});
