import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/lib/citations/quotations';

const texts = (text: string) => findQuotations(text).quotations.map((q) => q.text);

describe('findQuotations', () => {
  it('finds straight and curly double quotations, with where each opens', () => {
    expect(findQuotations('He said "never" and \u201conce\u201d.')).toEqual({
      quotations: [
        { text: 'never', at: 8 },
        { text: 'once', at: 20 },
      ],
    });
  });

  it('keeps a quote within a quote inside the outer quotation, as the source has it', () => {
    expect(texts('\u201cZoom said it had \u2018never\u2019 complied,\u201d he said.')).toEqual([
      'Zoom said it had \u2018never\u2019 complied,',
    ]);
    expect(texts('"Zoom said it had \'never\' complied," he said.')).toEqual(["Zoom said it had 'never' complied,"]);
  });

  it('takes no apostrophe for a quotation mark, inside or at the end of a word', () => {
    expect(texts("Zoom's users' data and Zoom\u2019s \u201cprimary liaison\u201d")).toEqual(['primary liaison']);
  });

  it('finds single-quoted quotations that open after a space and close before punctuation', () => {
    expect(texts("China's 'internet police', the report says")).toEqual(['internet police']);
    expect(texts('the \u2018internet police\u2019.')).toEqual(['internet police']);
  });

  it('finds quotations in guillemets, German marks, full-width marks and corner brackets', () => {
    expect(
      texts(
        '\u00abnever\u00bb, \u201enever\u201c, \u2039once\u203a, \uff02here\uff02, \u300c\u4ece\u672a\u300d and \u300e\u4e00\u6b21\u300f',
      ),
    ).toEqual(['never', 'never', 'once', 'here', '\u4ece\u672a', '\u4e00\u6b21']);
  });

  it('reports a quotation that never closes, where it opens', () => {
    expect(findQuotations('The executive is accused of ending "four meetings.')).toEqual({ quotations: [], unclosedAt: 35 });
    expect(findQuotations('\u300cnever closed').unclosedAt).toBe(0);
  });

  it('does not let a straight mark inside a curly quotation close it', () => {
    expect(texts('\u201cthe 12" screen\u201d')).toEqual(['the 12" screen']);
  });

  it('finds nothing in text without quotation marks', () => {
    expect(findQuotations('Prosecutors allege that he ended four meetings.')).toEqual({ quotations: [] });
  });

  it('takes one pass over a long text', () => {
    const long = `${'word "quoted" '.repeat(20000)}end`;
    expect(findQuotations(long).quotations).toHaveLength(20000);
  });
});
