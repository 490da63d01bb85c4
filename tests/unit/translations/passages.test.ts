import { describe, expect, it } from 'vitest';
import type { CitationRecord } from '../../../src/lib/citations/citation-index';
import type { Passage } from '../../../src/lib/citations/passages';
import {
  checkPassageRenderings,
  citedSentences,
  joinRenderings,
  missingRenderingLine,
  renderingKey,
  type CitedSentence,
} from '../../../src/lib/translations/passages';

const TEXT = 'Jin was charged. He ended four meetings. Zoom fired him.';
const PASSAGES = new Map<string, Passage[]>([
  ['gazette', [{ id: 'p1', index: 1, text: TEXT }]],
  ['herald', [{ id: 'p1', index: 1, text: 'Nothing cited here.' }]],
]);

/** A citation of the sentence of TEXT that holds `words`, from `page`. */
function citing(words: string, page = '/case/', section: string | null = 'charges'): CitationRecord {
  const start = TEXT.indexOf(words);
  const sentenceStart = TEXT.lastIndexOf('. ', start) < 0 ? 0 : TEXT.lastIndexOf('. ', start) + 2;
  const dot = TEXT.indexOf('.', start);
  return {
    pageUrl: page,
    source: 'gazette',
    passageId: 'p1',
    start,
    end: start + words.length,
    sentenceStart,
    sentenceEnd: dot + 1,
    sectionId: section,
  } as CitationRecord;
}

const byPassage = (...citations: CitationRecord[]) => new Map([['gazette#p1', citations]]);

describe('citedSentences', () => {
  it('lists each cited sentence once, in passage order, with every section that cites it', () => {
    const wanted = citedSentences(
      byPassage(
        citing('Zoom fired'),
        citing('ended four'),
        citing('ended four', '/timeline/', null),
        citing('fired him', '/people/', 'zoom'),
      ),
      PASSAGES,
    );
    expect(wanted).toEqual([
      { source: 'gazette', passage: 'p1', en: 'He ended four meetings.', citedBy: ['/case/#charges', '/timeline/'] },
      { source: 'gazette', passage: 'p1', en: 'Zoom fired him.', citedBy: ['/case/#charges', '/people/#zoom'] },
    ]);
  });

  it('lists nothing for a passage nobody cites', () => {
    expect(citedSentences(new Map(), PASSAGES)).toEqual([]);
  });
});

describe('checkPassageRenderings', () => {
  const wanted: CitedSentence[] = [
    { source: 'gazette', passage: 'p1', en: 'He ended four meetings.', citedBy: ['/case/#charges'] },
    { source: 'gazette', passage: 'p1', en: 'Zoom fired him.', citedBy: ['/people/#zoom'] },
  ];
  const good = {
    gazette: {
      p1: [
        { en: 'He ended four meetings.', zh: '他终止了四场会议。' },
        { en: 'Zoom   fired him.', zh: 'Zoom 解雇了他。' },
      ],
    },
  };

  it('accepts one rendering per cited sentence, matched with spacing evened out, and returns them by key', () => {
    const { renderings, problems } = checkPassageRenderings(wanted, good);
    expect(problems).toEqual([]);
    expect(renderings.get(renderingKey('gazette', 'p1', 'Zoom fired him.'))).toBe('Zoom 解雇了他。');
    expect(renderings.size).toBe(2);
  });

  it('lists a cited sentence without a rendering as missing, not as an error, and says what to add', () => {
    const { problems, missing } = checkPassageRenderings(wanted, { gazette: { p1: [good.gazette.p1[0]] } });
    expect(problems).toEqual([]);
    expect(missing).toEqual([wanted[1]]);
    expect(missingRenderingLine(wanted[1] as CitedSentence)).toBe(
      'Untranslated quotation: content/zh-hans/passages.json: "gazette" › "p1" has no Chinese for “Zoom fired him.” (cited by /people/#zoom). ' +
        'Add { "en": "Zoom fired him.", "zh": "<its Chinese>" }.',
    );
    expect(checkPassageRenderings(wanted, {}).missing).toEqual(wanted);
  });

  it('refuses an entry for a sentence the site does not cite, and says what is cited there', () => {
    const data = { gazette: { p1: [...good.gazette.p1, { en: 'Jin was charged.', zh: 'Jin 被起诉。' }] } };
    const [problem] = checkPassageRenderings(wanted, data).problems;
    expect(problem).toMatch(/sentence: +“Jin was charged\.”/);
    expect(problem).toContain('the site does not cite this sentence of this passage');
    expect(problem).toMatch(/cited here: +“He ended four meetings\.”; “Zoom fired him\.”/);
  });

  it('refuses an empty rendering and a sentence rendered twice, reporting neither as missing', () => {
    const data = { gazette: { p1: [{ en: 'He ended four meetings.', zh: ' ' }, good.gazette.p1[1], good.gazette.p1[1]] } };
    const { problems, missing } = checkPassageRenderings(wanted, data);
    expect(missing).toEqual([]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('its "zh" is empty');
    expect(problems[1]).toContain('rendered twice');
  });

  it('refuses data of the wrong shape with a message that shows the right one', () => {
    expect(checkPassageRenderings(wanted, [])).toMatchObject({
      problems: [expect.stringContaining('source id → passage id → list of { "en", "zh" }')],
    });
    const { problems } = checkPassageRenderings(wanted, { gazette: { p1: [{ en: 'He ended four meetings.' }] } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('each entry needs an "en" (the English sentence) and a "zh"');
  });
});

describe('joinRenderings', () => {
  const at = (words: string, zh: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, zh });

  it('joins neighbouring sentences and marks uncited English between them with ……', () => {
    expect(joinRenderings(TEXT, [at('He ended four meetings.', '他终止了四场会议。'), at('Jin was charged.', 'Jin 被起诉。')])).toBe(
      'Jin 被起诉。他终止了四场会议。',
    );
    expect(joinRenderings(TEXT, [at('Zoom fired him.', 'Zoom 解雇了他。'), at('Jin was charged.', 'Jin 被起诉。')])).toBe(
      'Jin 被起诉。……Zoom 解雇了他。',
    );
  });

  it('leaves out a sentence inside a longer cited span, and a repeated one', () => {
    const long = at('He ended four meetings. Zoom fired him.', '他终止了四场会议。Zoom 解雇了他。');
    expect(joinRenderings(TEXT, [at('Zoom fired him.', 'Zoom 解雇了他。'), long, long])).toBe('他终止了四场会议。Zoom 解雇了他。');
  });
});
