import { createHash } from 'node:crypto';
import { parse } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { numberExternalLinks, oneFileHtml } from '../../../src/lib/editions/one-file';

const hash = (css: string): string => `sha256-${createHash('sha256').update(css).digest('base64')}`;
const page = (key: string, html: string) => ({ url: `/${key}/`, key, title: key, content: parse(html).children });

describe('oneFileHtml', () => {
  const html = oneFileHtml({
    title: 'T',
    siteUrl: 'https://example.org/',
    css: 'body{color:red}',
    pages: [page('case', '<p>One <a href="https://example.org/search/">s</a></p>'), page('laws', '<p>Two</p>')],
    styleHash: hash,
  });
  it('holds every page in order, each with its own anchor and its address online', () => {
    expect(html.indexOf('id="case"')).toBeLessThan(html.indexOf('id="laws"'));
    expect(html).toContain('<li><a href="#case">case</a></li><li><a href="#laws">laws</a></li>');
    expect(html).toContain('Online: <a href="https://example.org/case/">');
  });
  it('allows exactly its own stylesheet and nothing else: no scripts, no requests', () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(html).toContain(`content="default-src 'none'; style-src '${hash(css)}'; img-src data:;`);
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/ src=/);
  });
  it('numbers the addresses that leave the edition for print and lists them per page', () => {
    expect(html).toContain('<a href="https://example.org/search/" data-print-ref="1">s</a>');
    expect(html).toContain('<ol><li>https://example.org/search/</li></ol>');
  });
});

describe('numberExternalLinks', () => {
  it('numbers full addresses only, one number per address', () => {
    const nodes = parse('<a href="#x">in</a><a href="https://a.org/">a</a><a href="https://a.org/">again</a>').children;
    expect(numberExternalLinks(nodes)).toEqual(['https://a.org/']);
  });
});
