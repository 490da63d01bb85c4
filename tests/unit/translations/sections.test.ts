import { describe, expect, it } from 'vitest';
import { pageSections, recordedHashes, sectionHash, sectionHashes } from '../../../src/lib/translations/sections';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;
const PAGE = lines(
  '---',
  'title: The case',
  'description: What happened.',
  'next: laws',
  '---',
  '',
  'Lede.<Cite source="a" quote="x y z" />',
  '',
  '<H2 id="charges">The charges</H2>',
  '',
  'Charged.',
  '',
  '<H3 id="counts">Counts</H3>',
  '',
  'Two counts.',
);

describe('pageSections', () => {
  it('cuts a page at each H2 and H3, with the shown frontmatter and the lede as "top"', () => {
    const sections = pageSections(PAGE);
    expect(sections.map((s) => s.id)).toEqual(['top', 'charges', 'counts']);
    expect(sections[0]?.text).toContain('title: The case');
    expect(sections[0]?.text).toContain('Lede.');
    expect(sections[0]?.text).not.toContain('next: laws');
    expect(sections[1]?.text).toContain('Charged.');
    expect(sections[1]?.text).not.toContain('Two counts.');
  });
});

describe('sectionHash', () => {
  it('is 12 hexadecimal digits', () => {
    expect(sectionHash('anything')).toMatch(/^[0-9a-f]{12}$/);
  });

  it('changes when a word changes', () => {
    expect(sectionHash('Zoom said it fired Jin.')).not.toBe(sectionHash('Zoom said it fired him.'));
  });

  it('ignores trailing spaces and blank lines', () => {
    expect(sectionHash('a\n\nb  \n')).toBe(sectionHash('a\nb'));
  });
});

describe('sectionHashes', () => {
  it('changes only the hash of the section whose words changed', () => {
    const before = sectionHashes(PAGE);
    const after = sectionHashes(PAGE.replace('Two counts.', 'Three counts.'));
    expect(after.get('counts')).not.toBe(before.get('counts'));
    expect(after.get('charges')).toBe(before.get('charges'));
    expect(after.get('top')).toBe(before.get('top'));
  });

  it('does not make "top" stale when only the reading order (next:) changes', () => {
    expect(sectionHashes(PAGE.replace('next: laws', 'next: case')).get('top')).toBe(sectionHashes(PAGE).get('top'));
  });
});

describe('recordedHashes', () => {
  it('reads the hashes under translatedFrom:, with their lines', () => {
    const source = lines(
      '---',
      'title: 案件',
      'translatedFrom:',
      '  top: 0123456789ab',
      '  charges: "ba9876543210"',
      'description: x',
      '---',
    );
    const { hashes, problems } = recordedHashes(source);
    expect([...hashes]).toEqual([
      ['top', { hash: '0123456789ab', line: 4 }],
      ['charges', { hash: 'ba9876543210', line: 5 }],
    ]);
    expect(problems).toEqual([]);
  });

  it('reports a line it cannot read', () => {
    const { problems } = recordedHashes(lines('---', 'translatedFrom:', '  top: 123', '---'));
    expect(problems).toEqual([{ line: 3, text: 'top: 123' }]);
  });
});
