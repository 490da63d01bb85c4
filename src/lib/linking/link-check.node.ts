/**
 * Checks every internal link of the built site: the target file exists and, when the link has
 * a #fragment, an element with that id exists on the target page. Works on files, offline, and
 * knows the site's URL rules (trailing slashes, base path, redirect pages).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One built HTML page: its URL, its element ids and the links it makes. */
export interface PageLinks {
  url: string;
  ids: Set<string>;
  links: string[];
}

/** Lists ids and link targets (href, src, and <link>/<meta> URLs are left to other checks). */
export function extractLinks(html: string): { ids: Set<string>; links: string[] } {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\sid="([^"]*)"/g)) ids.add(m[1] ?? '');
  const links: string[] = [];
  for (const m of html.matchAll(/<(a|link|script|img|source|iframe)\b[^>]*?\s(href|src)="([^"]*)"/gi)) {
    const tag = (m[1] ?? '').toLowerCase();
    const value = (m[3] ?? '').replace(/&amp;/g, '&');
    if (tag === 'link' && /\brel="(?:canonical|alternate)"/.test(m[0]) && /^https?:/.test(value)) continue;
    links.push(value);
  }
  return { ids, links };
}

/** Reads every HTML page under `dist`. */
export function readPages(dist: string): { pages: Map<string, PageLinks>; files: Set<string> } {
  const pages = new Map<string, PageLinks>();
  const files = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const rel = `/${relative(dist, path).split(sep).join('/')}`;
      files.add(rel);
      if (!name.endsWith('.html')) continue;
      const url = name === 'index.html' ? rel.slice(0, -'index.html'.length) : rel;
      pages.set(url, { url, ...extractLinks(readFileSync(path, 'utf8')) });
    }
  };
  if (existsSync(dist)) walk(dist);
  return { pages, files };
}

/** Every broken internal link, as "<page>: <link> (<why>)". */
export function brokenLinks(pages: Map<string, PageLinks>, files: Set<string>, base = '/'): string[] {
  const broken: string[] = [];
  const prefix = base.replace(/\/$/, '');
  for (const page of pages.values()) {
    for (const link of page.links) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) continue; // external, mailto:, data: — not ours to check here
      const [rawPath = '', rawFragment] = link.split('#');
      const fragment = rawFragment?.split(':~:')[0];
      let path = rawPath.split('?')[0] ?? '';
      if (path === '') path = page.url;
      else if (!path.startsWith('/')) path = new URL(path, `http://x${page.url}`).pathname;
      else if (prefix) {
        if (!path.startsWith(`${prefix}/`)) {
          broken.push(`${page.url}: ${link} (outside the base path ${prefix}/)`);
          continue;
        }
        path = path.slice(prefix.length);
      }
      const target = pages.get(path);
      if (!target) {
        if (files.has(path)) continue;
        broken.push(`${page.url}: ${link} (${pages.has(`${path}/`) ? 'no trailing slash' : 'no such page or file'})`);
        continue;
      }
      if (fragment && !target.ids.has(decodeURIComponent(fragment))) broken.push(`${page.url}: ${link} (no id "${fragment}" on ${path})`);
    }
  }
  return broken;
}
