import { describe, expect, it } from 'vitest';
import { layoutTimeline, shortTitle } from '../../src/lib/timeline-graphic';
import { convertStrings, uiStrings } from '../../src/lib/i18n/strings';

const events = [
  { id: 'a', date: '2019', title: 'Year only' },
  { id: 'b', date: '2019-09', title: 'China blocks Zoom; the plan' },
  { id: 'c', date: '2020-05-19', title: 'A warning' },
  { id: 'd', date: '2020-05', title: 'Meetings targeted' },
  { id: 'e', date: '2020-12-18', title: 'Charged' },
  { id: 'f', date: '1989-06-04', title: 'Out of range' },
];

describe('shortTitle', () => {
  it('keeps a title up to its semicolon', () => {
    expect(shortTitle('China blocks Zoom; the “rectification plan”')).toBe('China blocks Zoom');
    expect(shortTitle('Jin is charged')).toBe('Jin is charged');
  });

  it('keeps a Chinese title up to its full-width semicolon', () => {
    expect(shortTitle('Zoom 在中国被封；整改计划')).toBe('Zoom 在中国被封');
    expect(shortTitle('Jin 被起诉；起诉书解封')).toBe('Jin 被起诉');
  });
});

describe('layoutTimeline', () => {
  const layout = layoutTimeline(events, 2019, 2020, [
    { id: 'b', row: 0 },
    { id: 'e', row: 1 },
  ]);

  it('places only events dated to the month or day within the span, with a tooltip giving the date as known', () => {
    expect(layout.dots.map((d) => d.id)).toEqual(['b', 'd', 'c', 'e']);
    expect(layout.dots.find((d) => d.id === 'd')?.label).toBe('May 2020: Meetings targeted');
    expect(layout.dots.find((d) => d.id === 'c')?.label).toBe('19 May 2020: A warning');
  });

  it('stacks events of one month upward from the axis, and gives each month a tick and each year a label', () => {
    const [may1, may2] = layout.dots.filter((d) => d.id === 'd' || d.id === 'c');
    expect(may1?.cx).toBe(may2?.cx);
    expect(may2?.cy).toBeLessThan(may1?.cy ?? 0);
    expect(layout.dots.every((d) => d.cy < layout.axisY)).toBe(true);
    expect(layout.months).toHaveLength(24);
    expect(layout.months[0]?.initial).toBe('J');
    expect(layout.years.map((y) => y.text)).toEqual(['2019', '2020']);
  });

  it('names callouts by their short title above their dots, running inward at the right edge', () => {
    const [blocks, charged] = layout.callouts;
    expect(blocks?.text).toBe('China blocks Zoom');
    expect(blocks?.anchor).toBe('middle');
    expect(charged?.anchor).toBe('end');
    expect(charged && charged.line.y2).toBeGreaterThan(charged?.line.y1 ?? 0);
    for (const c of layout.callouts) expect(c.x).toBeLessThanOrEqual(layout.width);
  });

  it('rejects a callout for an event that is not placed', () => {
    expect(() => layoutTimeline(events, 2019, 2020, [{ id: 'a', row: 0 }])).toThrow(/"a", which is not an event dated to the month/);
  });
});

describe('layoutTimeline in Chinese', () => {
  const zh = [
    { id: 'b', date: '2019-09', title: 'Zoom 在中国被封；整改计划' },
    { id: 'c', date: '2020-05-19', title: 'Jin 关于周年纪念的警告' },
    { id: 'd', date: '2020-05', title: '检方称会议遭到针对' },
  ];
  const layout = layoutTimeline(zh, 2019, 2020, [{ id: 'b', row: 0 }], uiStrings('zh-hans', (t) => t).graphicWords);

  it('labels every other month by number (10, 11 and 12 would crowd), and the years and tooltips as the Chinese pages write dates', () => {
    expect(layout.months.map((m) => m.initial).slice(0, 12)).toEqual(['1', '', '3', '', '5', '', '7', '', '9', '', '11', '']);
    expect(layout.years.map((y) => y.text)).toEqual(['2019年', '2020年']);
    expect(layout.dots.find((d) => d.id === 'd')?.label).toBe('2020年5月：检方称会议遭到针对');
    expect(layout.dots.find((d) => d.id === 'c')?.label).toBe('2020年5月19日：Jin 关于周年纪念的警告');
    expect(layout.callouts[0]?.text).toBe('Zoom 在中国被封');
  });

  it('keeps the same geometry as the English drawing: only the words differ', () => {
    const english = layoutTimeline(
      zh.map((e) => ({ ...e, title: 'x' })),
      2019,
      2020,
      [{ id: 'b', row: 0 }],
    );
    expect(layout.dots.map(({ cx, cy }) => [cx, cy])).toEqual(english.dots.map(({ cx, cy }) => [cx, cy]));
    expect([layout.width, layout.height, layout.axisY]).toEqual([english.width, english.height, english.axisY]);
  });

  it('gives the Traditional edition the same words converted', () => {
    const hant = convertStrings(
      uiStrings('zh-hans', (t) => t),
      (t) => t.replace('年', '年*'),
    );
    expect(hant.graphicWords.year(2019)).toBe('2019年*');
    expect(hant.graphicWords.dot('2020-05', '事件')).toBe('2020年*5月：事件');
  });
});
