import { describe, expect, it } from 'vitest';
import { buildAliasTable, contentQuery, namesOf, widenQuery } from '../../../src/lib/search/aliases';

describe('namesOf', () => {
  it('splits a name that ends with an abbreviation into the full name and the abbreviation', () => {
    expect(namesOf({ name: 'Ministry of State Security (MSS)', aliases: [] })).toEqual(['ministry of state security', 'mss']);
  });

  it('adds the other spellings the sources use', () => {
    expect(namesOf({ name: 'Zhou Fengsuo', aliases: [{ name: 'Zhou Fenglock' }] })).toEqual(['zhou fengsuo', 'zhou fenglock']);
  });
});

describe('buildAliasTable', () => {
  it('keeps only groups of two or more, with number words and synonyms', () => {
    const table = buildAliasTable([{ name: 'Sean Joyce', aliases: [] }], [{ terms: ['Fake', 'fabricated'] }]);
    expect(table).toContainEqual(['fake', 'fabricated']);
    expect(table).toContainEqual(['one', '1']);
    expect(table.some((g) => g.includes('sean joyce'))).toBe(false);
  });
});

describe('contentQuery', () => {
  it('drops question and stop words', () => {
    expect(contentQuery('who is Julien Jin')).toBe('Julien Jin');
    expect(contentQuery('is Jin in US custody')).toBe('Jin US custody');
  });

  it('keeps a query of stop words only', () => {
    expect(contentQuery('the who')).toBe('the who');
  });
});

describe('widenQuery', () => {
  const table = [
    ['fake', 'fabricated'],
    ['xinjiang jin', 'julien jin', 'jin xinjiang'],
    ['one', '1'],
  ];

  it('adds a variant per alias and names the added words', () => {
    expect(widenQuery('fake evidence', table)).toEqual({
      query: 'fake evidence',
      variants: ['fabricated evidence'],
      added: ['fabricated'],
    });
  });

  it('replaces a whole name, not a word inside it', () => {
    expect(widenQuery('Julien Jin', table).variants).toEqual(['xinjiang jin', 'jin xinjiang']);
  });

  it('turns digits into number words and back, as whole words only', () => {
    expect(widenQuery('1 minute', table).variants).toEqual(['one minute']);
    expect(widenQuery('10 users', table).variants).toEqual([]);
  });
});
