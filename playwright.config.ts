import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const PORT = Number(process.env['E2E_PORT'] ?? 4399);
const SUBPATH_PORT = PORT + 1;

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
  },
  projects: [
    // Tags choose where a test runs: @touch needs a touch screen, @wide a mouse and a wide
    // window, @sweep (a pass over the whole site) runs once.
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /subpath\.spec/, grepInvert: /@touch/ },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, testIgnore: /subpath\.spec/, grepInvert: /@sweep|@wide/ },
    // The same site built with BASE_PATH=/explainer (npm run build:subpath), served from that sub-path.
    {
      name: 'subpath',
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${SUBPATH_PORT}` },
      testMatch: /subpath\.spec/,
    },
  ],
  // The built sites, served as a static host would; build first (npm run build, npm run build:subpath).
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs dist-subpath ${SUBPATH_PORT} /explainer`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/explainer/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
