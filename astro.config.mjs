// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import citations from './src/integrations/citations.ts';

// The public origin, used for canonical links. Override per deployment: SITE_URL=https://… npm run build
const site = process.env.SITE_URL ?? 'https://zoom-tiananmen-case.example';

export default defineConfig({
  site,
  // The URL contract publishes every path with a trailing slash.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), citations()],
  devToolbar: { enabled: false },
});
