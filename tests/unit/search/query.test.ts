import { describe, expect, it } from 'vitest';
import { echoQuery, isSearchable, MAX_ECHO_LENGTH, MAX_QUERY_LENGTH, normalizeQuery } from '../../../src/lib/search/query';

describe('normalizeQuery', () => {
  it('trims and collapses whitespace of every kind', () => {
    expect(normalizeQuery('  Sean \t\n  Joyce\u00A0 ')).toBe('Sean Joyce');
  });

  it('turns a query of whitespace only into nothing', () => {
    expect(normalizeQuery(' \t\n\u3000 ')).toBe('');
  });

  it('removes zero-width and bidirectional control characters', () => {
    expect(normalizeQuery('Zo\u200Bom\u200D \u2060MSS\uFEFF\u202E')).toBe('Zoom MSS');
  });

  it('composes characters to NFC', () => {
    expect(normalizeQuery('cafe\u0301')).toBe('café');
  });

  it('keeps punctuation, markup and scripts as typed', () => {
    expect(normalizeQuery('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(normalizeQuery('天安门 مرحبا')).toBe('天安门 مرحبا');
  });

  it(`cuts a long query to ${MAX_QUERY_LENGTH} characters without splitting an emoji`, () => {
    expect(normalizeQuery('a'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = normalizeQuery('😀'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji).toBe('😀'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('echoQuery', () => {
  it('returns a short query unchanged', () => {
    expect(echoQuery('MSS')).toBe('MSS');
  });

  it(`shortens a long query to ${MAX_ECHO_LENGTH} characters with an ellipsis`, () => {
    const echo = echoQuery('x'.repeat(500));
    expect(Array.from(echo)).toHaveLength(MAX_ECHO_LENGTH);
    expect(echo.endsWith('…')).toBe(true);
  });

  it('never splits an emoji', () => {
    expect(echoQuery('🔥'.repeat(100))).toBe(`${'🔥'.repeat(MAX_ECHO_LENGTH - 1)}…`);
  });
});

describe('isSearchable', () => {
  it('searches two characters or more', () => {
    expect(isSearchable('MS')).toBe(true);
    expect(isSearchable('one-minute')).toBe(true);
  });

  it('does not search nothing or a single letter', () => {
    expect(isSearchable('')).toBe(false);
    expect(isSearchable('M')).toBe(false);
    expect(isSearchable('é')).toBe(false);
  });

  it('searches a single digit or Chinese character, each a word by itself', () => {
    expect(isSearchable('9')).toBe(true);
    expect(isSearchable('门')).toBe(true);
  });

  it('counts an emoji as one character', () => {
    expect(isSearchable('😀')).toBe(false);
  });
});
