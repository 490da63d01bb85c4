import { describe, expect, it } from 'vitest';
import { foundLittle, mergeResults, parseVocabulary, planQuery, VARIANT_FACTOR } from '../../../src/lib/search/plan';

const table = [
  ['fake', 'fabricated', 'falsified'],
  ['ministry of state security', 'mss'],
  ['two', '2'],
];

describe('planQuery', () => {
  it('searches the words without question and stop words, and highlights them', () => {
    const plan = planQuery('who is Julien Jin', table);
    expect(plan.searched).toBe('Julien Jin');
    expect(plan.variants).toEqual([]);
    expect(plan.highlight).toBe('Julien Jin');
  });

  it('widens the words with the alias table, and highlights the added words on landing', () => {
    const plan = planQuery('what fake evidence', table);
    expect(plan.searched).toBe('fake evidence');
    expect(plan.variants).toEqual(['fabricated evidence', 'falsified evidence']);
    expect(plan.added).toEqual(['fabricated', 'falsified']);
    expect(plan.highlight).toBe('fake evidence fabricated falsified');
  });

  it('finds a name with a stop word in it, and highlights each word once and no stop word', () => {
    const plan = planQuery('Ministry of State Security', table);
    expect(plan.searched).toBe('Ministry State Security');
    expect(plan.variants).toEqual(['mss']);
    expect(plan.highlight).toBe('Ministry State Security mss');
    expect(planQuery('who is Julien Jin', [['julien jin', 'xinjiang jin', 'jin xinjiang']]).highlight).toBe('Julien Jin xinjiang');
  });

  it('widens an abbreviation to its full name and a digit to its word', () => {
    expect(planQuery('MSS', table).added).toEqual(['ministry of state security']);
    expect(planQuery('MSS', table).variants).toEqual(['ministry state security']);
    expect(planQuery('MSS', table).highlight).toBe('MSS ministry state security');
    expect(planQuery('2 meetings', table).variants).toEqual(['two meetings']);
  });

  it('highlights a Chinese query as typed and each added Chinese term apart from it', () => {
    const zh = [['国家安全部', '国安部']];
    const plan = planQuery('国安部', zh);
    expect(plan.added).toEqual(['国家安全部']);
    expect(plan.highlight).toBe('国安部 国家安全部');
    expect(planQuery('国家安全部', zh).highlight).toBe('国家安全部 国安部');
    // Without an alias, the query's words stay together, less its question words.
    expect(planQuery('Jin 是谁', zh).highlight).toBe('Jin');
  });
});

describe('mergeResults', () => {
  const r = (id: string, score: number) => ({ id, score });

  it("keeps each page once, with its best score, a variant's scores scaled below the reader's words, and the reader's own result", () => {
    const merged = mergeResults([
      { results: [r('a', 1), r('b', 0.5)], factor: 1 },
      { results: [r('c', 1), r('b', 2)], factor: VARIANT_FACTOR },
    ]);
    // "b" was found by the reader's words first: it keeps that result, with the variant's better score.
    expect(merged.map((m) => [m.result.id, m.score, m.from])).toEqual([
      ['b', 2 * VARIANT_FACTOR, 0],
      ['a', 1, 0],
      ['c', VARIANT_FACTOR, 1],
    ]);
    // The variant's own result for "b" is kept too: its word locations are the variant's.
    expect(merged[0]?.others).toEqual([r('b', 2)]);
    expect(merged[1]?.others).toEqual([]);
  });

  it("ranks a page the reader's words found above the same score found through an alias", () => {
    const merged = mergeResults([
      { results: [r('own', 0.7)], factor: 1 },
      { results: [r('alias', 1)], factor: VARIANT_FACTOR },
    ]);
    expect(merged.map((m) => m.result.id)).toEqual(['own', 'alias']);
  });

  it('finds nothing in nothing', () => {
    expect(mergeResults([])).toEqual([]);
    expect(mergeResults([{ results: [], factor: 1 }])).toEqual([]);
  });
});

describe('parseVocabulary and foundLittle', () => {
  it('reads one word a line, without blanks', () => {
    expect(parseVocabulary('evanina\nquarantine\n\n')).toEqual(['evanina', 'quarantine']);
  });

  it('calls no page, or one, little', () => {
    expect(foundLittle(0)).toBe(true);
    expect(foundLittle(1)).toBe(true);
    expect(foundLittle(2)).toBe(false);
  });
});
