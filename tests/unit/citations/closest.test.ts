import { describe, expect, it, vi } from 'vitest';
import { closestName, closestPassage, editDistance, MAX_COMPARED_WORDS } from '../../../src/lib/citations/closest';
import { normalizeWithMap } from '../../../src/lib/citations/normalize';
import { splitPassages } from '../../../src/lib/citations/passages';

// The real normaliser, wrapped so a test can count which texts it is asked to normalise.
vi.mock('../../../src/lib/citations/normalize', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/citations/normalize')>();
  return { ...original, normalizeWithMap: vi.fn(original.normalizeWithMap) };
});

/** `count` distinct words that occur in no passage of these tests. */
const filler = (count: number): string => Array.from({ length: count }, (_, i) => `filler${i}`).join(' ');

describe('closestPassage', () => {
  const passages = splitPassages(
    [
      'Dec 18, 2020 - World',
      'Zoom said it would cooperate with the investigation. The company said it had closed the accounts.',
      'Zoom said it would cooperate with regulators in every country.',
      'Prosecutors said the executive worked with Chinese officials. He was based in Hangzhou.',
    ].join('\n'),
  );

  it('picks the passage sharing the longest run of consecutive words', () => {
    const near = closestPassage(passages, 'the executive worked closely with officials');
    expect(near?.passage.id).toBe('p4');
    expect(near?.sharedRun).toBe(3);
  });

  it('breaks a tie in run length by the number of shared words', () => {
    // Both p2 and p3 share "Zoom said it would" (4 words); p2 shares more words overall.
    const near = closestPassage(passages, 'Zoom said it would comply with the investigation');
    expect(near?.passage.id).toBe('p2');
    expect(near?.sharedRun).toBe(4);
  });

  it('returns the sentence of the passage where the shared run starts, verbatim', () => {
    expect(closestPassage(passages, 'Zoom said it would comply with the investigation')?.snippet).toBe(
      'Zoom said it would cooperate with the investigation.',
    );
    expect(closestPassage(passages, 'he was based in Beijing')?.snippet).toBe('He was based in Hangzhou.');
  });

  it('compares words case-insensitively and after normalising quotes and dashes', () => {
    const curly = splitPassages('Nothing here.\nHe was Zoom\u2019s \u201Cprimary liaison\u201D in China.');
    const near = closestPassage(curly, 'HE WAS ZOOM\'S "PRIMARY LIAISON" to police');
    expect(near?.passage.id).toBe('p2');
    expect(near?.sharedRun).toBe(5);
  });

  it('returns undefined when no passage shares a word with the excerpt', () => {
    expect(closestPassage(passages, 'nothing alike whatsoever')).toBeUndefined();
  });

  it('returns undefined when there are no passages', () => {
    expect(closestPassage([], 'Zoom said it would')).toBeUndefined();
  });

  it('cuts a snippet longer than 320 characters to 317 plus an ellipsis', () => {
    const long = `Start ${'word '.repeat(100)}end.`;
    const near = closestPassage(splitPassages(long), 'Start word word');
    expect(near?.snippet).toHaveLength(318);
    expect(near?.snippet).toBe(`${long.slice(0, 317)}\u2026`);
  });

  it('finds the right sentence when curly apostrophes come before the shared words', () => {
    // Each "’s" must count as part of its word, as it does when the run is measured.
    const text =
      'Zoom\u2019s staff\u2019s notes\u2019 and Jin\u2019s files\u2019 own records. Second sentence talks about something else entirely.';
    const near = closestPassage(splitPassages(text), 'talks about something different');
    expect(near?.sharedRun).toBe(3);
    expect(near?.snippet).toBe('Second sentence talks about something else entirely.');
  });

  it('of equally long runs in a passage, shows the sentence of the run that comes first in the excerpt', () => {
    const near = closestPassage(splitPassages('Alpha beta gamma. Delta epsilon zeta.'), 'delta epsilon then alpha beta');
    expect(near?.sharedRun).toBe(2);
    expect(near?.snippet).toBe('Delta epsilon zeta.');
  });

  it('compares only the first 100 words of an excerpt', () => {
    expect(MAX_COMPARED_WORDS).toBe(100);
    expect(closestPassage(passages, `${filler(100)} the executive worked with Chinese officials`)).toBeUndefined();
    const near = closestPassage(passages, `${filler(98)} the executive worked with Chinese officials`);
    expect(near?.passage.id).toBe('p4');
    expect(near?.sharedRun).toBe(2);
  });

  it('finds a shared run at the end of a passage of 1,000,000 characters, given an excerpt of 100,000', () => {
    const tail = 'At last the executive worked with Chinese officials.';
    const long = `${'Words that say nothing at all. '.repeat(Math.ceil((1_000_000 - tail.length) / 31))}${tail}`;
    const excerpt = `the executive worked with Chinese officials ${'and so on '.repeat(10_000)}`;
    const near = closestPassage(splitPassages(`Short one.\n${long}`), excerpt);
    expect(near?.passage.id).toBe('p2');
    expect(near?.sharedRun).toBe(6);
    expect(near?.snippet).toBe(tail);
  });

  it('normalises each passage once, however many excerpts are compared with it', () => {
    const fresh = splitPassages('One passage of words here.\nAnother passage of other words.');
    const normalize = vi.mocked(normalizeWithMap);
    normalize.mockClear();
    for (const quote of ['passage of words', 'passage of other', 'Another passage']) closestPassage(fresh, quote);
    for (const passage of fresh) expect(normalize.mock.calls.filter(([text]) => text === passage.text)).toHaveLength(1);
  });
});

describe('editDistance', () => {
  it('is zero for equal strings', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('epoch-times', 'epoch-times')).toBe(0);
  });

  it('is the length of the other string when one is empty', () => {
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'abcd')).toBe(4);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('axios', 'axois')).toBe(2);
    expect(editDistance('lowdown-hub', 'lowdownhub')).toBe(1);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });

  it('is symmetric', () => {
    expect(editDistance('sunday', 'saturday')).toBe(3);
    expect(editDistance('saturday', 'sunday')).toBe(3);
  });

  it('is case-sensitive', () => {
    expect(editDistance('Axios', 'axios')).toBe(1);
  });
});

describe('closestName', () => {
  const known = ['axios-2020-12-18', 'axios-2020-12-22', 'epoch-times', 'lowdown-hub', 'unsigned-analysis'];

  it('suggests the known name a typo was meant to be', () => {
    expect(closestName('epoch-time', known)).toBe('epoch-times');
    expect(closestName('lowdown_hub', known)).toBe('lowdown-hub');
  });

  it('picks the nearest of several similar names', () => {
    expect(closestName('axios-2020-12-21', known)).toBe('axios-2020-12-22');
    expect(closestName('axios-2020-12-17', known)).toBe('axios-2020-12-18');
  });

  it('ignores letter case but returns the known spelling', () => {
    expect(closestName('EPOCH-TIMES', known)).toBe('epoch-times');
    expect(closestName('zoom-blg', ['Zoom-Blog'])).toBe('Zoom-Blog');
  });

  it('suggests nothing when every name is too far off', () => {
    expect(closestName('washington-post', known)).toBeUndefined();
    expect(closestName('epoch', known)).toBeUndefined();
  });

  it('allows two edits for short names', () => {
    expect(closestName('ab', ['xy'])).toBe('xy');
    expect(closestName('abc', ['xyz'])).toBeUndefined();
  });

  it('allows up to a third of the length in edits for long names', () => {
    // "unsigned-analysis" has 17 characters: up to 5 edits.
    expect(closestName('unsigned-ana', known)).toBe('unsigned-analysis');
    expect(closestName('unsigned-an', known)).toBeUndefined();
  });

  it('suggests nothing when there are no known names', () => {
    expect(closestName('epoch-times', [])).toBeUndefined();
  });
});
