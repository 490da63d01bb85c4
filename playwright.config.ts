import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/browser';

const PORT = Number(process.env['E2E_PORT'] ?? 4399);
const SUBPATH_PORT = PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /subpath\.spec/ },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, testIgnore: /subpath\.spec/, grepInvert: /@sweep/ },
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
