import { describe, expect, it } from 'vitest';
import { buildAliasTable, contentQuery, namesOf, widenQuery, traditionalTable } from '../../../src/lib/search/aliases';

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

  it('drops a last word of one letter, the start of a word still being typed, after other words', () => {
    expect(contentQuery('Sean J')).toBe('Sean');
    expect(contentQuery('who is Sean J')).toBe('Sean');
    expect(contentQuery('rectification p')).toBe('rectification');
    expect(contentQuery('one-m')).toBe('one');
    expect(contentQuery('one-')).toBe('one');
    expect(contentQuery('the one-m rule')).toBe('one-m rule');
  });

  it('keeps a one-letter word that is the whole query, not last, or a digit', () => {
    expect(contentQuery('J')).toBe('J');
    expect(contentQuery('who is J')).toBe('J');
    expect(contentQuery('J Jin')).toBe('J Jin');
    expect(contentQuery('Article 7')).toBe('Article 7');
    expect(contentQuery('Sean Jo')).toBe('Sean Jo');
    expect(contentQuery('one-minute')).toBe('one-minute');
    expect(contentQuery('one-mi')).toBe('one-mi');
    expect(contentQuery('-m')).toBe('-m');
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

describe('Chinese aliases', () => {
  const simplified = [
    ['国家安全部', '国安部'],
    ['MSS', 'Ministry of State Security'],
    ['国门', '國门'],
  ];
  const table = traditionalTable(simplified, (t) => t.replace(/国/g, '國'));

  it('in the Traditional table, convert each Chinese term, leave Latin terms alone, and drop a group that becomes one term', () => {
    expect(table).toEqual([
      ['國家安全部', '國安部'],
      ['MSS', 'Ministry of State Security'],
    ]);
  });

  it('widen a Chinese query wherever the term stands, since Chinese has no spaces', () => {
    expect(widenQuery('國安部是什么', table)).toEqual({ query: '國安部是什么', variants: ['國家安全部是什么'], added: ['國家安全部'] });
    expect(widenQuery('国安部', simplified).added).toEqual(['国家安全部']);
  });
});
