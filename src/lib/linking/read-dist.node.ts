/**
 * Reads a built site (dist/) as the anchor check sees it: each page URL with its anchor ids,
 * and the redirect pages built for renamed URLs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { anchorsInHtml, parseRegistry, type AnchorRegistry, type BuiltSite } from './anchors';

/** Every page URL of the built site with its anchors, and where each redirect page points. */
export function readBuiltSite(dist: string): { site: BuiltSite; redirects: Map<string, string> } {
  const site: BuiltSite = new Map();
  const redirects = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
        continue;
      }
      if (name !== 'index.html') continue;
      const rel = relative(dist, dir).split(sep).join('/');
      const url = rel === '' ? '/' : `/${rel}/`;
      const html = readFileSync(path, 'utf8');
      const refresh = /<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"/i.exec(html);
      if (refresh?.[1]) redirects.set(url, refresh[1]);
      else site.set(url, anchorsInHtml(html));
    }
  };
  if (existsSync(dist)) walk(dist);
  return { site, redirects };
}

/** Reads content/anchors.json under `root` (an empty registry when there is none yet). */
export function readRegistry(root: string): { registry: AnchorRegistry; problems: string[] } {
  const path = join(root, 'content', 'anchors.json');
  if (!existsSync(path)) return { registry: { urls: {}, aliases: {}, redirects: {} }, problems: [] };
  return parseRegistry(readFileSync(path, 'utf8'));
}
