import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A few tests feed a million characters through the matcher to prove it stays linear by
          // counting steps, not by a clock; on two shared cores they can take several seconds.
          testTimeout: 30_000,
          // The same for the hooks: loading the whole project's citation index once (site-content.test.ts)
          // took more than the default 10 s while a build and a browser shared the two cores.
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          // Checks over the built site in dist/: run after `npm run build`.
          include: ['tests/site/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'fixtures',
          include: ['tests/fixtures/*.test.ts'],
          // Each test runs a real `astro build` of a tiny site.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Builds share the CPU; running them one at a time keeps timings sane on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
