// @ts-check

import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import linkCheck from './src/integrations/link-check.ts';

// SITE and BASE let the same build deploy to any host or sub-path (see README, "Deploy").
export default defineConfig({
  site: process.env.SITE ?? 'https://pushoff.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap(), linkCheck()],
  build: { format: 'directory' },
  vite: {
    // MDX content compiled for the client carries Astro's "use astro:head-inject" directive, and the bundler warns
    // once per page (52 times a build) that it may drop it. Astro handles head injection itself, so the warning is
    // noise that would hide real ones.
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
