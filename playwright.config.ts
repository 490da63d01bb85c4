import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { E2E_PORT as PORT, MIRRORS, mirrorRoot } from './tests/e2e/mirrors';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // Generous limits: CI shares two cores with the build tools, and axe on the longest page is slow.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
    // No service worker, except in the project that tests it: a worker answers requests itself,
    // which page.route() and request counts would not see.
    serviceWorkers: 'block',
  },
  projects: [
    // Tags choose where a test runs: @touch needs a touch screen, @wide a mouse and a wide
    // window, @sweep (a pass over the whole site) runs once.
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      testIgnore: /mirror\.spec|offline\.spec/,
      grepInvert: /@touch/,
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], channel: undefined },
      testIgnore: /mirror\.spec|offline\.spec/,
      grepInvert: /@sweep|@wide/,
    },
    // The same build served under three prefixes (link check, navigation, search), and the
    // service worker: saving for offline, reading offline, a new build replacing the copy.
    {
      name: 'mirror',
      use: { ...devices['Desktop Chrome'], channel: undefined, serviceWorkers: 'allow' },
      testMatch: /mirror\.spec|offline\.spec/,
    },
  ],
  // The built site, served as a static host would (build first: npm run build), at the root and
  // under the mirror prefixes.
  webServer: MIRRORS.map((m) => ({
    command: `node scripts/serve.mjs dist ${m.port}${m.prefix === '/' ? '' : ` ${m.prefix.replace(/\/$/, '')}`}`,
    url: mirrorRoot(m),
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
