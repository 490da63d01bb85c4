import { describe, expect, it } from 'vitest';
import { canonicalUrl, PLACEHOLDER_ORIGIN, siteAddress } from '../../src/lib/site-origin';

describe('siteAddress', () => {
  it('is the placeholder without SITE_URL', () => {
    expect(siteAddress(undefined)).toBe(`${PLACEHOLDER_ORIGIN}/`);
    expect(siteAddress('  ')).toBe(`${PLACEHOLDER_ORIGIN}/`);
  });

  it('keeps a path and ends with a slash', () => {
    expect(siteAddress('https://example.org')).toBe('https://example.org/');
    expect(siteAddress('https://example.org/explainer')).toBe('https://example.org/explainer/');
    expect(siteAddress('https://example.org/explainer/?x=1#y')).toBe('https://example.org/explainer/');
  });
});

describe('canonicalUrl', () => {
  it('puts a contract path under the main address, path included', () => {
    expect(canonicalUrl('https://example.org', '/case/#charges')).toBe('https://example.org/case/#charges');
    expect(canonicalUrl('https://example.org/explainer/', '/case/')).toBe('https://example.org/explainer/case/');
    expect(canonicalUrl('https://example.org/explainer', '/')).toBe('https://example.org/explainer/');
  });
});
