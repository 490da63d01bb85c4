import { describe, expect, it } from 'vitest';
import { sectionHashes } from '../../../src/lib/translations/sections';
import { staleLine, staleness } from '../../../src/lib/translations/staleness';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;
const ENGLISH = lines('---', 'title: The case', '---', 'Lede.', '', '<H2 id="charges">The charges</H2>', '', 'Charged.');
const translation = (hashes: Record<string, string>): string =>
  lines('---', 'title: 案件', 'translatedFrom:', ...Object.entries(hashes).map(([k, v]) => `  ${k}: ${v}`), '---', '正文。');
const current = Object.fromEntries(sectionHashes(ENGLISH));

describe('staleness', () => {
  it('finds nothing stale when every recorded hash is the English section\u2019s hash now', () => {
    expect(staleness(ENGLISH, 'content/pages/case.mdx', translation(current), 'content/zh-hans/pages/case.mdx')).toEqual({
      stale: [],
      problems: [],
    });
  });

  it('lists a section whose English changed after translation, with both hashes', () => {
    const changed = ENGLISH.replace('Charged.', 'Charged with two counts.');
    const found = staleness(changed, 'content/pages/case.mdx', translation(current), 'content/zh-hans/pages/case.mdx');
    expect(found.problems).toEqual([]);
    expect(found.stale).toEqual([{ section: 'charges', recorded: current['charges'], current: sectionHashes(changed).get('charges') }]);
  });

  it('asks for the hash of a section the translation recorded none for, printing the line to write', () => {
    const found = staleness(
      ENGLISH,
      'content/pages/case.mdx',
      translation({ top: current['top'] as string }),
      'content/zh-hans/pages/case.mdx',
    );
    expect(found.problems).toHaveLength(1);
    expect(found.problems[0]).toContain('✖ content/zh-hans/pages/case.mdx');
    expect(found.problems[0]).toContain('the translation records no hash for "charges" of content/pages/case.mdx');
    expect(found.problems[0]).toContain(`charges: ${current['charges']}`);
  });

  it('reports a hash recorded for a section the English page does not have', () => {
    const found = staleness(
      ENGLISH,
      'content/pages/case.mdx',
      translation({ ...current, gone: '0123456789ab' }),
      'content/zh-hans/pages/case.mdx',
    );
    expect(found.problems[0]).toContain('content/pages/case.mdx has no section "gone"');
  });
});

describe('staleLine', () => {
  it('names the file, the section and what to record once the translation is updated', () => {
    expect(staleLine('zh.mdx', 'en.mdx', { section: 'charges', recorded: 'aaaaaaaaaaaa', current: 'bbbbbbbbbbbb' })).toBe(
      'zh.mdx: section "charges" was translated from an older en.mdx (recorded aaaaaaaaaaaa, now bbbbbbbbbbbb). Update the translation, then record charges: bbbbbbbbbbbb.',
    );
  });
});
