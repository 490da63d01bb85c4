import { describe, expect, it } from 'vitest';
import { layoutTimeline, shortTitle } from '../../src/lib/timeline-graphic';

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
