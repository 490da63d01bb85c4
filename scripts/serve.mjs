// A small static server for the built site, as a static host would serve it: directory
// indexes, the trailing-slash redirect, 404.html, the headers of _headers, the rules of _redirects, and gzip when the
// client accepts it. Loopback only. Usage: node scripts/serve.mjs [dir] [port] [prefix]
import { createReadStream, existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, validateHeaderName, validateHeaderValue } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('node:http').Server} Server */
/** A block of a `_headers` file: the headers to send for the paths that match `pattern`. */
/** @typedef {{ pattern: string, headers: Record<string, string> }} HeaderRule */

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
const ALLOWED_METHODS = 'GET, HEAD';
const TEXT = 'text/plain; charset=utf-8';
// Netlify and Cloudflare Pages read these files as configuration and do not publish them.
const CONFIG_FILES = new Set(['_headers', '_redirects']);

/**
 * The rules of a `_headers` file (Netlify and Cloudflare Pages format): a path pattern on an
 * unindented line, then its headers on indented `Name: value` lines; `#` starts a comment line.
 * A header named twice in one block gets both values, comma-separated. Throws on a line it
 * cannot read, naming it, so a typo fails at start-up rather than on every request.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  /** @type {HeaderRule | undefined} */
  let rule;
  text.split(/\r?\n/).forEach((line, index) => {
    const content = line.trim();
    if (content === '' || content.startsWith('#')) return;
    const fail = (/** @type {string} */ why) => {
      throw new Error(`_headers line ${index + 1}: ${why}: ${content}`);
    };
    if (!/^\s/.test(line)) {
      if (!content.startsWith('/')) fail('a path pattern starts with /');
      rule = { pattern: content, headers: {} };
      rules.push(rule);
      return;
    }
    if (!rule) return fail('a header comes before any path pattern');
    const colon = content.indexOf(':');
    if (colon <= 0) return fail('a header line reads "Name: value"');
    const name = content.slice(0, colon).trim();
    const value = content.slice(colon + 1).trim();
    try {
      validateHeaderName(name);
      validateHeaderValue(name, value);
    } catch {
      fail('not a valid header');
    }
    const known = Object.keys(rule.headers).find((n) => n.toLowerCase() === name.toLowerCase());
    if (known === undefined) rule.headers[name] = value;
    else rule.headers[known] = `${rule.headers[known]}, ${value}`;
  });
  return rules;
}

/**
 * The rules of a `_redirects` file (Netlify and Cloudflare Pages format): `from to [status]` on a
 * line, `#` starts a comment line. `from` may end in `/*`, and `to` may then carry `:splat`, the
 * part of the path the star matched. Status 301 unless given (301, 302, 307 or 308). Throws on a
 * line it cannot read, naming it.
 * @param {string} text
 * @returns {{ from: string, to: string, status: number }[]}
 */
export function parseRedirectsFile(text) {
  return text.split(/\r?\n/).flatMap((line, index) => {
    const content = line.trim();
    if (content === '' || content.startsWith('#')) return [];
    const [from = '', to = '', status = '301', ...rest] = content.split(/\s+/);
    const fail = (/** @type {string} */ why) => {
      throw new Error(`_redirects line ${index + 1}: ${why}: ${content}`);
    };
    if (rest.length > 0 || to === '') fail('a rule reads "from to [status]"');
    if (!from.startsWith('/') || !to.startsWith('/')) fail('both paths start with /');
    if (from.slice(0, -1).includes('*') || (from.includes('*') && !from.endsWith('/*')))
      fail('a star may only end the path, as "/folder/*"');
    if (to.includes(':splat') && !from.endsWith('/*')) fail(':splat needs a path that ends in /*');
    if (!['301', '302', '307', '308'].includes(status)) fail('the status is 301, 302, 307 or 308');
    return [{ from, to, status: Number(status) }];
  });
}

/**
 * Where the first matching `_redirects` rule sends `path`, or undefined.
 * @param {readonly { from: string, to: string, status: number }[]} rules
 * @param {string} path
 * @returns {{ location: string, status: number } | undefined}
 */
export function redirectFor(rules, path) {
  for (const rule of rules) {
    if (rule.from.endsWith('/*')) {
      const folder = rule.from.slice(0, -1);
      if (path.startsWith(folder)) return { location: rule.to.replace(':splat', path.slice(folder.length)), status: rule.status };
    } else if (rule.from === path) return { location: rule.to, status: rule.status };
  }
  return undefined;
}

/**
 * True when `path` (such as "/case/") matches a `_headers` pattern: an exact path, or one with
 * `*` splats, each matching any run of characters, slashes included ("/*" matches every path).
 * @param {string} pattern
 * @param {string} path
 */
export function matchesPattern(pattern, path) {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers of every rule that matches `path`, in file order; a header set by several rules
 * gets all their values, comma-separated (as Cloudflare Pages does).
 * @param {readonly HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Map<string, [string, string]>} */
  const byName = new Map();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = name.toLowerCase();
      const earlier = byName.get(key);
      byName.set(key, earlier ? [earlier[0], `${earlier[1]}, ${value}`] : [name, value]);
    }
  }
  return Object.fromEntries(byName.values());
}

/** An error that is the client's fault: it answers 400, not 500. */
class BadRequest extends Error {}

/**
 * A path for a Location header: each segment percent-encoded, so a header never carries
 * non-ASCII (Node throws on it) and a decoded "/" or "?" cannot change what the URL means.
 * @param {string} path
 */
const encodePath = (path) => path.split('/').map(encodeURIComponent).join('/');

/**
 * A raw query string made safe for a header: Node hands over the request target's bytes as
 * Latin-1 characters, so anything outside printable ASCII is re-encoded byte for byte.
 * @param {string} search
 */
const encodeSearch = (search) =>
  search.replace(/[^\x21-\x7e]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c);
  });

/**
 * True when `path` is `root` or lies under it. `relative` rather than a string prefix, since
 * "/srv/dist-secret" starts with "/srv/dist".
 * @param {string} root
 * @param {string} path
 */
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * What `rel` (native separators, "" for the root) is under `realRoot`. A symbolic link anywhere
 * on the way is refused: a static host publishes files, and a link could lead out of the build.
 * @param {string} realRoot
 * @param {string} rel
 * @returns {{ kind: 'file' | 'dir' | 'missing' | 'refused', path: string }}
 */
function lookUp(realRoot, rel) {
  let path = realRoot;
  for (const part of rel.split(sep).filter(Boolean)) {
    path = join(path, part);
    let stat;
    try {
      stat = lstatSync(path);
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return { kind: 'missing', path };
      throw error;
    }
    if (stat.isSymbolicLink()) return { kind: 'refused', path };
  }
  // The walk above already refuses links; this is the check that cannot be argued with.
  if (!isInside(realRoot, realpathSync(path))) return { kind: 'refused', path };
  const stat = statSync(path);
  return { kind: stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'missing', path };
}

/**
 * Starts a server for `root` on 127.0.0.1:`port` (0 for any free port), optionally under a path
 * `prefix` such as "/explainer" (as a host serving the site from a sub-path); resolves with the
 * server once it listens. Reads `root`/_headers once, here.
 * @param {string} root
 * @param {number} [port]
 * @param {string} [prefix]
 * @returns {Promise<Server>}
 */
export function serve(root, port = 4321, prefix = '') {
  const realRoot = realpathSync(resolve(root));
  const base = prefix.replace(/\/+$/, '');
  // One leading slash and no empty segment, so a redirect under it stays on this origin.
  if (!/^(\/[^/]+)*$/.test(base)) throw new Error(`The path prefix must read like /explainer: ${prefix}`);
  const headersFile = join(realRoot, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const redirectsFile = join(realRoot, '_redirects');
  const redirects = existsSync(redirectsFile) ? parseRedirectsFile(readFileSync(redirectsFile, 'utf8')) : [];

  /**
   * @param {Request} req
   * @param {Response} res
   */
  function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: ALLOWED_METHODS, 'Content-Type': TEXT }).end('Method not allowed');
      return;
    }
    const target = req.url ?? '/';
    // Parsed by hand: `new URL` would read "//host/…" as another origin and drop the host part.
    if (!target.startsWith('/')) throw new BadRequest('Not a path');
    const queryAt = target.search(/[?#]/);
    const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
    const search = queryAt === -1 || target[queryAt] === '#' ? '' : target.slice(queryAt).replace(/#.*/s, '');
    let path;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      throw new BadRequest('Malformed percent-encoding');
    }
    if (path.includes('\0')) throw new BadRequest('NUL in the path');
    if (base) {
      if (path !== base && !path.startsWith(`${base}/`)) {
        res.writeHead(404, { 'Content-Type': TEXT }).end('Not under the site prefix');
        return;
      }
      path = path.slice(base.length);
    }
    const file = resolve(realRoot, `.${sep}${path}`);
    if (!isInside(realRoot, file)) {
      res.writeHead(403, { 'Content-Type': TEXT }).end('Forbidden');
      return;
    }
    // The path as the site sees it, dot segments and repeated slashes resolved.
    const rel = relative(realRoot, file);
    const sitePath = `/${rel.split(sep).join('/')}`;
    const found = CONFIG_FILES.has(rel) ? { kind: 'missing', path: file } : lookUp(realRoot, rel);
    if (found.kind === 'refused') {
      res.writeHead(403, { 'Content-Type': TEXT }).end('Forbidden');
      return;
    }
    if (found.kind === 'dir') {
      if (!path.endsWith('/')) {
        // From the resolved path, never the raw one: "/%2Fhost%2F..%2Fcase" must not become "//host/…".
        const location = `${encodePath(`${base}${sitePath === '/' ? '' : sitePath}/`)}${encodeSearch(search)}`;
        res.writeHead(301, { Location: location, 'Content-Type': TEXT }).end();
        return;
      }
      const index = lookUp(realRoot, join(rel, 'index.html'));
      if (index.kind === 'file') return send(req, res, index.path, 200, headersFor(rules, sitePath === '/' ? '/' : `${sitePath}/`));
    } else if (found.kind === 'file' && !path.endsWith('/')) {
      return send(req, res, found.path, 200, headersFor(rules, sitePath));
    }
    // A file that exists wins over a redirect (as on Netlify, without "!"): only a missing path moves.
    const moved = redirectFor(redirects, sitePath + (path.endsWith('/') && sitePath !== '/' ? '/' : ''));
    if (moved) {
      res
        .writeHead(moved.status, { Location: `${encodePath(`${base}${moved.location}`)}${encodeSearch(search)}`, 'Content-Type': TEXT })
        .end();
      return;
    }
    const notFound = lookUp(realRoot, '404.html');
    if (notFound.kind === 'file') return send(req, res, notFound.path, 404, headersFor(rules, sitePath));
    res.writeHead(404, { 'Content-Type': TEXT }).end('Not found');
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      const bad = error instanceof BadRequest;
      if (!bad) console.error(`serve: ${req.method} ${req.url}:`, error);
      if (res.headersSent) res.destroy();
      else res.writeHead(bad ? 400 : 500, { 'Content-Type': TEXT }).end(bad ? 'Bad request' : 'Internal server error');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok(server);
    });
  });
}

/**
 * Sends `file` with `status`: HEAD gets the headers alone; a read error after the headers went
 * out can only cut the connection, which the pipeline does.
 * @param {Request} req
 * @param {Response} res
 * @param {string} file
 * @param {number} status
 * @param {Record<string, string>} extra the headers of _headers, which win over the defaults
 */
function send(req, res, file, status, extra) {
  const ext = extname(file);
  res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', 'no-cache');
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) {
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
  } else {
    res.setHeader('Content-Length', statSync(file).size);
  }
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  res.writeHead(status);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const done = (/** @type {NodeJS.ErrnoException | null} */ error) => {
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error(`serve: ${file}:`, error);
  };
  if (gzip) pipeline(createReadStream(file), createGzip(), res, done);
  else pipeline(createReadStream(file), res, done);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '4321', prefix = ''] = process.argv.slice(2);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`No built site in ${dir}/. Run "npm run build" first.`);
    process.exit(1);
  }
  const server = await serve(dir, Number(port), prefix);
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${dir}/ at http://127.0.0.1:${actual}${prefix.replace(/\/+$/, '')}/ (Ctrl-C to stop)`);
}
