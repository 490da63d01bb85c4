import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkSourceTranslations,
  quoteParts,
  sourceEntryHash,
  staleSourceLine,
  type EnglishSourceEntry,
} from '../../../src/lib/translations/source-meta';

const ENGLISH: EnglishSourceEntry = {
  id: 'gazette',
  shortName: 'Fixture Gazette',
  outlet: 'Fixture Gazette',
  outletNote: 'It names itself in the line "In an interview with the Gazette".',
  headlineNote: 'The text has no headline.',
  dateNote: 'The text gives no date.',
  summary: 'A tiny source.',
  reliability: ['It calls the complaint a "lawsuit".', 'It ends with residue.'],
};
const CHINESE = {
  translatedFrom: sourceEntryHash(ENGLISH),
  shortName: '测试公报',
  outlet: '测试公报',
  outletNote: '它在“In an interview with the Gazette”一句中提到自己。',
  headlineNote: '文本没有标题。',
  dateNote: '文本没有日期。',
  summary: '一篇小资料。',
  reliability: ['它把起诉书称为诉讼（“lawsuit”）。', '文本末尾留有残余。'],
};
const check = (zh: Record<string, unknown>, english: EnglishSourceEntry = ENGLISH) =>
  checkSourceTranslations([english], { gazette: zh }, 'content/zh-hans/sources.json');

describe('sourceEntryHash', () => {
  it('changes when any translated field of the English changes, and only then', () => {
    const hash = sourceEntryHash(ENGLISH);
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceEntryHash({ ...ENGLISH })).toBe(hash);
    expect(sourceEntryHash({ ...ENGLISH, summary: 'A tiny source, changed.' })).not.toBe(hash);
    expect(sourceEntryHash({ ...ENGLISH, reliability: [...ENGLISH.reliability, 'A third note.'] })).not.toBe(hash);
    expect(sourceEntryHash({ ...ENGLISH, outlet: null })).not.toBe(hash);
  });

  it('ignores how white space is laid out', () => {
    expect(sourceEntryHash({ ...ENGLISH, summary: 'A  tiny\nsource.' })).toBe(sourceEntryHash(ENGLISH));
  });
});

describe('checkSourceTranslations', () => {
  it('accepts a complete, current translation and finds nothing stale', () => {
    const found = check(CHINESE);
    expect(found.problems).toEqual([]);
    expect(found.stale).toEqual([]);
    expect(found.translations.get('gazette')?.summary).toBe('一篇小资料。');
  });

  it('marks an entry stale when its English changed since translation, with both hashes', () => {
    const changed = { ...ENGLISH, summary: 'A tiny source, rewritten.' };
    const found = check(CHINESE, changed);
    expect(found.problems).toEqual([]);
    expect(found.stale).toEqual([{ id: 'gazette', recorded: CHINESE.translatedFrom, current: sourceEntryHash(changed) }]);
    expect(staleSourceLine(found.stale[0] as (typeof found.stale)[0])).toContain(`"translatedFrom": "${sourceEntryHash(changed)}"`);
  });

  it('stops on a missing entry, printing the entry to write with the hash', () => {
    const found = checkSourceTranslations([ENGLISH], {});
    expect(found.problems).toHaveLength(1);
    expect(found.problems[0]).toContain('content/zh-hans/sources.json, "gazette"');
    expect(found.problems[0]).toContain('no Chinese for the source "gazette"');
    expect(found.problems[0]).toContain(`"translatedFrom": "${sourceEntryHash(ENGLISH)}"`);
    expect(found.translations.size).toBe(0);
  });

  it('stops on a missing field, naming it and quoting the English', () => {
    const { summary: _omitted, ...rest } = CHINESE;
    const found = check(rest);
    expect(found.problems).toHaveLength(1);
    expect(found.problems[0]).toMatch(/field:\s+summary/);
    expect(found.problems[0]).toContain('A tiny source.');
  });

  it('stops on a reliability list of another length than the English', () => {
    const found = check({ ...CHINESE, reliability: ['只有一条。'] });
    expect(found.problems[0]).toContain('needs 2 notes, one for each English note in the same order (it has 1)');
  });

  it('stops on a missing hash, printing the one to record', () => {
    const { translatedFrom: _omitted, ...rest } = CHINESE;
    const found = check(rest);
    expect(found.problems[0]).toContain(`"translatedFrom": "${sourceEntryHash(ENGLISH)}"`);
  });

  it('stops on an entry for a source the registry lacks, and on an unknown field', () => {
    const found = checkSourceTranslations([ENGLISH], { gazette: { ...CHINESE, evidenceNote: '…' }, herald: CHINESE });
    expect(found.problems.some((p) => p.includes('content/sources.json has no source "herald"'))).toBe(true);
    expect(found.problems.some((p) => /field:\s+evidenceNote/.test(p))).toBe(true);
  });

  it('stops on a translated outlet for a source whose English names none', () => {
    const found = check({ ...CHINESE, translatedFrom: sourceEntryHash({ ...ENGLISH, outlet: null }) }, { ...ENGLISH, outlet: null });
    expect(found.problems[0]).toContain('"outlet" translates nothing');
  });

  it('refuses quotation marks around Chinese words, or around English words the English entry does not quote', () => {
    const found = check({ ...CHINESE, summary: '一篇“小”资料。', dateNote: '文本没有“no date”。' });
    expect(found.problems).toHaveLength(2);
    expect(found.problems.every((p) => p.includes('quoted:'))).toBe(true);
    expect(found.problems.some((p) => p.includes('summary') && p.includes('“小”'))).toBe(true);
    expect(found.problems.some((p) => p.includes('dateNote') && p.includes('“no date”'))).toBe(true);
  });

  it('refuses a quotation mark that does not pair', () => {
    const found = check({ ...CHINESE, summary: '一篇“小资料。' });
    expect(found.problems[0]).toContain('does not pair');
  });

  it('holds the site\u2019s own translation file to the site\u2019s registry', () => {
    const root = new URL('../../../', import.meta.url);
    const english = JSON.parse(readFileSync(new URL('content/sources.json', root), 'utf8')) as EnglishSourceEntry[];
    const chinese: unknown = JSON.parse(readFileSync(new URL('content/zh-hans/sources.json', root), 'utf8'));
    const found = checkSourceTranslations(english, chinese);
    expect(found.problems).toEqual([]);
    expect([...found.translations.keys()].sort()).toEqual(english.map((e) => e.id).sort());
  });
});

describe('quoteParts', () => {
  it('splits a field into its Chinese and the English words it quotes', () => {
    expect(quoteParts('它把起诉书称为诉讼（“lawsuit”、“suit”）。')).toEqual([
      { text: '它把起诉书称为诉讼（' },
      { text: 'lawsuit', en: true },
      { text: '、' },
      { text: 'suit', en: true },
      { text: '）。' },
    ]);
  });

  it('reads Traditional corner brackets and straight quotes too, and leaves a field without quotations whole', () => {
    expect(quoteParts('「Go deeper」')).toEqual([{ text: 'Go deeper', en: true }]);
    expect(quoteParts('"Go deeper"')).toEqual([{ text: 'Go deeper', en: true }]);
    expect(quoteParts('没有引文。')).toEqual([{ text: '没有引文。' }]);
  });
});
