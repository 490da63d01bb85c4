import { describe, expect, it } from 'vitest';
import { buildCitationIndex, type PageCitations, type SourceRef } from '../../../src/lib/citations/citation-index';
import { parityProblems } from '../../../src/lib/translations/parity';

const SEED = [
  'Prosecutors charged the executive in December.',
  '',
  'Zoom said it fired the executive.',
  '',
  'The meetings commemorated Tiananmen.',
  '',
].join('\n');
const SOURCES: SourceRef[] = [{ id: 'alpha', file: 'a.txt' }];
const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

const CHARGED = '<Cite source="alpha" quote="Prosecutors charged the executive" />';
const FIRED = '<Cite source="alpha" quote="Zoom said it fired" />';
const MEETINGS = '<Cite source="alpha" quote="The meetings commemorated Tiananmen." />';

/** The verified records of an English page and its translation. */
function pages(english: string, chinese: string): { en: PageCitations; zh: PageCitations } {
  const index = buildCitationIndex({
    sources: SOURCES,
    seeds: new Map([['a.txt', SEED]]),
    pages: [
      { file: 'content/pages/case.mdx', url: '/case/', source: english },
      { file: 'content/zh-hans/pages/case.mdx', url: '/zh-hans/case/', source: chinese, translationOf: '/case/' },
    ],
  });
  return { en: index.pages.get('/case/') as PageCitations, zh: index.pages.get('/zh-hans/case/') as PageCitations };
}

const ENGLISH = lines(
  `Charged.${CHARGED}`,
  '',
  '<H2 id="response">Response</H2>',
  '',
  `Fired.${FIRED}`,
  '',
  '<H2 id="meetings">Meetings</H2>',
  '',
  `Memorial.${MEETINGS}`,
);

describe('parityProblems', () => {
  it('finds nothing when the translation has the same sections and cited passages', () => {
    const { en, zh } = pages(
      ENGLISH,
      lines(
        `起诉。${CHARGED}`,
        '',
        '<H2 id="response">回应</H2>',
        '',
        `解雇。${FIRED}`,
        '',
        '<H2 id="meetings">会议</H2>',
        '',
        `纪念。${MEETINGS}`,
      ),
    );
    expect(parityProblems(en, zh)).toEqual([]);
  });

  it('accepts other words of the same passage', () => {
    const other = '<Cite source="alpha" quote="it fired the executive" />';
    const { en, zh } = pages(
      ENGLISH,
      lines(
        `起诉。${CHARGED}`,
        '',
        '<H2 id="response">回应</H2>',
        '',
        `解雇。${other}`,
        '',
        '<H2 id="meetings">会议</H2>',
        '',
        `纪念。${MEETINGS}`,
      ),
    );
    expect(parityProblems(en, zh)).toEqual([]);
  });

  it('names a missing section, with the English heading and what to write', () => {
    const { en, zh } = pages(
      ENGLISH,
      lines(`起诉。${CHARGED}`, '', '<H2 id="response">回应</H2>', '', `解雇。${FIRED}`, '', `纪念。${MEETINGS}`),
    );
    expect(parityProblems(en, zh)).toContain(
      [
        '✖ content/zh-hans/pages/case.mdx',
        '    section: "meetings" ("Meetings", content/pages/case.mdx:7)',
        '    problem: the translation has no section "meetings". Every section of the English page is translated, under the same id.',
        '    write:   <H2 id="meetings">…</H2> with the section\u2019s translation and its citations.'.replace('\u2019', "'"),
      ].join('\n'),
    );
  });

  it('names a citation missing from a section, with the English <Cite>', () => {
    const { en, zh } = pages(
      ENGLISH,
      lines(
        `起诉。${CHARGED}`,
        '',
        '<H2 id="response">回应</H2>',
        '',
        '解雇。<Cite source="alpha" quote="Prosecutors charged the executive in December." />',
        '',
        '<H2 id="meetings">会议</H2>',
        '',
        `纪念。${MEETINGS}`,
      ),
    );
    const problems = parityProblems(en, zh);
    expect(problems).toContain(
      [
        '✖ content/zh-hans/pages/case.mdx',
        '    section: "response"',
        '    missing: a citation of alpha, passage p2, which content/pages/case.mdx:5 cites',
        `    english: ${FIRED}`,
        '    problem: the translation of this section does not cite this passage. Put the same <Cite> after the sentence that translates it.',
      ].join('\n'),
    );
    expect(
      problems.some((p) => p.includes('extra:   <Cite source="alpha" quote="Prosecutors charged the executive in December." />')),
    ).toBe(true);
  });

  it('names sections that stand in another order', () => {
    const { en, zh } = pages(
      ENGLISH,
      lines(
        `起诉。${CHARGED}`,
        '',
        '<H2 id="meetings">会议</H2>',
        '',
        `纪念。${MEETINGS}`,
        '',
        '<H2 id="response">回应</H2>',
        '',
        `解雇。${FIRED}`,
      ),
    );
    expect(parityProblems(en, zh).join('\n')).toContain('the sections stand in another order than on the English page.');
  });
});
