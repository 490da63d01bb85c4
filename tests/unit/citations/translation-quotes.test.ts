import { describe, expect, it } from 'vitest';
import { buildCitationIndex, CitationProblems, type PageInput } from '../../../src/lib/citations/citation-index';
import { scanMdx } from '../../../src/lib/citations/mdx-scan';

const SEED = ['Jin said officials demanded Zoom end any “illegal meeting” within one minute.', '', 'Zoom said it fired Jin.', ''].join(
  '\n',
);
const CITE = '<Cite source="alpha" quote="officials demanded Zoom end any “illegal meeting” within one minute" />';
const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

/** The problems the index reports for one translated page (none: []). */
function problemsOf(source: string, translation = true): string[] {
  const page: PageInput = {
    file: 'content/zh-hans/pages/test.mdx',
    url: '/zh-hans/test/',
    source,
    ...(translation ? { translationOf: '/test/' } : {}),
  };
  try {
    buildCitationIndex({ sources: [{ id: 'alpha', file: 'a.txt' }], seeds: new Map([['a.txt', SEED]]), pages: [page] });
    return [];
  } catch (error) {
    if (error instanceof CitationProblems) return error.problems;
    throw error;
  }
}

describe('scanMdx of a translation', () => {
  it('takes a <Q>\u2019s English words as a quotation of the source cited in its paragraph', () => {
    const scan = scanMdx(
      lines(`官员要求终止任何<Q source="alpha" quote="illegal meeting">非法会议</Q>。${CITE}`),
      {},
      { translation: true },
    );
    expect(scan.problems).toEqual([]);
    expect(scan.quotations).toEqual([{ text: 'illegal meeting', line: 1, kind: 'quotation', sources: ['alpha'] }]);
  });

  it('does not allow <Q> on an English page', () => {
    const scan = scanMdx(lines(`Text <Q source="alpha" quote="illegal meeting">x</Q>.${CITE}`));
    expect(scan.problems[0]?.message).toMatch(/^<Q> is not allowed in a page/);
  });

  it('asks for the Chinese rendering of a <Q> with none', () => {
    const scan = scanMdx(lines(`官员<Q source="alpha" quote="illegal meeting"></Q>。${CITE}`), {}, { translation: true });
    expect(scan.problems.map((p) => p.message)).toContain(
      '<Q quote="illegal meeting"> has no Chinese rendering: write it between <Q …> and </Q>.',
    );
  });
});

describe('buildCitationIndex with <Q>', () => {
  it('accepts English words that stand in the cited source', () => {
    expect(problemsOf(lines(`官员要求终止任何<Q source="alpha" quote="illegal meeting">非法会议</Q>。${CITE}`))).toEqual([]);
  });

  it('rejects English words that are not in the source', () => {
    const problems = problemsOf(lines(`官员要求终止任何<Q source="alpha" quote="unlawful meeting">非法会议</Q>。${CITE}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('quotation:       "unlawful meeting"');
    expect(problems[0]).toContain('the sources cited beside them do not have them');
  });

  it('rejects a <Q> whose source is not cited in its paragraph', () => {
    const problems = problemsOf(
      lines(
        'Zoom 表示已将他解雇。<Cite source="alpha" quote="Zoom said it fired Jin." />',
        '',
        '官员要求终止任何<Q source="alpha" quote="illegal meeting">非法会议</Q>。',
      ),
    );
    expect(problems.join('\n')).toContain('nothing beside them cites a source');
  });

  it('points a translation\u2019s own quotation marks to <Q>', () => {
    const problems = problemsOf(lines(`官员要求终止任何“非法会议”。${CITE}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      'write:           in a translation, quote through <Q source="<slug>" quote="<the source’s exact English words>">中文译文</Q>, which adds the quotation marks.',
    );
  });

  it('leaves translations out of the passages\u2019 "cited in" lists', () => {
    const index = buildCitationIndex({
      sources: [{ id: 'alpha', file: 'a.txt' }],
      seeds: new Map([['a.txt', SEED]]),
      pages: [
        { file: 'content/pages/test.mdx', url: '/test/', source: lines(`Officials demanded it.${CITE}`) },
        { file: 'content/zh-hans/pages/test.mdx', url: '/zh-hans/test/', source: lines(`官员如此要求。${CITE}`), translationOf: '/test/' },
      ],
    });
    expect([...index.byPassage.values()].flat().map((c) => c.pageUrl)).toEqual(['/test/']);
    expect(index.pages.get('/zh-hans/test/')?.translationOf).toBe('/test/');
  });
});
