import { describe, expect, it } from 'vitest';
import { searchableName, suggestedNames } from '../../../src/lib/search/suggestions';

describe('searchableName', () => {
  it('uses the abbreviation a name ends with', () => {
    expect(searchableName('Ministry of State Security (MSS)')).toBe('MSS');
  });

  it('keeps a name without one, and drops quotation marks', () => {
    expect(searchableName('Sean Joyce')).toBe('Sean Joyce');
    expect(searchableName('“Internet police”')).toBe('Internet police');
  });
});

describe('suggestedNames', () => {
  const people = [
    { name: 'Xinjiang Jin', group: 'accused' },
    { name: 'Seth DuCharme', group: 'officials' },
    { name: 'John C. Demers', group: 'officials' },
    { name: 'Ministry of State Security (MSS)', group: 'agencies' },
    { name: 'The Washington Post', group: 'others' },
  ];

  it('takes the first name of each listed group, in the groups’ order', () => {
    expect(suggestedNames(people, ['agencies', 'accused', 'officials'])).toEqual(['MSS', 'Xinjiang Jin', 'Seth DuCharme']);
  });

  it('stops at the limit and skips groups with no one in them', () => {
    expect(suggestedNames(people, ['activists', 'accused', 'officials', 'agencies'], 2)).toEqual(['Xinjiang Jin', 'Seth DuCharme']);
  });
});
