import { describe, expect, it } from 'vitest';
import {
  checkDataTranslation,
  DATA_TRANSLATIONS,
  entryHash,
  headingOf,
  parseQuoted,
  quotesIn,
  staleEntryLine,
} from '../../../src/lib/translations/data';

const spec = DATA_TRANSLATIONS.timeline;
const EVENT = {
  id: 'charges-unsealed',
  date: '2020-12-18',
  title: 'Charges unsealed',
  summary: 'Prosecutors unsealed a complaint.',
  citations: [{ source: 'gazette', quote: 'unsealed a complaint' }],
  section: '/case/',
};
const DATED = { ...EVENT, id: 'year-only', date: '2019', dateNote: 'The year is read from context.' };
const zh = (e: Record<string, unknown>, fields: Record<string, string>) => ({ id: e['id'], translatedFrom: entryHash(e), ...fields });
const GOOD = [
  zh(EVENT, { title: '起诉书解封', summary: '检方公布了一份起诉书。' }),
  zh(DATED, { title: '某年', summary: '某事。', dateNote: '年份据上下文推断。' }),
];

describe('entryHash', () => {
  it('changes when any field of the English entry changes, its citations included', () => {
    expect(entryHash(EVENT)).toMatch(/^[0-9a-f]{12}$/);
    expect(entryHash({ ...EVENT, summary: 'Prosecutors unsealed two complaints.' })).not.toBe(entryHash(EVENT));
    expect(entryHash({ ...EVENT, citations: [{ source: 'gazette', quote: 'a complaint' }] })).not.toBe(entryHash(EVENT));
    expect(entryHash({ ...EVENT })).toBe(entryHash(EVENT));
  });
});

describe('checkDataTranslation', () => {
  it('accepts a translation of every entry and field, and returns the Chinese fields by id', () => {
    const found = checkDataTranslation(spec, [EVENT, DATED], GOOD);
    expect(found.problems).toEqual([]);
    expect(found.stale).toEqual([]);
    expect(found.entries.get('year-only')).toEqual({ title: '某年', summary: '某事。', dateNote: '年份据上下文推断。' });
  });

  it('names the file, the entry and what to write when an English entry has no translation', () => {
    const found = checkDataTranslation(spec, [EVENT, DATED], [GOOD[0]!]);
    expect(found.problems).toHaveLength(1);
    expect(found.problems[0]).toContain('content/zh-hans/timeline.json, event "year-only"');
    expect(found.problems[0]).toContain('content/timeline.json has this event, and content/zh-hans/timeline.json does not translate it');
    expect(found.problems[0]).toContain(`"translatedFrom":"${entryHash(DATED)}"`);
  });

  it('refuses an entry the English lacks, and one translated twice', () => {
    const found = checkDataTranslation(spec, [EVENT, DATED], [...GOOD, { ...GOOD[0]! }, { ...GOOD[1]!, id: 'invented' }]);
    expect(found.problems.join('\n')).toContain('event "charges-unsealed"');
    expect(found.problems.join('\n')).toContain('is translated twice');
    expect(found.problems.join('\n')).toContain('content/timeline.json has no event "invented"');
  });

  it('names a missing field with the English to translate, and an extra field', () => {
    const missing = checkDataTranslation(spec, [EVENT, DATED], [GOOD[0]!, zh(DATED, { title: '某年', summary: '某事。' })]);
    expect(missing.problems).toHaveLength(1);
    expect(missing.problems[0]).toContain('event "year-only"');
    expect(missing.problems[0]).toContain('dateNote');
    expect(missing.problems[0]).toContain('"The year is read from context."');
    expect(missing.entries.has('year-only')).toBe(false);
    const extra = checkDataTranslation(
      spec,
      [EVENT],
      [zh(EVENT, { title: '起诉书解封', summary: '检方公布了一份起诉书。', dateNote: '多余。' })],
    );
    expect(extra.problems[0]).toContain('dateNote');
    expect(extra.problems[0]).toContain('is not a field to translate here (this event translates: title, summary)');
  });

  it('accepts a quotation written as {{Q|English words|中文}}, but not in a title', () => {
    const quoted = checkDataTranslation(
      spec,
      [EVENT],
      [zh(EVENT, { title: '起诉书解封', summary: '检方公布了{{Q|unsealed a complaint|一份起诉书}}。' })],
    );
    expect(quoted.problems).toEqual([]);
    expect(quoted.entries.get(EVENT.id)?.['summary']).toBe('检方公布了{{Q|unsealed a complaint|一份起诉书}}。');
    const title = checkDataTranslation(spec, [EVENT], [zh(EVENT, { title: '{{Q|unsealed|解封}}', summary: '检方公布了起诉书。' })]);
    expect(title.problems[0]).toContain('is a heading, and a heading may not quote');
    const broken = checkDataTranslation(
      spec,
      [EVENT],
      [zh(EVENT, { title: '起诉书解封', summary: '检方公布了{{Q|unsealed a complaint}}。' })],
    );
    expect(broken.problems[0]).toContain('that is not a quotation. Write a quotation as {{Q|English words|中文}}');
  });

  it('refuses quotation marks in Chinese prose', () => {
    for (const quoted of ['检方称“非法”。', '检方称「非法」。', '检方称"非法"。']) {
      const found = checkDataTranslation(spec, [EVENT], [zh(EVENT, { title: '起诉书解封', summary: quoted })]);
      expect(found.problems[0]).toContain('puts words in quotation marks');
    }
  });

  it('asks for the hash when none is recorded, and gives the one to write', () => {
    const found = checkDataTranslation(spec, [EVENT], [{ id: EVENT.id, title: '起诉书解封', summary: '检方公布了一份起诉书。' }]);
    expect(found.problems[0]).toContain(`"translatedFrom": "${entryHash(EVENT)}"`);
  });

  it('lists an entry whose English changed after translation as stale, with both hashes, and still shows it', () => {
    const changed = { ...EVENT, summary: 'Prosecutors unsealed a complaint against Jin.' };
    const found = checkDataTranslation(spec, [changed], [GOOD[0]!]);
    expect(found.problems).toEqual([]);
    expect(found.stale).toEqual([{ section: EVENT.id, recorded: entryHash(EVENT), current: entryHash(changed) }]);
    expect(found.entries.get(EVENT.id)?.title).toBe('起诉书解封');
    expect(staleEntryLine(spec, found.stale[0]!)).toBe(
      `content/zh-hans/timeline.json: event "charges-unsealed" was translated from an older content/timeline.json (recorded ${entryHash(EVENT)}, now ${entryHash(changed)}). Update the translation, then record "translatedFrom": "${entryHash(changed)}".`,
    );
  });

  it('reads the deks sentence by sentence', () => {
    const dek = {
      id: 'timeline',
      sentences: [
        { text: 'One.', citations: [] },
        { text: 'Two.', citations: [] },
      ],
    };
    const found = checkDataTranslation(
      DATA_TRANSLATIONS.deks,
      [dek],
      [{ id: 'timeline', translatedFrom: entryHash(dek), sentences: [{ text: '一。' }] }],
    );
    expect(found.problems[0]).toContain('sentences[1].text');
  });

  it("translates an organization's name and refuses a name for a person (a person keeps the sources' spelling)", () => {
    const people = DATA_TRANSLATIONS.people;
    const person = { id: 'xinjiang-jin', name: 'Xinjiang Jin', kind: 'person', role: 'Executive', description: 'Charged.' };
    const agency = {
      id: 'mss',
      name: 'Ministry of State Security (MSS)',
      kind: 'organization',
      role: 'Agency',
      description: 'A spy agency.',
    };
    const ok = checkDataTranslation(
      people,
      [person, agency],
      [
        { id: 'xinjiang-jin', translatedFrom: entryHash(person), role: '高管', description: '被起诉。' },
        { id: 'mss', translatedFrom: entryHash(agency), name: '国家安全部', role: '机构', description: '一个间谍机构。' },
      ],
    );
    expect(ok.problems).toEqual([]);
    expect(ok.entries.get('mss')?.['name']).toBe('国家安全部');
    const bad = checkDataTranslation(
      people,
      [person, agency],
      [
        { id: 'xinjiang-jin', translatedFrom: entryHash(person), name: '金新疆', role: '高管', description: '被起诉。' },
        { id: 'mss', translatedFrom: entryHash(agency), role: '机构', description: '一个间谍机构。' },
      ],
    );
    expect(bad.problems.join('\n')).toContain('entry "xinjiang-jin"');
    expect(bad.problems.join('\n')).toContain(
      "is not a field to translate here (this entry translates: role, description). A person's name keeps the sources' spelling.",
    );
    expect(bad.problems.join('\n')).toMatch(/entry "mss"\n\s+field: +name/);
  });
});

describe('the differences (content/differences.json)', () => {
  const spec = DATA_TRANSLATIONS.differences;
  const DIFFERENCE = {
    id: 'job-title',
    kind: 'disagreement',
    topic: 'The job title',
    summary: 'The sources name the post differently.',
    versions: [
      { source: 'gazette', says: 'a “security leader”', quote: 'a security leader' },
      { source: 'herald', says: 'a liaison', quote: 'served as a liaison' },
    ],
  };
  const GOOD_ZH = {
    id: 'job-title',
    translatedFrom: entryHash(DIFFERENCE),
    topic: '职衔',
    summary: '各资料对这一职位的说法不同。',
    versions: [{ says: '一名{{Q|security leader|安全负责人}}' }, { says: '一名联络人' }],
  };

  it('translates what the sources page shows: the topic, the summary and each version’s says', () => {
    expect(spec.fields(DIFFERENCE)).toEqual({
      topic: 'The job title',
      summary: 'The sources name the post differently.',
      'versions[0].says': 'a “security leader”',
      'versions[1].says': 'a liaison',
    });
    const found = checkDataTranslation(spec, [DIFFERENCE], [GOOD_ZH]);
    expect(found.problems).toEqual([]);
    expect(found.entries.get('job-title')).toEqual({
      topic: '职衔',
      summary: '各资料对这一职位的说法不同。',
      'versions[0].says': '一名{{Q|security leader|安全负责人}}',
      'versions[1].says': '一名联络人',
    });
    expect(headingOf(found.entries.get('job-title'))).toBe('职衔');
  });

  it('checks a version’s quotations against its own source, the topic’s and summary’s against any the entry cites', () => {
    expect(spec.quoteSources(DIFFERENCE, 'versions[0].says')).toEqual(['gazette']);
    expect(spec.quoteSources(DIFFERENCE, 'versions[1].says')).toEqual(['herald']);
    expect(spec.quoteSources(DIFFERENCE, 'summary')).toBeUndefined();
  });

  it('names a version left untranslated, and refuses a version the English lacks', () => {
    const missing = checkDataTranslation(spec, [DIFFERENCE], [{ ...GOOD_ZH, versions: [GOOD_ZH.versions[0]!] }]);
    expect(missing.problems).toHaveLength(1);
    expect(missing.problems[0]).toContain('content/zh-hans/differences.json, difference "job-title"');
    expect(missing.problems[0]).toContain('versions[1].says');
    expect(missing.problems[0]).toContain('"a liaison"');
    const extra = checkDataTranslation(spec, [DIFFERENCE], [{ ...GOOD_ZH, versions: [...GOOD_ZH.versions, { says: '多出的说法' }] }]);
    expect(extra.problems).toHaveLength(1);
    expect(extra.problems[0]).toContain('versions[2].says');
    expect(extra.problems[0]).toContain(
      'is not a field to translate here (this difference translates: topic, summary, versions[0].says, versions[1].says)',
    );
  });

  it('refuses a quotation in the topic, which is a heading, and quotation marks anywhere', () => {
    const topic = checkDataTranslation(spec, [DIFFERENCE], [{ ...GOOD_ZH, topic: '{{Q|security leader|安全负责人}}' }]);
    expect(topic.problems[0]).toContain('is a heading, and a heading may not quote');
    const marks = checkDataTranslation(
      spec,
      [DIFFERENCE],
      [{ ...GOOD_ZH, versions: [{ says: '一名“安全负责人”' }, { says: '一名联络人' }] }],
    );
    expect(marks.problems[0]).toContain('versions[0].says');
    expect(marks.problems[0]).toContain('puts words in quotation marks');
  });

  it('lists a difference whose English changed as stale, and still shows its Chinese', () => {
    const changed = { ...DIFFERENCE, summary: 'The sources name the post in two ways.' };
    const found = checkDataTranslation(spec, [changed], [GOOD_ZH]);
    expect(found.problems).toEqual([]);
    expect(found.stale).toEqual([{ section: 'job-title', recorded: entryHash(DIFFERENCE), current: entryHash(changed) }]);
    expect(found.entries.get('job-title')?.['topic']).toBe('职衔');
  });
});

describe('the chain figure (content/chain.json)', () => {
  const spec = DATA_TRANSLATIONS.chain;
  const STEP = {
    id: 'jin',
    label: 'Xinjiang Jin, the liaison, prosecutors say',
    text: 'Prosecutors say Jin was the primary liaison.',
    citations: [{ source: 'gazette', quote: 'was the primary liaison' }],
    next: {
      label: 'requests for data',
      text: 'He asked for “user data”, the complaint says.',
      citations: [
        { source: 'herald', quote: 'asked for user data' },
        { source: 'herald', quote: 'repeatedly asked' },
      ],
    },
  };
  const LAST = {
    id: 'outcome',
    label: 'Meetings ended',
    text: 'Prosecutors say the meetings ended.',
    citations: [{ source: 'gazette', quote: 'the meetings ended' }],
  };
  const GOOD_ZH = {
    id: 'jin',
    translatedFrom: entryHash(STEP),
    label: 'Xinjiang Jin，联络人（检方称）',
    text: '检方称，Jin 是主要联络人。',
    next: { label: '索取数据', text: '据起诉书，他索取{{Q|user data|用户数据}}。' },
  };
  const LAST_ZH = { id: 'outcome', translatedFrom: entryHash(LAST), label: '会议被终止', text: '检方称，会议被终止。' };

  it('translates what the figure shows: each step’s label and text, and its arrow’s', () => {
    expect(spec.fields(STEP)).toEqual({
      label: 'Xinjiang Jin, the liaison, prosecutors say',
      text: 'Prosecutors say Jin was the primary liaison.',
      'next.label': 'requests for data',
      'next.text': 'He asked for “user data”, the complaint says.',
    });
    expect(Object.keys(spec.fields(LAST))).toEqual(['label', 'text']);
    const found = checkDataTranslation(spec, [STEP, LAST], [GOOD_ZH, LAST_ZH]);
    expect(found.problems).toEqual([]);
    expect(found.entries.get('jin')).toEqual({
      label: 'Xinjiang Jin，联络人（检方称）',
      text: '检方称，Jin 是主要联络人。',
      'next.label': '索取数据',
      'next.text': '据起诉书，他索取{{Q|user data|用户数据}}。',
    });
  });

  it('checks a step’s quotations against the sources the step cites, an arrow’s against the arrow’s', () => {
    expect(spec.quoteSources(STEP, 'text')).toEqual(['gazette']);
    expect(spec.quoteSources(STEP, 'label')).toEqual(['gazette']);
    expect(spec.quoteSources(STEP, 'next.text')).toEqual(['herald']);
  });

  it('names an arrow left untranslated, and refuses an arrow the English step lacks', () => {
    const missing = checkDataTranslation(spec, [STEP, LAST], [{ ...GOOD_ZH, next: { label: '索取数据' } }, LAST_ZH]);
    expect(missing.problems).toHaveLength(1);
    expect(missing.problems[0]).toContain('content/zh-hans/chain.json, step "jin"');
    expect(missing.problems[0]).toContain('next.text');
    expect(missing.problems[0]).toContain('"He asked for “user data”, the complaint says."');
    const extra = checkDataTranslation(spec, [STEP, LAST], [GOOD_ZH, { ...LAST_ZH, next: { label: '多出的箭头', text: '多出的句子。' } }]);
    expect(extra.problems).toHaveLength(1);
    expect(extra.problems[0]).toContain('step "outcome"');
    expect(extra.problems[0]).toContain('is not a field to translate here (this step translates: label, text)');
  });

  it('refuses a quotation in a drawn label, a box’s or an arrow’s, and quotation marks anywhere', () => {
    const box = checkDataTranslation(spec, [STEP, LAST], [{ ...GOOD_ZH, label: '{{Q|primary liaison|主要联络人}}' }, LAST_ZH]);
    expect(box.problems).toHaveLength(1);
    expect(box.problems[0]).toMatch(/field: +label\n/);
    expect(box.problems[0]).toContain('is drawn in the figure, and a drawn label may not quote');
    const arrow = checkDataTranslation(
      spec,
      [STEP, LAST],
      [{ ...GOOD_ZH, next: { ...GOOD_ZH.next, label: '{{Q|user data|用户数据}}' } }, LAST_ZH],
    );
    expect(arrow.problems[0]).toMatch(/field: +next\.label/);
    expect(arrow.problems[0]).toContain('a drawn label may not quote');
    const marks = checkDataTranslation(
      spec,
      [STEP, LAST],
      [{ ...GOOD_ZH, next: { ...GOOD_ZH.next, text: '他索取“用户数据”。' } }, LAST_ZH],
    );
    expect(marks.problems[0]).toMatch(/field: +next\.text/);
    expect(marks.problems[0]).toContain('puts words in quotation marks');
  });

  it('lists a step whose English changed (its arrow’s citations too) as stale, and still shows its Chinese', () => {
    const changed = { ...STEP, next: { ...STEP.next, citations: [STEP.next.citations[0]!] } };
    const found = checkDataTranslation(spec, [changed, LAST], [GOOD_ZH, LAST_ZH]);
    expect(found.problems).toEqual([]);
    expect(found.stale).toEqual([{ section: 'jin', recorded: entryHash(STEP), current: entryHash(changed) }]);
    expect(found.entries.get('jin')?.['next.label']).toBe('索取数据');
    expect(staleEntryLine(spec, found.stale[0]!)).toContain(
      'content/zh-hans/chain.json: step "jin" was translated from an older content/chain.json',
    );
  });
});

describe('parseQuoted', () => {
  it('splits a string into text and quotations, and lists the English words quoted', () => {
    expect(parseQuoted('要求终止任何{{Q|illegal meeting|非法会议}}。').parts).toEqual([
      { text: '要求终止任何' },
      { quote: 'illegal meeting', zh: '非法会议' },
      { text: '。' },
    ]);
    expect(quotesIn('{{Q|a|甲}}和{{Q|b c|乙}}')).toEqual(['a', 'b c']);
    expect(parseQuoted('没有引文。')).toEqual({ parts: [{ text: '没有引文。' }], problems: [] });
  });

  it('reports a quotation without its Chinese, and a stray {{', () => {
    expect(parseQuoted('{{Q|illegal meeting|}}').problems[0]).toContain('needs the English words and their Chinese');
    expect(parseQuoted('非法{{会议').problems[0]).toContain('has a {{ or }} that is not a quotation');
  });
});
