import { parse } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { toXhtml } from '../../../src/lib/editions/xhtml';

const x = (html: string): string => toXhtml(parse(html).children);

describe('toXhtml', () => {
  it('closes void elements and gives bare attributes a value', () => {
    expect(x('<p>a<br>b<input disabled></p>')).toBe('<p>a<br/>b<input disabled=""/></p>');
  });
  it('turns HTML character references into XML-safe text', () => {
    expect(x('<p title="&quot;q&quot;">Tom &amp; Jerry&#39;s&nbsp;&lt;x&gt;</p>')).toBe(
      '<p title="&quot;q&quot;">Tom &amp; Jerry\'s\u00a0&lt;x&gt;</p>',
    );
  });
  it('puts inline SVG in the SVG namespace and closes its empty elements', () => {
    expect(x('<svg viewBox="0 0 1 1"><line x1="0"></line><text>t</text></svg>')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><line x1="0"/><text>t</text></svg>',
    );
  });
  it('keeps empty non-void elements open and closed', () => {
    expect(x('<span id="a"></span>')).toBe('<span id="a"></span>');
  });
});
