import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile, parseRedirectsFile, redirectFor, serve } from '../../../scripts/serve.mjs';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: `path` goes on the request line as it is, with none of fetch's normalising. */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, agent: false, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end();
  });
}

const portOf = (server: Server): number => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The server has no port');
  return address.port;
};

const HEADERS_FILE = `# Test rules
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
/case/*
  X-Case: yes
`;

let dir = '';
let root = '';
let server: Server;
let prefixed: Server;
let port = 0;
let prefixedPort = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  root = join(dir, 'site');
  const write = (path: string, text: string): void => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };
  write(join(root, 'index.html'), '<p>home</p>'.repeat(50));
  write(join(root, '404.html'), '<p>not found page</p>');
  write(join(root, 'case', 'index.html'), '<p>case</p>');
  write(join(root, '中', 'index.html'), '<p>zhong</p>');
  write(join(root, 'note.txt'), 'a note');
  write(join(root, '_headers'), HEADERS_FILE);
  write(join(root, '_redirects'), '# moved\n/old/* /new/:splat 301\n/gone.txt /note.txt 302\n/note.txt /elsewhere.txt\n');
  write(join(root, 'new', 'file.zip'), 'zip');
  mkdirSync(join(root, 'empty'));
  // Siblings whose names begin with the root's name, and a file outside the root.
  write(join(dir, 'site-secret.txt'), 'sibling secret');
  write(join(dir, 'site-private', 'secret.txt'), 'sibling folder secret');
  write(join(dir, 'outside.txt'), 'outside secret');
  symlinkSync(join(dir, 'outside.txt'), join(root, 'link.txt'));
  symlinkSync(join(dir, 'site-private'), join(root, 'linked'));
  symlinkSync(join(root, 'note.txt'), join(root, 'alias.txt'));
  server = await serve(root, 0);
  prefixed = await serve(root, 0, '/explainer/');
  port = portOf(server);
  prefixedPort = portOf(prefixed);
});

afterAll(async () => {
  await Promise.all([server, prefixed].filter(Boolean).map((s) => new Promise((ok) => s.close(ok))));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('serve: files', () => {
  it('serves the index of the root and of a folder, with Cache-Control: no-cache', async () => {
    const home = await send(port, '/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.headers['cache-control']).toBe('no-cache');
    expect(home.body.toString()).toBe('<p>home</p>'.repeat(50));
    const page = await send(port, '/case/');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe('<p>case</p>');
  });

  it('gzips when the client accepts it, and sends Content-Length when not', async () => {
    const zipped = await send(port, '/', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).toString()).toBe('<p>home</p>'.repeat(50));
    const plain = await send(port, '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-length']).toBe(String('<p>home</p>'.repeat(50).length));
  });

  it('answers unknown paths with 404.html and status 404', async () => {
    const missing = await send(port, '/nowhere/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('<p>not found page</p>');
    // A file asked for as a folder does not exist either.
    expect((await send(port, '/note.txt/')).status).toBe(404);
  });

  it('answers 404 (with 404.html) for a folder without index.html', async () => {
    const empty = await send(port, '/empty/');
    expect(empty.status).toBe(404);
    expect(empty.body.toString()).toBe('<p>not found page</p>');
  });

  it('does not publish _headers itself', async () => {
    const answer = await send(port, '/_headers');
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).not.toContain('nosniff');
  });
});

describe('serve: containment', () => {
  it('refuses a sibling whose name begins with the root folder name', async () => {
    for (const path of [
      '/..%2Fsite-secret.txt',
      '/..%2Fsite-private%2Fsecret.txt',
      '/case/..%2F..%2Fsite-secret.txt',
      '/%2E%2E/site-secret.txt',
    ]) {
      const answer = await send(port, path);
      expect(answer.status, path).toBe(403);
      expect(answer.body.toString(), path).not.toContain('secret');
    }
  });

  it('refuses symbolic links, leading out of the root or not', async () => {
    for (const path of ['/link.txt', '/linked/secret.txt', '/linked/', '/alias.txt']) {
      const answer = await send(port, path);
      expect(answer.status, path).toBe(403);
      expect(answer.body.toString(), path).not.toMatch(/secret|a note/);
    }
    expect((await send(port, '/note.txt')).body.toString()).toBe('a note');
  });

  it('answers 400 for malformed percent-encoding and NUL, and keeps running', async () => {
    expect((await send(port, '/%E0%A4%A')).status).toBe(400);
    expect((await send(port, '/%00')).status).toBe(400);
    expect((await send(port, '/')).status).toBe(200);
  });
});

describe('serve: redirects', () => {
  it('redirects a folder without its trailing slash, keeping the query string', async () => {
    const answer = await send(port, '/case?highlight=Zoom&x=1');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/case/?highlight=Zoom&x=1');
  });

  it('never redirects to another origin', async () => {
    for (const path of [
      '/%2Fevil.example%2F..%2Fcase',
      '//evil.example/..%2Fcase',
      '/%2F%2Fevil.example%2F..%2Fcase',
      '/%5C%5Cevil.example%2F..%2Fcase',
    ]) {
      const answer = await send(port, path);
      expect(answer.status, path).toBe(301);
      expect(answer.headers.location, path).toBe('/case/');
    }
  });

  it('encodes a non-ASCII Location and keeps running', async () => {
    const resolved = await send(port, '/%E4%B8%AD%2F..%2Fcase');
    expect(resolved.status).toBe(301);
    expect(resolved.headers.location).toBe('/case/');
    const named = await send(port, '/%E4%B8%AD');
    expect(named.status).toBe(301);
    expect(named.headers.location).toBe('/%E4%B8%AD/');
    expect((await send(port, named.headers.location ?? '')).body.toString()).toBe('<p>zhong</p>');
    expect((await send(port, '/')).status).toBe(200);
  });
});

describe('serve: methods', () => {
  it('answers 405 with Allow to anything but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const answer = await send(port, '/', { method });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow, method).toBe('GET, HEAD');
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await send(port, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('<p>home</p>'.repeat(50).length));
    expect(head.headers['x-content-type-options']).toBe('nosniff');
    expect(head.body.length).toBe(0);
    const missing = await send(port, '/nowhere/', { method: 'HEAD' });
    expect(missing.status).toBe(404);
    expect(missing.body.length).toBe(0);
  });
});

describe('serve: _headers', () => {
  it('sends the headers of every matching rule', async () => {
    const home = await send(port, '/');
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(home.headers['referrer-policy']).toBe('no-referrer');
    expect(home.headers['x-case']).toBeUndefined();
    const page = await send(port, '/case/');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-case']).toBe('yes');
    expect((await send(port, '/nowhere/')).headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves without them when the root has no _headers', async () => {
    const bare = join(dir, 'bare');
    mkdirSync(bare);
    writeFileSync(join(bare, 'index.html'), 'bare');
    const other = await serve(bare, 0);
    try {
      const answer = await send(portOf(other), '/');
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toBe('bare');
      expect(answer.headers['x-content-type-options']).toBeUndefined();
    } finally {
      await new Promise((ok) => other.close(ok));
    }
  });
});

describe('serve: _redirects', () => {
  it('sends a missing path where a rule says, keeping the rest of the path and the query', async () => {
    const moved = await send(port, '/old/file.zip?x=1');
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe('/new/file.zip?x=1');
    const gone = await send(port, '/gone.txt');
    expect(gone.status).toBe(302);
    expect(gone.headers.location).toBe('/note.txt');
    expect((await send(port, '/new/file.zip')).body.toString()).toBe('zip');
  });

  it('lets a file that exists win over a rule, and does not publish _redirects itself', async () => {
    expect((await send(port, '/note.txt')).body.toString()).toBe('a note');
    expect((await send(port, '/_redirects')).status).toBe(404);
  });

  it('keeps the path prefix in the place it redirects to', async () => {
    const moved = await send(prefixedPort, '/explainer/old/file.zip');
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe('/explainer/new/file.zip');
  });
});

describe('parseRedirectsFile and redirectFor', () => {
  it('reads rules with a default status of 301, and matches exact paths and folders', () => {
    const rules = parseRedirectsFile('# c\n\n/a /b\n/old/*   /new/:splat  308\n');
    expect(rules).toEqual([
      { from: '/a', to: '/b', status: 301 },
      { from: '/old/*', to: '/new/:splat', status: 308 },
    ]);
    expect(redirectFor(rules, '/a')).toEqual({ location: '/b', status: 301 });
    expect(redirectFor(rules, '/a/')).toBeUndefined();
    expect(redirectFor(rules, '/old/x/y.epub')).toEqual({ location: '/new/x/y.epub', status: 308 });
    expect(redirectFor(rules, '/older/x')).toBeUndefined();
  });

  it('names the line it cannot read', () => {
    expect(() => parseRedirectsFile('/a\n')).toThrow(/line 1: a rule reads "from to \[status\]"/);
    expect(() => parseRedirectsFile('\nold /new\n')).toThrow(/line 2: both paths start with \//);
    expect(() => parseRedirectsFile('/a/*/b /c\n')).toThrow(/line 1: a star may only end the path/);
    expect(() => parseRedirectsFile('/a /b/:splat\n')).toThrow(/:splat needs a path that ends in \/\*/);
    expect(() => parseRedirectsFile('/a /b 200\n')).toThrow(/the status is 301, 302, 307 or 308/);
  });

  it("sends the site's first download folder to the one the URL contract names", () => {
    const rules = parseRedirectsFile(readFileSync(join(import.meta.dirname, '../../../public/_redirects'), 'utf8'));
    expect(redirectFor(rules, '/downloads/zoom-tiananmen-case.epub')).toEqual({
      location: '/download/zoom-tiananmen-case.epub',
      status: 301,
    });
  });
});

describe('serve: path prefix', () => {
  it('serves the site under the prefix, and redirects to the slash form', async () => {
    expect((await send(prefixedPort, '/explainer/')).body.toString()).toBe('<p>home</p>'.repeat(50));
    expect((await send(prefixedPort, '/explainer/case/')).body.toString()).toBe('<p>case</p>');
    const bare = await send(prefixedPort, '/explainer?q=1');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/explainer/?q=1');
    const folder = await send(prefixedPort, '/explainer/%2F%2Fevil.example%2F..%2Fcase');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/explainer/case/');
    expect((await send(prefixedPort, '/explainer/case/', { method: 'HEAD' })).headers['x-case']).toBe('yes');
  });

  it('rejects paths outside the prefix', async () => {
    for (const path of ['/', '/case/', '/explainerx/', '/explainer/..%2Fsite-secret.txt', '/explainer%2F..%2Fsite-secret.txt']) {
      const answer = await send(prefixedPort, path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.body.toString(), path).not.toMatch(/home|secret/);
    }
  });
});

describe('parseHeadersFile', () => {
  it('reads rules, skipping comments and blank lines', () => {
    const text = '# top\n/*\n  X-A: 1\n\n  # inside\n  Referrer-Policy:  no-referrer \r\n/exact.txt\n\tX-B: two: parts\n';
    expect(parseHeadersFile(text)).toEqual([
      { pattern: '/*', headers: { 'X-A': '1', 'Referrer-Policy': 'no-referrer' } },
      { pattern: '/exact.txt', headers: { 'X-B': 'two: parts' } },
    ]);
  });

  it('joins a header named twice in a block', () => {
    expect(parseHeadersFile('/*\n  Link: </a>\n  link: </b>\n')).toEqual([{ pattern: '/*', headers: { Link: '</a>, </b>' } }]);
  });

  it('names the line it cannot read', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1: a header comes before any path pattern/);
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/line 2/);
    expect(() => parseHeadersFile('/*\n  Bad Name: 1\n')).toThrow(/line 2: not a valid header/);
    expect(() => parseHeadersFile('case/*\n  X-A: 1\n')).toThrow(/line 1: a path pattern starts with \//);
  });

  it("reads the site's own public/_headers", () => {
    const rules = parseHeadersFile(readFileSync(join(import.meta.dirname, '../../../public/_headers'), 'utf8'));
    const headers = headersFor(rules, '/case/');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Content-Security-Policy']).toBe("frame-ancestors 'none'");
  });
});

describe('matchesPattern and headersFor', () => {
  it('matches exact paths and splats', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/*', '/a/b/c.txt')).toBe(true);
    expect(matchesPattern('/case/*', '/case/')).toBe(true);
    expect(matchesPattern('/case/*', '/case/x/y')).toBe(true);
    expect(matchesPattern('/case/*', '/cases/')).toBe(false);
    expect(matchesPattern('/case/*', '/case')).toBe(false);
    expect(matchesPattern('/exact.txt', '/exact.txt')).toBe(true);
    expect(matchesPattern('/exact.txt', '/exactXtxt')).toBe(false);
    expect(matchesPattern('/exact.txt', '/exact.txt/more')).toBe(false);
    expect(matchesPattern('/*.css', '/a/b.css')).toBe(true);
    expect(matchesPattern('/*.css', '/a/b.js')).toBe(false);
  });

  it('applies every matching rule, joining a header they share', () => {
    const rules = [
      { pattern: '/*', headers: { 'X-All': '1', 'Cache-Control': 'no-cache' } },
      { pattern: '/case/*', headers: { 'cache-control': 'max-age=60' } },
      { pattern: '/other/', headers: { 'X-Other': '1' } },
    ];
    expect(headersFor(rules, '/case/')).toEqual({ 'X-All': '1', 'Cache-Control': 'no-cache, max-age=60' });
    expect(headersFor(rules, '/')).toEqual({ 'X-All': '1', 'Cache-Control': 'no-cache' });
    expect(headersFor([], '/')).toEqual({});
  });
});
