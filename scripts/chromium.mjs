/**
 * Finds a Chromium for the browser tests, the benchmarks and the screenshots: CHROMIUM_PATH if
 * set, else Playwright's own browser if it was downloaded, else the system's (Debian's `chromium`).
 * Fails with a message that says how to get one. Plain JavaScript, so that the Node scripts and
 * the TypeScript tests share this one copy.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a headless Chromium on a machine with no network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The path of the Chromium to drive. Throws an Error that says how to get one.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser of its own; the system's may still be there.
  }
  const found = [bundled, ...SYSTEM_BROWSERS].find((p) => p !== '' && existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian: `apt-get install -y chromium`), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable. Looked in: ' +
      [bundled || "Playwright's own browser (not downloaded)", ...SYSTEM_BROWSERS].join(', '),
  );
}
