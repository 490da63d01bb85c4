import { describe, expect, it } from 'vitest';
import { datePrecision, formatDate, formatPartialDate, formatUsDate, isIsoDate, parseIsoDate } from '../../src/lib/dates';

describe('formatDate', () => {
  it('formats an ISO date as day, month name and year', () => {
    expect(formatDate('2020-12-18')).toBe('18 December 2020');
  });

  it('drops the leading zero of the day', () => {
    expect(formatDate('2020-06-04')).toBe('4 June 2020');
  });

  it('names every month', () => {
    const names = Array.from({ length: 12 }, (_, i) => formatDate(`2021-${String(i + 1).padStart(2, '0')}-01`).split(' ')[1]);
    expect(names).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]);
  });

  it('does not shift the date by time zone', () => {
    expect(formatDate('2020-01-01')).toBe('1 January 2020');
    expect(formatDate('2020-12-31')).toBe('31 December 2020');
  });

  it('rejects a string that is not YYYY-MM-DD', () => {
    for (const bad of ['18 December 2020', '2020-12-1', '2020/12/18', '20-12-18', '2020-12-18T00:00:00Z', ' 2020-12-18', '']) {
      expect(() => formatDate(bad)).toThrow(`Expected a date as YYYY-MM-DD, got "${bad}"`);
    }
  });

  it('rejects a month outside 01 to 12', () => {
    expect(() => formatDate('2020-13-01')).toThrow('Expected a month from 01 to 12, got "2020-13-01"');
    expect(() => formatDate('2020-00-10')).toThrow('Expected a month from 01 to 12, got "2020-00-10"');
  });
});

describe('datePrecision', () => {
  it('tells a year, a month and a day apart', () => {
    expect(datePrecision('2019')).toBe('year');
    expect(datePrecision('2020-06')).toBe('month');
    expect(datePrecision('2020-06-04')).toBe('day');
  });

  it('rejects anything else', () => {
    for (const bad of ['20', '2020-6', '2020-06-4', 'June 2020', '2020-06-04T00:00', '']) {
      expect(() => datePrecision(bad)).toThrow(`Expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${bad}"`);
    }
  });
});

describe('formatPartialDate', () => {
  it('formats a date only as precisely as it is known', () => {
    expect(formatPartialDate('2019')).toBe('2019');
    expect(formatPartialDate('2020-06')).toBe('June 2020');
    expect(formatPartialDate('2020-06-04')).toBe('4 June 2020');
  });

  it('rejects a month outside 01 to 12, with or without a day', () => {
    expect(() => formatPartialDate('2020-13')).toThrow('Expected a month from 01 to 12, got "2020-13"');
    expect(() => formatPartialDate('2020-00-01')).toThrow('Expected a month from 01 to 12, got "2020-00-01"');
  });

  it('rejects a malformed date', () => {
    expect(() => formatPartialDate('June 2020')).toThrow('Expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "June 2020"');
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(['2026-11-21', '2024-02-29'].map(isIsoDate)).toEqual([true, true]);
    expect(['2026-02-30', '2026-13-01', '2026-1-1', '21/11/2026', ''].map(isIsoDate)).toEqual([false, false, false, false, false]);
  });
});

describe('parseIsoDate', () => {
  it('gives the parts of a real date and nothing for a date that rolls over', () => {
    expect(parseIsoDate('2020-12-18')).toEqual({ year: 2020, month: 12, day: 18 });
    expect(parseIsoDate('2021-04-31')).toBeUndefined();
  });
});

describe('formatUsDate', () => {
  it('writes the month first, as the U.S. citation styles do', () => {
    expect(formatUsDate('2026-11-21')).toBe('November 21, 2026');
  });

  it('refuses a date that is not real, like formatDate', () => {
    expect(() => formatUsDate('2026-02-30')).toThrow('No such day: "2026-02-30"');
  });
});
