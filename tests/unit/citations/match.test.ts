import { describe, expect, it, vi } from 'vitest';
import { containsWords, findOccurrences, matchExcerpt, MIN_EXCERPT_WORDS } from '../../../src/lib/citations/match';
import { normalizeWithMap } from '../../../src/lib/citations/normalize';
import { splitPassages, type Passage } from '../../../src/lib/citations/passages';

// The real normaliser, wrapped so a test can count which texts it is asked to normalise.
vi.mock('../../../src/lib/citations/normalize', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/citations/normalize')>();
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

// Passages as the seeds print them: curly apostrophes, unspaced em dashes, numbers with commas.
const seed = splitPassages(
  [
    'Zhou Fenglock, a former Tiananmen student leader, hosted the aforementioned May 31 event, which was watched by about 4,000 people worldwide. He recalls that many of the speakers were cut off.',
    'At the request of the Chinese Ministry of Public Security, U.S. employees sent a spreadsheet containing account IDs and user IDs for about 23,000 users.',
    'The Ministry of State Security has asked Zoom to sign a non-disclosure agreement to keep the Communist Party\u2019s requests confidential.',
    'This especially applies to companies that operate in different countries and cultures. A company can\u2019t say it stands for rights and then unfailingly do the bidding of the Chinese Communist Party.',
    'From the complaint, one can see Zoom\u2019s fear that if it didn\u2019t terminate meetings or suspend accounts upon request, it risked having its China operation shut down at any time.',
    'On Dec. 18, prosecutors from the U.S. Justice Department charged a China-based Zoom executive with conspiring to terminate Zoom meetings.',
    'They then used this fabricated evidence to convince U.S.-based Zoom executives to cancel the meetings.',
    'Huawei worked on several surveillance systems, documents show Prosecutors charged Jin, also known as Julien Jin, with conspiracy.',
    'The charges announced today make clear that employees working in the PRC for U.S. technology companies make those companies\u2014and their users\u2014vulnerable to the malign influence of the PRC government.',
  ].join('\n'),
);

/** The original text each occurrence of `quote` in `where` cites. */
const cited = (where: readonly Passage[], quote: string): string[] =>
  findOccurrences(where, quote).map((l) => l.passage.text.slice(l.start, l.end));

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

  it('rejects a quote that ends inside a number, before its thousands comma', () => {
    expect(findOccurrences(seed, 'which was watched by about 4')).toEqual([]);
  });

  it('rejects a quote that ends before the comma of "23,000"', () => {
    expect(findOccurrences(seed, 'user IDs for about 23')).toEqual([]);
  });

  it('rejects a quote that ends on the comma inside a number', () => {
    expect(findOccurrences(seed, 'watched by about 4,')).toEqual([]);
  });

  it('rejects a quote that starts after the hyphen of a hyphenated word', () => {
    expect(findOccurrences(seed, "disclosure agreement to keep the Communist Party's requests confidential")).toEqual([]);
  });

  it('rejects a quote that ends before the curly apostrophe of a contraction', () => {
    expect(findOccurrences(seed, 'A company can')).toEqual([]);
  });

  it('rejects a quote that ends before the straight apostrophe of a contraction', () => {
    expect(findOccurrences(splitPassages("A company can't say it stands for rights."), 'A company can')).toEqual([]);
  });

  it('rejects a quote that ends inside "didn\u2019t"', () => {
    expect(findOccurrences(seed, 'that if it didn')).toEqual([]);
  });

  it('rejects a quote that starts inside the abbreviation "U.S."', () => {
    expect(findOccurrences(seed, 'S. Justice Department charged a China')).toEqual([]);
  });

  it('rejects a quote that ends before the hyphen of "China-based"', () => {
    expect(findOccurrences(seed, 'Justice Department charged a China')).toEqual([]);
  });

  it('rejects a quote that starts after "U.S." and the hyphen joining it to the next word', () => {
    expect(findOccurrences(seed, 'based Zoom executives to cancel')).toEqual([]);
  });

  it('rejects a quote that ends before a combining mark of its last word', () => {
    // Devanagari vowel signs and the virama are marks, not letters, but belong to the word.
    expect(
      findOccurrences(
        splitPassages('\u092E\u0948\u0902 \u0928\u092E\u0938\u094D\u0924\u0947 \u0915\u0939\u093E'),
        '\u092E\u0948\u0902 \u0928\u092E\u0938',
      ),
    ).toEqual([]);
  });

  it('accepts a quote that ends before a period followed by a space or the end of the passage', () => {
    expect(cited(seed, 'watched by about 4,000 people worldwide')).toEqual(['watched by about 4,000 people worldwide']);
    expect(cited(seed, 'requests confidential')).toEqual(['requests confidential']);
  });

  it('accepts a quote that ends before a comma followed by a space', () => {
    expect(cited(seed, 'documents show Prosecutors charged Jin')).toEqual(['documents show Prosecutors charged Jin']);
  });

  it('accepts a quote that includes a number with its comma whole', () => {
    expect(cited(seed, 'user IDs for about 23,000')).toEqual(['user IDs for about 23,000']);
  });

  it('accepts a quote that includes abbreviations and hyphenated words whole', () => {
    expect(cited(seed, 'U.S. Justice Department charged a China-based Zoom executive')).toEqual([
      'U.S. Justice Department charged a China-based Zoom executive',
    ]);
    expect(cited(seed, 'sign a non-disclosure agreement')).toEqual(['sign a non-disclosure agreement']);
    expect(cited(seed, "A company can't say")).toEqual(['A company can\u2019t say']);
  });

  it('accepts a quote that starts with an opening quotation mark', () => {
    expect(cited(passages, '"primary liaison" with Chinese')).toEqual(['\u201Cprimary liaison\u201D with Chinese']);
  });

  it('accepts a quote that ends just before a closing quotation mark or parenthesis', () => {
    expect(cited(passages, 'as Zoom\'s "primary liaison')).toEqual(['as Zoom\u2019s \u201Cprimary liaison']);
    expect(cited(splitPassages('The party (which runs China) said no.'), '(which runs China')).toEqual(['(which runs China']);
  });

  it('accepts a quote that ends at a word before an unspaced em dash or starts at the word after it', () => {
    expect(cited(seed, 'make those companies')).toEqual(['make those companies']);
    expect(cited(seed, 'and their users')).toEqual(['and their users']);
  });

  it('accepts a quote that ends at a word before a dash typed as two hyphens', () => {
    expect(cited(splitPassages('He met Jin--who ran the team--in May.'), 'He met Jin')).toEqual(['He met Jin']);
  });

  it('accepts a quote that ends at a word before an unspaced ellipsis', () => {
    expect(cited(splitPassages('They waited\u2026then left.'), 'They waited')).toEqual(['They waited']);
    expect(cited(splitPassages('They waited...then left.'), 'They waited')).toEqual(['They waited']);
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
    expect(result.location.passage.text.slice(result.location.start, result.location.end)).toBe('based in China has been charged');
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

  it('rejects an excerpt longer than the longest passage, with both lengths', () => {
    const twoPassages = `${seed[0]?.text ?? ''} ${seed[1]?.text ?? ''}`;
    const longest = Math.max(...seed.map((p) => p.text.length));
    expect(matchExcerpt(seed, twoPassages)).toEqual({ ok: false, reason: 'too-long', chars: twoPassages.length, longest });
  });

  it('compares lengths after normalisation, so extra spaces do not make an excerpt too long', () => {
    const [longest] = [...seed].sort((a, b) => b.text.length - a.text.length);
    const spaced = `  ${(longest?.text ?? '').replaceAll(' ', '   ')}  `;
    const result = matchExcerpt(seed, spaced);
    expect(result.ok && result.location.passage.id).toBe(longest?.id);
  });

  it('counts an ellipsis character as the three periods it normalises to', () => {
    // The passage has 14 characters, 16 once normalised: a 16-character excerpt is not too long.
    const short = splitPassages('one two\u2026 three\nfour');
    expect(matchExcerpt(short, 'one two... three').ok).toBe(true);
    expect(matchExcerpt(short, 'one two... three.')).toEqual({ ok: false, reason: 'too-long', chars: 17, longest: 16 });
  });

  it('reports an excerpt as not found, not too long, when there are no passages', () => {
    expect(matchExcerpt([], 'Zoom said it would')).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('matchExcerpt on a short passage quoted whole', () => {
  const passages = splitPassages('Recent Comments\nThe complaint says Recent Comments were hidden.\nGo deeper\nGo deeper\n');

  it('accepts an excerpt under three words that is a whole passage, once in the seed', () => {
    const match = matchExcerpt(passages, 'Recent Comments');
    expect(match.ok && match.location.passage.id).toBe('p1');
  });

  it('still rejects a short whole passage that occurs twice, and a short excerpt inside a longer passage', () => {
    expect(matchExcerpt(passages, 'Go deeper')).toEqual({ ok: false, reason: 'too-short', words: 2 });
    expect(matchExcerpt(passages, 'Comments were')).toEqual({ ok: false, reason: 'too-short', words: 2 });
  });
});

describe('containsWords', () => {
  it('finds a name standing as whole words, whatever the quote marks', () => {
    expect(containsWords('Xinjiang Jin, also known as \u201cJulien\u201d Jin', 'Julien Jin')).toBe(false);
    expect(containsWords('Xinjiang Jin, also known as Julien Jin', 'Julien Jin')).toBe(true);
  });

  it('does not take part of a longer word for the name', () => {
    expect(containsWords('the persecution of Muslim minorities in Xinjiang', 'Xi')).toBe(false);
  });
});
