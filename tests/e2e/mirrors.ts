/**
 * Mirror-anywhere: the one dist/ is served at the root and under two path prefixes, one port up
 * each, as a mirror or a folder on another host would serve it, without a rebuild
 * (playwright.config.ts starts the servers; mirror.spec.ts uses them).
 */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4399);

export const MIRRORS = [
  { prefix: '/', port: E2E_PORT },
  { prefix: '/explainer/', port: E2E_PORT + 1 },
  { prefix: '/mirror/a/b/', port: E2E_PORT + 2 },
] as const;

/** The address of the site's root on a mirror. */
export const mirrorRoot = (m: (typeof MIRRORS)[number]): string => `http://127.0.0.1:${m.port}${m.prefix}`;
