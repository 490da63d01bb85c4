import { describe, expect, it } from 'vitest';
import { countPages, isPageTop, pageFilterCounts, pageOf, recordPages } from '../../../src/lib/search/record-pages';

const records = [
  { id: 'en_3', url: '/case/#b', filters: { topic: ['case'], source: ['axios'] } },
  { id: 'en_1', url: '/case/', filters: { topic: ['case'], source: ['axios'] } },
  { id: 'en_2', url: '/laws/', filters: { topic: ['laws'], source: ['axios', 'epoch'] } },
  { id: 'en_4', url: '/case/#c', filters: { topic: ['case'], source: ['axios'] } },
];

describe('recordPages', () => {
  const table = recordPages(records);

  it('gives each record its page (its URL without the fragment), and each page its top record and filters', () => {
    expect(table.pages).toEqual([
      { top: 'en_1', filters: { topic: ['case'], source: ['axios'] } },
      { top: 'en_2', filters: { topic: ['laws'], source: ['axios', 'epoch'] } },
    ]);
    expect(table.records).toEqual({ en_1: 0, en_3: 0, en_4: 0, en_2: 1 });
  });

  it('is the same whatever order the records come in', () => {
    expect(recordPages([...records].reverse())).toEqual(table);
  });

  it('fails when a page has chapters but no record at its own URL', () => {
    expect(() => recordPages([{ id: 'en_9', url: '/case/#b', filters: {} }])).toThrow(/chapters of \/case\/ but no record at its own URL/);
  });

  it('counts pages, not records, and takes a record it does not list for a page of its own', () => {
    expect(countPages(table, ['en_1', 'en_3', 'en_4'])).toBe(1);
    expect(countPages(table, ['en_3', 'en_2', 'zh_7'])).toBe(3);
    expect(countPages(undefined, ['a', 'b', 'a'])).toBe(2);
    expect(pageOf(table, 'en_4')).toBe(0);
    expect(pageOf(undefined, 'en_4')).toBe('en_4');
  });

  it('knows a page top from a chapter', () => {
    expect(isPageTop(table, 'en_1')).toBe(true);
    expect(isPageTop(table, 'en_3')).toBe(false);
    expect(isPageTop(table, 'zh_7')).toBe(true);
    expect(isPageTop(undefined, 'en_3')).toBe(true);
  });

  it('counts, per filter value, the pages of the records', () => {
    expect(pageFilterCounts(table, ['en_3', 'en_4', 'en_2', 'unknown'])).toEqual({
      topic: { case: 1, laws: 1 },
      source: { axios: 2, epoch: 1 },
    });
  });
});
