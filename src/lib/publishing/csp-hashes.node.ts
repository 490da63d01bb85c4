/**
 * Astro writes the hashes of every inline script and style of the whole site into the Content
 * Security Policy of every page. A page needs only the hashes of its own inline code: keeping just
 * those makes each page's policy allow exactly what is on it, and saves about half a kilobyte of
 * incompressible hashes on every first load. The same pass checks the other way round: inline code
 * whose hash the policy lacks would be blocked in the browser, so it is reported.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
// Inline code the policy governs: <style> elements, and <script> elements without src that run
// (JSON-LD and other data blocks are not scripts to the browser and need no hash).
const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
const DATA_BLOCK = /\btype\s*=\s*["']?application\/(?:ld\+)?json/i;

/** The CSP source for a text's SHA-256 hash, as the browser computes it over the element's text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources a page's inline scripts and styles need, by directive, each with the code's first words. */
export function inlineHashes(html: string): { script: Map<string, string>; style: Map<string, string> } {
  const script = new Map<string, string>();
  const style = new Map<string, string>();
  const opening = (body: string) => {
    const text = body.replace(/\s+/g, ' ').trim();
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  };
  for (const [, tag, attrs = '', body = ''] of html.matchAll(INLINE)) {
    if (tag?.toLowerCase() === 'style') style.set(hashSource(body), opening(body));
    else if (!/\ssrc\s*=/i.test(attrs) && !DATA_BLOCK.test(attrs)) script.set(hashSource(body), opening(body));
  }
  return { script, style };
}

/**
 * Keeps in the page's policy only the hashes its own inline code needs (every other source stays
 * as it was); `problems` names inline code the policy does not allow. A page without a policy in a
 * <meta> tag is returned unchanged.
 */
export function pruneCspHashes(html: string): { html: string; removed: number; problems: string[] } {
  const meta = META.exec(html);
  if (!meta?.[1]) return { html, removed: 0, problems: [] };
  const needed = inlineHashes(html);
  const problems: string[] = [];
  let removed = 0;
  const directives = meta[1].split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    const want = name === 'script-src' ? needed.script : name === 'style-src' ? needed.style : undefined;
    if (!want) return directive.trim();
    for (const [hash, code] of want) {
      if (!sources.includes(hash))
        problems.push(`inline ${name === 'script-src' ? 'script' : 'style'} ${JSON.stringify(code)} (${hash}) is not allowed by ${name}`);
    }
    const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || want.has(s));
    removed += sources.length - kept.length;
    return [name, ...kept].join(' ');
  });
  const policy = directives.filter((d) => d !== '').join('; ');
  // Replaced by function, so that nothing in the policy is read as a replacement pattern.
  const tag = meta[0].replace(meta[1], () => policy);
  return { html: html.replace(meta[0], () => tag), removed, problems };
}
