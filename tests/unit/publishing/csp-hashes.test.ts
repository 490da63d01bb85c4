import { describe, expect, it } from 'vitest';
import { hashSource, inlineHashes, pruneCspHashes } from '../../../src/lib/publishing/csp-hashes.node.ts';

const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('hashSource', () => {
  it('gives the CSP source a browser computes for the text', () => {
    // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('inlineHashes', () => {
  it('hashes inline styles and running inline scripts, not external scripts or JSON-LD', () => {
    const { script, style } = inlineHashes(
      '<script>a()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{"a":1}</script><style>p{}</style>',
    );
    expect([...script]).toEqual([[hashSource('a()'), 'a()']]);
    expect([...style]).toEqual([[hashSource('p{}'), 'p{}']]);
  });
});

describe('pruneCspHashes', () => {
  const a = hashSource('a()');
  const b = hashSource('b()');
  const s = hashSource('p{}');
  const t = hashSource('q{}');

  it("keeps only the hashes of the page's own inline code, and every other source", () => {
    const html = page(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${a} ${b}; style-src 'self' ${s} ${t};`,
      '<script>a()</script><style>p{}</style>',
    );
    const out = pruneCspHashes(html);
    expect(policyOf(out.html)).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${a}; style-src 'self' ${s}`);
    expect(out.removed).toBe(2);
    expect(out.problems).toEqual([]);
  });

  it('reports inline code whose hash the policy lacks, with its first words', () => {
    const out = pruneCspHashes(page(`script-src 'self'; style-src 'self' ${s}`, '<script>b()</script><style>p{}</style>'));
    expect(out.problems).toEqual([`inline script "b()" (${b}) is not allowed by script-src`]);
  });

  it('shortens long inline code to its first 40 characters', () => {
    const code = `window.something = ${'1 + '.repeat(20)}1;`;
    const out = pruneCspHashes(page("script-src 'self'", `<script>${code}</script>`));
    expect(out.problems[0]).toContain(`"${code.slice(0, 40)}…"`);
  });

  it('leaves a page without a policy unchanged', () => {
    const html = '<html><head><script>a()</script></head></html>';
    expect(pruneCspHashes(html)).toEqual({ html, removed: 0, problems: [] });
  });

  it('does not read "$" in a policy as a replacement pattern', () => {
    const html = page(`script-src 'self' ${a} 'nonce-$&'`, '<script>a()</script>');
    expect(policyOf(pruneCspHashes(html).html)).toBe(`script-src 'self' ${a} 'nonce-$&'`);
  });
});
