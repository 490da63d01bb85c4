import { describe, expect, it } from 'vitest';
import { highlightCode, styleToClasses } from '../../src/lib/code-highlight';

describe('styleToClasses', () => {
  it('maps Shiki CSS-variable colours and font styles to classes', () => {
    expect(styleToClasses('color:var(--shiki-token-keyword);font-style:italic')).toEqual(['sh-token-keyword', 'sh-italic']);
  });

  it('ignores declarations it does not know', () => {
    expect(styleToClasses('color:#ff0000;margin:0')).toEqual([]);
  });
});

describe('highlightCode', () => {
  it('highlights with classes and leaves no style attribute', async () => {
    const html = await highlightCode('@misc{key,\n  title = {A & B},\n}', 'bibtex');
    expect(html).not.toMatch(/style=/);
    expect(html).toMatch(/^<pre class="code" tabindex="0"><code>/);
    expect(html).toMatch(/class="sh-token-[a-z-]+"/);
    expect(html).toContain('&#x26;');
  });

  it('escapes markup in the code', async () => {
    const html = await highlightCode('<script>alert(1)</script>', 'html');
    expect(html).not.toContain('<script>');
  });
});
