import { describe, expect, it } from 'vitest';
import { activeSection, curlyQuotes, needsToc, nestHeadings, type TocHeading } from '../../../src/lib/linking/contents';

const h = (level: 2 | 3, id: string): TocHeading => ({ level, id, text: id.toUpperCase() });

describe('nestHeadings', () => {
  it('nests each level-3 heading under the level-2 heading before it', () => {
    const entries = nestHeadings([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(3, 'b1')]);
    expect(entries.map((e) => [e.id, e.children.map((c) => c.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ]);
  });

  it('keeps a level-3 heading that comes before any level-2 heading at the top level', () => {
    expect(nestHeadings([h(3, 'lead'), h(2, 'a')]).map((e) => e.id)).toEqual(['lead', 'a']);
  });

  it('shows quotes curled, as the page\u2019s headings do', () => {
    expect(nestHeadings([{ level: 2, id: 'x', text: 'Zoom\'s "rectification" plan' }])[0]?.text).toBe('Zoom’s “rectification” plan');
  });

  it('leaves out a heading without an id, which has nothing to link to', () => {
    expect(nestHeadings([{ level: 2, id: '', text: 'No id' }, h(2, 'a')]).map((e) => e.id)).toEqual(['a']);
  });

  it('collapses runs of white space in heading text', () => {
    expect(nestHeadings([{ level: 2, id: 'x', text: '  The\n one-minute   rule ' }])[0]?.text).toBe('The one-minute rule');
  });
});

describe('curlyQuotes', () => {
  it('curls double quotes, opening and closing', () => {
    expect(curlyQuotes('The "quarantine" idea')).toBe('The “quarantine” idea');
    expect(curlyQuotes('"Fell short"')).toBe('“Fell short”');
  });

  it('curls apostrophes and single quotes', () => {
    expect(curlyQuotes("Zoom's suspension")).toBe('Zoom’s suspension');
    expect(curlyQuotes("the 'internet police'")).toBe('the ‘internet police’');
  });

  it('leaves text without quotes as it is', () => {
    expect(curlyQuotes('The one-minute rule')).toBe('The one-minute rule');
  });
});

describe('needsToc', () => {
  it('gives long pages a table of contents and leaves short ones without', () => {
    expect(needsToc([h(2, 'a'), h(2, 'b'), h(2, 'c'), h(2, 'd')])).toBe(true);
    expect(needsToc([h(2, 'a'), h(2, 'b'), h(2, 'c'), h(3, 'd'), h(3, 'e')])).toBe(false);
  });

  it('takes another threshold when asked', () => {
    expect(needsToc([h(2, 'a'), h(2, 'b')], 2)).toBe(true);
  });
});

describe('activeSection', () => {
  it('is the last heading that has scrolled up past the line', () => {
    expect(activeSection([-400, -20, 150, 900], 120)).toBe(1);
    expect(activeSection([-400, -20, 100, 900], 120)).toBe(2);
  });

  it('is -1 before the first heading reaches the line', () => {
    expect(activeSection([300, 900], 120)).toBe(-1);
  });

  it('is the last section at the end of the page, even if its heading never reached the line', () => {
    expect(activeSection([-900, -200, 400], 120, true)).toBe(2);
  });

  it('is -1 on a page without headings', () => {
    expect(activeSection([], 120, true)).toBe(-1);
  });
});
