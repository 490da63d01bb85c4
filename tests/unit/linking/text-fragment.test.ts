import { describe, expect, it } from 'vitest';
import { encodeTerm, paragraphFragment } from '../../../src/lib/linking/text-fragment';

describe('encodeTerm', () => {
  it('percent-encodes the characters text fragments reserve', () => {
    expect(encodeTerm('one-minute, rule & more')).toBe('one%2Dminute%2C%20rule%20%26%20more');
  });
});

describe('paragraphFragment', () => {
  const page = 'Intro about Zoom. Zoom said it fired Jin and placed others on leave. Later Zoom said it fired nobody else at all.';

  it('uses the shortest unique run of first words and the last words of the paragraph', () => {
    expect(paragraphFragment(['Zoom said it fired Jin and placed others on leave.'], page)).toBe(
      'text=Zoom%20said%20it%20fired%20Jin,others%20on%20leave',
    );
  });

  it('takes its end from the last run, skipping note markers between runs', () => {
    const runs = ['Later Zoom said it fired nobody', 'else at all.'];
    expect(paragraphFragment(runs, page)).toBe('text=Later%20Zoom%20said,else%20at%20all');
  });

  it('lengthens the end when its words occur earlier in the paragraph', () => {
    const text = 'Alpha beta gamma at the end. Words at the end.';
    expect(paragraphFragment([text], `Other text. ${text}`)).toBe('text=Alpha%20beta%20gamma,Words%20at%20the%20end');
  });

  it('keeps punctuation off the edges of its terms, where a note marker may join them', () => {
    const runs = ['“Quoted words start here, and the paragraph ends.”', '.'];
    expect(paragraphFragment(runs, `Before. ${runs.join('')} After.`)).toBe('text=Quoted%20words%20start,the%20paragraph%20ends');
  });

  it('gives nothing when the paragraph is repeated word for word', () => {
    expect(paragraphFragment(['Same words here.'], 'Same words here. Same words here.')).toBeUndefined();
  });

  it('gives nothing for an empty paragraph', () => {
    expect(paragraphFragment([' '], 'anything')).toBeUndefined();
  });
});
