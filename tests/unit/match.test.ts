import { describe, expect, it, vi } from 'vitest';
import { findOccurrences, matchExcerpt, MIN_EXCERPT_WORDS } from '../../src/lib/match';
import { normalizeWithMap } from '../../src/lib/normalize';
import { splitPassages } from '../../src/lib/passages';

// The real normaliser, wrapped so a test can count which texts it is asked to normalise.
vi.mock('../../src/lib/normalize', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/normalize')>();
  return { ...original, normalizeWithMap: vi.fn(original.normalizeWithMap) };
});

const passages = splitPassages(
  [
    'A now-former Zoom executive based in China has been charged.',
    'Xinjiang Jin served as Zoom\u2019s \u201Cprimary liaison\u201D with Chinese law enforcement \u2014 the complaint said.',
    'Zoom said it would cooperate with the investigation.',
    'Zoom said it would cooperate with regulators.',
    'The  category of   recited words\u2026 in court.',
  ].join('\n\n'),
);

describe('findOccurrences', () => {
  it('finds an excerpt typed with straight quotes and a hyphen in a seed with curly quotes and a dash', () => {
    const found = findOccurrences(passages, 'served as Zoom\'s "primary liaison" with Chinese law enforcement - the');
    expect(found).toHaveLength(1);
    const [hit] = found;
    expect(hit?.passage.id).toBe('p2');
    expect(hit && hit.passage.text.slice(hit.start, hit.end)).toBe(
      'served as Zoom\u2019s \u201Cprimary liaison\u201D with Chinese law enforcement \u2014 the',
    );
  });

  it('gives start and end in the original passage text, across collapsed spaces', () => {
    const [hit] = findOccurrences(passages, 'category of recited');
    expect(hit?.passage.id).toBe('p5');
    expect(hit?.start).toBe(5);
    expect(hit && hit.passage.text.slice(hit.start, hit.end)).toBe('category of   recited');
  });

  it('ends a span on an ellipsis after the whole ellipsis character', () => {
    const [hit] = findOccurrences(passages, 'recited words...');
    expect(hit && hit.passage.text.slice(hit.start, hit.end)).toBe('recited words\u2026');
  });

  it('ignores a match that starts inside a word', () => {
    expect(findOccurrences(passages, 'cited words')).toEqual([]);
    expect(findOccurrences(passages, 'ategory of recited')).toEqual([]);
  });

  it('ignores a match that ends inside a word', () => {
    expect(findOccurrences(passages, 'The categ')).toEqual([]);
    expect(findOccurrences(passages, 'Zoom said it would coop')).toEqual([]);
  });

  it('accepts a match next to punctuation', () => {
    const [hit] = findOccurrences(passages, 'has been charged');
    expect(hit && hit.passage.text.slice(hit.end)).toBe('.');
  });

  it('lists every occurrence, in passage order', () => {
    const found = findOccurrences(passages, 'Zoom said it would cooperate with');
    expect(found.map((l) => l.passage.id)).toEqual(['p3', 'p4']);
    expect(found.map((l) => [l.start, l.end])).toEqual([
      [0, 33],
      [0, 33],
    ]);
  });

  it('lists two occurrences within one passage', () => {
    const found = findOccurrences(splitPassages('He said no. He said no. Then left.'), 'He said no.');
    expect(found.map((l) => [l.passage.id, l.start])).toEqual([
      ['p1', 0],
      ['p1', 12],
    ]);
  });

  it('finds nothing for an empty or blank excerpt', () => {
    expect(findOccurrences(passages, '')).toEqual([]);
    expect(findOccurrences(passages, '  \n ')).toEqual([]);
  });

  it('finds nothing in no passages', () => {
    expect(findOccurrences([], 'Zoom said it would')).toEqual([]);
  });

  it('matches letter case exactly', () => {
    expect(findOccurrences(passages, 'zoom said it would cooperate with the')).toEqual([]);
  });

  it('normalises each passage once, however many excerpts are looked up', () => {
    const fresh = splitPassages('One passage of words here.\nAnother passage of other words.');
    const normalize = vi.mocked(normalizeWithMap);
    normalize.mockClear();
    for (const quote of ['passage of words', 'passage of other', 'not in either', 'Another passage']) {
      findOccurrences(fresh, quote);
      matchExcerpt(fresh, quote);
    }
    for (const passage of fresh) expect(normalize.mock.calls.filter(([text]) => text === passage.text)).toHaveLength(1);
  });
});

describe('matchExcerpt', () => {
  it('needs at least three words', () => {
    expect(MIN_EXCERPT_WORDS).toBe(3);
  });

  it('returns the single location of an excerpt found once', () => {
    const result = matchExcerpt(passages, 'based in China has been charged');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.location.passage.id).toBe('p1');
    expect(result.location.passage.text.slice(result.location.start, result.location.end)).toBe(
      'based in China has been charged',
    );
  });

  it('accepts an excerpt of exactly three words', () => {
    expect(matchExcerpt(passages, 'Chinese law enforcement').ok).toBe(true);
  });

  it('matches after normalisation, ignoring typography and spacing differences', () => {
    const result = matchExcerpt(passages, '  Zoom\'s  "primary liaison"  ');
    expect(result.ok && result.location.passage.id).toBe('p2');
  });

  it('reports an empty excerpt as empty', () => {
    expect(matchExcerpt(passages, '')).toEqual({ ok: false, reason: 'empty' });
    expect(matchExcerpt(passages, ' \t ')).toEqual({ ok: false, reason: 'empty' });
    expect(matchExcerpt(passages, '\u200B')).toEqual({ ok: false, reason: 'empty' });
  });

  it('rejects an excerpt under three words with its word count', () => {
    expect(matchExcerpt(passages, 'primary liaison')).toEqual({ ok: false, reason: 'too-short', words: 2 });
    expect(matchExcerpt(passages, 'Zoom')).toEqual({ ok: false, reason: 'too-short', words: 1 });
  });

  it('does not count punctuation as words when checking the length', () => {
    expect(matchExcerpt(passages, '\u2014 Zoom \u2014 said \u2014')).toEqual({ ok: false, reason: 'too-short', words: 2 });
  });

  it('checks the length before looking the excerpt up', () => {
    expect(matchExcerpt(passages, 'not there')).toEqual({ ok: false, reason: 'too-short', words: 2 });
  });

  it('reports an excerpt that is not in the passages as not found', () => {
    expect(matchExcerpt(passages, 'Zoom said it would comply')).toEqual({ ok: false, reason: 'not-found' });
  });

  it('reports an excerpt whose words differ only in case as not found', () => {
    expect(matchExcerpt(passages, 'Based In China')).toEqual({ ok: false, reason: 'not-found' });
  });

  it('reports an excerpt found only inside longer words as not found', () => {
    expect(matchExcerpt(passages, 'ategory of recited')).toEqual({ ok: false, reason: 'not-found' });
  });

  it('rejects a quote that appears twice in the source, naming both passages', () => {
    const result = matchExcerpt(passages, 'Zoom said it would cooperate');
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'ambiguous') throw new Error(`expected ambiguous, got ${JSON.stringify(result)}`);
    expect(result.locations.map((l) => l.passage.id)).toEqual(['p3', 'p4']);
  });

  it('accepts a longer excerpt of the same passage once it points at one place', () => {
    const result = matchExcerpt(passages, 'Zoom said it would cooperate with the investigation');
    expect(result.ok && result.location.passage.id).toBe('p3');
  });
});
