/**
 * The anchor contract: every published page URL and section anchor is listed in
 * content/anchors.json, and must keep working. A renamed anchor keeps its old id as an alias
 * (an extra target at the new section); a renamed page keeps its old URL as a redirect.
 */

/** The committed registry of published URLs and anchors. */
export interface AnchorRegistry {
  /** Every published page URL and the anchors on it. */
  urls: Record<string, string[]>;
  /** Per page, old anchor id → the id of the section that now answers it. */
  aliases: Record<string, Record<string, string>>;
  /** Old page URL → new page URL (a static redirect page is built at the old URL). */
  redirects: Record<string, string>;
}

/** What the built site publishes: per page URL, its anchor ids (with how often each occurs). */
export type BuiltSite = Map<string, Map<string, number>>;

/**
 * A section anchor: short, lowercase words or numbers joined by hyphens, beginning with a letter
 * (an id that begins with a digit needs escaping in CSS selectors and reads as a number in a URL).
 * The one definition of the rule: the content schemas, the heading check and the registry use it.
 */
export const ANCHOR_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The longest section anchor a writer may choose: links stay short enough to read and type. */
export const MAX_ANCHOR_LENGTH = 40;

/**
 * Ids the site writes into pages by itself. A writer's section may take none of them. Those
 * renumbered from build to build, or naming the site's own panels, are not part of the link
 * contract; source passages (`p7`) and the key facts are, since reporters link them.
 */
const SITE_IDS: readonly { pattern: RegExp; contract: boolean }[] = [
  { pattern: /^main$/, contract: false },
  { pattern: /^notes$/, contract: false },
  { pattern: /^note-\d+$/, contract: false },
  { pattern: /^note-\d+-\d*[a-z]$/, contract: false },
  { pattern: /^cite-\d+$/, contract: false },
  { pattern: /^cite-this-page$/, contract: false },
  { pattern: /^p\d+-title$/, contract: false },
  { pattern: /^p\d+$/, contract: true },
  { pattern: /^key-facts$/, contract: true },
];

/** True for an id the site writes itself, which no section may take. */
export function isSiteId(id: string): boolean {
  return SITE_IDS.some((s) => s.pattern.test(id));
}

/** True for an id that is a section anchor (and so part of the contract). */
export function isContractAnchor(id: string): boolean {
  return !SITE_IDS.some((s) => !s.contract && s.pattern.test(id));
}

/** Reads the ids inside `<main>` of a built page, counting repeats. */
export function anchorsInHtml(html: string): Map<string, number> {
  const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? '';
  const ids = new Map<string, number>();
  for (const m of main.matchAll(/\sid="([^"]+)"/g)) {
    const id = m[1] ?? '';
    if (id === 'main' || !isContractAnchor(id)) continue;
    ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  return ids;
}

/** Validates the registry file's shape; returns problems a writer can act on. */
export function parseRegistry(text: string): { registry: AnchorRegistry; problems: string[] } {
  const problems: string[] = [];
  const empty: AnchorRegistry = { urls: {}, aliases: {}, redirects: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { registry: empty, problems: [`content/anchors.json is not valid JSON: ${(error as Error).message}`] };
  }
  const obj = (data ?? {}) as Partial<AnchorRegistry>;
  const registry: AnchorRegistry = { urls: obj.urls ?? {}, aliases: obj.aliases ?? {}, redirects: obj.redirects ?? {} };
  for (const [url, ids] of Object.entries(registry.urls)) {
    if (!/^\/(?:[a-z0-9-]+\/)*$/.test(url)) problems.push(`content/anchors.json: "${url}" is not a page URL like "/case/".`);
    if (!Array.isArray(ids)) {
      problems.push(`content/anchors.json: the anchors of ${url} must be a list of ids.`);
      continue;
    }
    for (const id of ids) {
      if (!ANCHOR_ID.test(id)) problems.push(`content/anchors.json: ${url} lists "${id}", which is not a short lowercase hyphenated id.`);
    }
  }
  for (const [url, map] of Object.entries(registry.aliases)) {
    for (const [from, to] of Object.entries(map)) {
      if (!ANCHOR_ID.test(from) || !ANCHOR_ID.test(to)) {
        problems.push(`content/anchors.json: alias "${from}" → "${to}" on ${url} must join two short lowercase hyphenated ids.`);
      }
    }
  }
  return { registry, problems };
}

/** The old ids that now point at `id` on the page at `url`. */
export function aliasesOf(registry: AnchorRegistry, url: string, id: string): string[] {
  return Object.entries(registry.aliases[url] ?? {})
    .filter(([, to]) => to === id)
    .map(([from]) => from);
}

/** The result of checking a built site against the registry. */
export interface AnchorCheck {
  /** Broken promises: the build or the tests must fail. */
  problems: string[];
  /** Published URLs and anchors not yet in the registry (add them with `npm run anchors`). */
  unregistered: { url: string; id: string | null }[];
}

/** Checks the built site against the registry: nothing registered may disappear. */
export function checkAnchors(registry: AnchorRegistry, site: BuiltSite): AnchorCheck {
  const problems: string[] = [];
  const unregistered: AnchorCheck['unregistered'] = [];
  for (const [url, ids] of site) {
    for (const [id, count] of ids) {
      if (count > 1) problems.push(`${url}: the id "${id}" appears ${count} times; an anchor must be unique on its page.`);
      if (!ANCHOR_ID.test(id)) problems.push(`${url}: the id "${id}" is not a short lowercase hyphenated id.`);
    }
  }
  for (const [from, to] of Object.entries(registry.redirects)) {
    if (!site.has(to)) problems.push(`content/anchors.json: the redirect from ${from} points to ${to}, which is not a page.`);
  }
  for (const [url, map] of Object.entries(registry.aliases)) {
    const ids = site.get(url);
    for (const [from, to] of Object.entries(map)) {
      if (!ids?.has(to)) {
        problems.push(
          `${url}: the alias "${from}" points to "${to}", which is not an anchor on the page. Anchors there: ${[...(ids?.keys() ?? [])].join(', ') || '(none)'}.`,
        );
      } else if (!ids.has(from)) {
        problems.push(`${url}: the alias "${from}" → "${to}" is declared but "${from}" is not a target on the built page.`);
      }
    }
  }
  for (const [url, ids] of Object.entries(registry.urls)) {
    const built = site.get(url);
    if (!built) {
      if (!registry.redirects[url]) {
        problems.push(
          `${url} was published and is gone. Restore the page, or add a redirect in content/anchors.json: "redirects": { "${url}": "/new-url/" }.`,
        );
      }
      continue;
    }
    for (const id of ids) {
      if (built.has(id)) continue;
      const target = registry.aliases[url]?.[id];
      problems.push(
        target
          ? `${url}#${id}: the alias points to "${target}", but "${id}" is not on the page.`
          : `${url}#${id} was published and is gone. Restore the id, or declare where it went in content/anchors.json: "aliases": { "${url}": { "${id}": "<new-id>" } }. Anchors on the page now: ${[...built.keys()].join(', ') || '(none)'}.`,
      );
    }
  }
  for (const [url, ids] of site) {
    const known = new Set([...(registry.urls[url] ?? []), ...Object.keys(registry.aliases[url] ?? {})]);
    if (!registry.urls[url]) unregistered.push({ url, id: null });
    for (const id of ids.keys()) if (!known.has(id)) unregistered.push({ url, id });
  }
  return { problems, unregistered };
}

/** Adds every built URL and anchor to the registry (never removes); returns the new registry. */
export function registerAll(registry: AnchorRegistry, site: BuiltSite): AnchorRegistry {
  const urls: Record<string, string[]> = {};
  const all = new Set([...Object.keys(registry.urls), ...site.keys()]);
  for (const url of [...all].sort()) {
    const known = registry.urls[url] ?? [];
    const aliased = new Set(Object.keys(registry.aliases[url] ?? {}));
    const added = [...(site.get(url)?.keys() ?? [])].filter((id) => !known.includes(id) && !aliased.has(id));
    urls[url] = [...known, ...added];
  }
  return { urls, aliases: registry.aliases, redirects: registry.redirects };
}
