/*
 * The site's service worker: reading offline after a visit.
 *
 * - Every page a reader opens, and the files it loads, are kept (in a cache named for this
 *   build's version), so they open again without a connection.
 * - Only when the reader asks ("Save for offline reading") does it download the whole site with
 *   its search index, by the list in offline.json. Nothing else is downloaded unasked.
 * - A new build is a new worker (its version is stamped into this file by the build, see
 *   src/lib/offline/stamp.node.ts). On install it carries the reader's copy over: a kept file
 *   whose bytes are unchanged is copied, a changed one downloaded again, a removed one dropped;
 *   then the old cache is deleted.
 * - Pages are asked of the network first, so a reader online sees the newest build; if the
 *   network fails, or says nothing for a few seconds (a blocked or dropping connection), the kept
 *   copy answers. Other files are versioned by the build and answered from the copy first.
 *
 * Plain JavaScript, copied into dist/sw.js by the build: a worker is not bundled with the pages.
 */
const VERSION = '__OFFLINE_VERSION__';
const PREFIX = 'zoom-tiananmen-case:';
const CACHE = `${PREFIX}${VERSION}`;
const STATE = `${PREFIX}state`;
/** The site's root, wherever it is served from: the worker sits there, and its scope is it. */
const ROOT = new URL('./', self.location.href).href;
/** How long a page request may go unanswered before the kept copy is shown instead. */
const PATIENCE_MS = 4000;

/** Cache keys leave out the query and fragment: the site is static, and ?highlight= or ?q= are read by scripts. */
const keyOf = (url) => {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
};
const inScope = (url) => url.startsWith(ROOT);

async function readState(name) {
  const hit = await (await caches.open(STATE)).match(`${ROOT}__offline-state/${name}`);
  return hit ? hit.json() : undefined;
}
async function writeState(name, value) {
  await (await caches.open(STATE)).put(`${ROOT}__offline-state/${name}`, new Response(JSON.stringify(value)));
}

async function fetchManifest() {
  const response = await fetch(`${ROOT}offline.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`offline.json: ${response.status}`);
  return response.json();
}

async function sha256(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Fetches `url` (in scope) into `cache`; a redirect or an error is not kept. `mode` is the HTTP
 * cache mode: 'no-cache' (ask the server whether the browser's copy is current) when saving or
 * updating, 'force-cache' for what an open page has just loaded, which the browser still holds:
 * keeping it then costs the reader no second download.
 */
async function keep(cache, url, mode = 'no-cache') {
  const response = await fetch(url, { cache: mode });
  if (!response.ok || response.redirected || response.type !== 'basic') throw new Error(`${url}: ${response.status}`);
  await cache.put(keyOf(url), response);
}

/**
 * Moves the reader's copy from older versions' caches into this one: unchanged files are
 * copied, changed ones downloaded, files this build no longer has dropped. A whole-site copy
 * also gets the files that are new in this build.
 */
async function carryOver() {
  const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== STATE && name !== CACHE);
  const saved = (await readState('saved')) === true;
  if (older.length === 0 && !saved) return;
  const manifest = await fetchManifest();
  const wanted = new Map(manifest.files.map((f) => [new URL(f.url, ROOT).href, f.sha256]));
  const cache = await caches.open(CACHE);
  for (const name of older) {
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const sum = wanted.get(request.url);
      if (sum === undefined || (await cache.match(request.url))) continue;
      const copy = await old.match(request);
      if (copy && (await sha256(copy)) === sum) await cache.put(request.url, copy);
      else await keep(cache, request.url).catch(() => undefined);
    }
  }
  if (saved) for (const url of wanted.keys()) if (!(await cache.match(url))) await keep(cache, url);
}

self.addEventListener('install', (event) => {
  event.waitUntil(carryOver().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== STATE && name !== CACHE) await caches.delete(name);
      await writeState('version', VERSION);
      await self.clients.claim();
    })(),
  );
});

/** A page the reader has not kept, asked for without a connection. */
const notKept = () =>
  new Response(
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Not saved for offline reading</title>' +
      '<h1>This page is not saved for offline reading</h1><p>There is no connection, and this page was not opened or saved on this device before.' +
      ` <a href="${ROOT}">The home page</a> may be saved.</p>`,
    { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );

async function page(request) {
  const cache = await caches.open(CACHE);
  const kept = () => cache.match(keyOf(request.url));
  const network = fetch(request).then(async (response) => {
    if (response.ok && !response.redirected && response.type === 'basic') await cache.put(keyOf(request.url), response.clone());
    return response;
  });
  network.catch(() => undefined); // when the kept copy answers first, a failure later is no news
  // Whichever comes first: the network's answer, or (after PATIENCE_MS) a kept copy.
  const late = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS)).then(kept);
  try {
    return (await Promise.race([network, late.then((copy) => copy ?? network)])) ?? notKept();
  } catch {
    return (await kept()) ?? notKept();
  }
}

async function file(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(keyOf(request.url));
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && !response.redirected && response.type === 'basic') await cache.put(keyOf(request.url), response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !inScope(request.url)) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
});

/** Keeps what an open page already loaded (it loaded before this worker could see it). */
async function keepOpened(urls) {
  const cache = await caches.open(CACHE);
  for (const url of urls) {
    if (typeof url !== 'string' || !inScope(url) || (await cache.match(keyOf(url)))) continue;
    await keep(cache, url, 'force-cache').catch(() => undefined);
  }
}

/**
 * True while saveAll runs in this worker. The 'saved' state is written when saving starts (so a
 * new build carries on an interrupted copy), so a status asked for meanwhile must not read it as
 * a finished copy: the about page asks when the reader scrolls to it, which may be mid-download.
 */
let saving = false;

/** Downloads the whole site into the copy, telling the page how far it has got. */
async function saveAll(client) {
  saving = true;
  try {
    await downloadAll(client);
  } finally {
    saving = false;
  }
  tell(client, { type: 'status', ...(await status()) });
}

const tell = (client, message) => client?.postMessage(message);

async function downloadAll(client) {
  await writeState('saved', true);
  const manifest = await fetchManifest();
  const cache = await caches.open(CACHE);
  let files = 0;
  let bytes = 0;
  let last = 0;
  for (const f of manifest.files) {
    const url = new URL(f.url, ROOT).href;
    if (!(await cache.match(url))) await keep(cache, url);
    files += 1;
    bytes += f.bytes;
    if (files === manifest.files.length || Date.now() - last > 250) {
      last = Date.now();
      tell(client, { type: 'progress', files, totalFiles: manifest.files.length, bytes, totalBytes: manifest.bytes });
    }
  }
}

async function status() {
  const cache = await caches.open(CACHE);
  return { saved: !saving && (await readState('saved')) === true, saving, version: VERSION, files: (await cache.keys()).length };
}

async function removeAll() {
  for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
}

self.addEventListener('message', (event) => {
  const { type, urls } = event.data ?? {};
  const client = event.source;
  if (type === 'keep') event.waitUntil(keepOpened(Array.isArray(urls) ? urls : []));
  else if (type === 'save')
    event.waitUntil(saveAll(client).catch((error) => client?.postMessage({ type: 'failed', reason: String(error?.message ?? error) })));
  else if (type === 'status') event.waitUntil(status().then((s) => client?.postMessage({ type: 'status', ...s })));
  else if (type === 'remove') event.waitUntil(removeAll().then(() => client?.postMessage({ type: 'removed' })));
});
