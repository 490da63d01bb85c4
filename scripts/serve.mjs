// A small static server for the built site, as a static host would serve it: directory
// indexes, the trailing-slash redirect, 404.html, and gzip when the client accepts it.
// Loopback only. Usage: node scripts/serve.mjs [dir] [port]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

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

/**
 * Starts a server for `root` on 127.0.0.1:`port`, optionally under a path `prefix` such as
 * "/explainer" (as a host serving the site from a sub-path); resolves once listening.
 */
export function serve(root, port = 4321, prefix = '') {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (prefix) {
      if (path !== prefix && !path.startsWith(`${prefix}/`)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not under the site prefix');
        return;
      }
      path = path.slice(prefix.length) || '/';
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${prefix}${path}/${url.search}` }).end();
        return;
      }
      return send(req, res, join(file, 'index.html'), 200);
    }
    if (existsSync(file)) return send(req, res, file, 200);
    return send(req, res, join(base, '404.html'), 404);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

function send(req, res, file, status) {
  if (!existsSync(file)) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const ext = extname(file);
  const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) {
    res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    createReadStream(file).pipe(createGzip()).pipe(res);
  } else {
    res.writeHead(status, { ...headers, 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(res);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4321', prefix = ''] = process.argv.slice(2);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`No built site in ${dir}/. Run "npm run build" first.`);
    process.exit(1);
  }
  await serve(dir, Number(port), prefix.replace(/\/$/, ''));
  console.log(`Serving ${dir}/ at http://127.0.0.1:${port}${prefix.replace(/\/$/, '')}/ (Ctrl-C to stop)`);
}
