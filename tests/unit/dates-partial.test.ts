/**
 * datePrecision and formatPartialDate are covered in dates.test.ts; this adds the
 * "No such day" check of formatDate, which it does not cover.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate } from '../../src/lib/dates';

describe('formatDate', () => {
  it('rejects a day that does not exist in its month', () => {
    for (const bad of ['2020-04-31', '2021-02-29', '2020-02-30', '2020-06-00', '2020-12-32', '2019-11-31']) {
      expect(() => formatDate(bad)).toThrow(`No such day: "${bad}"`);
    }
  });

  it('accepts the last day of a month, and 29 February of a leap year', () => {
    expect(formatDate('2020-02-29')).toBe('29 February 2020');
    expect(formatDate('2000-02-29')).toBe('29 February 2000');
    expect(formatDate('2021-04-30')).toBe('30 April 2021');
    expect(formatDate('2021-01-31')).toBe('31 January 2021');
  });

  it('rejects 29 February of a century year that is not a leap year', () => {
    expect(() => formatDate('1900-02-29')).toThrow('No such day: "1900-02-29"');
  });

  it('checks the month before the day', () => {
    expect(() => formatDate('2020-13-45')).toThrow('Expected a month from 01 to 12, got "2020-13-45"');
  });
});

describe('formatPartialDate', () => {
  it('rejects a full date whose day does not exist', () => {
    expect(() => formatPartialDate('2021-02-29')).toThrow('No such day: "2021-02-29"');
  });
});
