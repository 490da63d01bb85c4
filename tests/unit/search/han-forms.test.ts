import { afterEach, describe, expect, it } from 'vitest';
import { inSimplifiedForms, parseSimplifiedForms, simplifiedForms } from '../../../src/lib/search/han-forms';
import { hanContentQuery, hanTerms, splitAsSimplified } from '../../../src/lib/search/han';

describe('simplifiedForms', () => {
  it('lists each Traditional character that differs from its Simplified form, once, sorted', () => {
    const forms = simplifiedForms([
      ['刑事訴狀', '刑事诉状'],
      ['訴狀共 47 頁', '诉状共 47 页'],
    ]);
    expect(forms.text).toBe('狀状\n訴诉\n頁页\n');
    expect(forms).toMatchObject({ characters: 3, skipped: 0 });
  });

  it('keeps the more frequent Simplified form of a character seen with two', () => {
    expect(
      simplifiedForms([
        ['裡裡', '里里'],
        ['裡', '裏'],
      ]).text,
    ).toBe('裡里\n');
  });

  it('skips and counts a pair whose texts do not line up character for character', () => {
    const forms = simplifiedForms([
      ['帳號', '账号码'],
      ['訴', '诉'],
    ]);
    expect(forms).toEqual({ text: '訴诉\n', characters: 1, skipped: 1 });
  });

  it('leaves out what is not a Han character on both sides', () => {
    expect(simplifiedForms([['Zoom「訴」', 'Zoom“诉”']]).text).toBe('訴诉\n');
  });
});

describe('parseSimplifiedForms', () => {
  it('reads the file the build writes back into the same map', () => {
    const map = parseSimplifiedForms(simplifiedForms([['萬用戶', '万用户']]).text);
    expect([...map]).toEqual([
      ['戶', '户'],
      ['萬', '万'],
    ]);
  });

  it('ignores blank and malformed lines', () => {
    expect([...parseSimplifiedForms('\n訴\n訴诉x\nab\n訴诉\n')]).toEqual([['訴', '诉']]);
  });
});

describe('inSimplifiedForms', () => {
  it('writes each mapped character in its Simplified form and keeps the length', () => {
    const map = new Map([
      ['訴', '诉'],
      ['狀', '状'],
    ]);
    const text = 'Jin 的訴狀';
    expect(inSimplifiedForms(text, map)).toBe('Jin 的诉状');
    expect(inSimplifiedForms(text, map)).toHaveLength(text.length);
  });
});

describe('splitAsSimplified', () => {
  afterEach(() => splitAsSimplified(new Map()));
  const forms = parseSimplifiedForms('訴诉\n狀状\n國国\n員员\n麼么\n萬万\n戶户\n');

  it('splits a Traditional query where its Simplified twin splits, keeping the reader’s characters', () => {
    // The browser keeps "訴狀" whole and splits "诉|状"; with the map, both are split alike.
    expect(hanTerms('訴狀')).toEqual(['訴狀']);
    splitAsSimplified(forms);
    expect(hanTerms('诉状')).toEqual(['诉', '状']);
    expect(hanTerms('訴狀')).toEqual(['訴', '狀']);
  });

  it('leaves out a question word the browser glues to its verb in Traditional ("做什麼")', () => {
    expect(hanContentQuery('中國法律要求員工做什麼')).toContain('什麼');
    splitAsSimplified(forms);
    expect(hanContentQuery('中國法律要求員工做什麼')).not.toContain('什麼');
    expect(hanTerms('中國法律要求員工做什麼')).toEqual(['中國', '法律', '要求', '員工', '做']);
  });
});
