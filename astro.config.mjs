// @ts-check

import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import linkCheck from './src/integrations/link-check.ts';
import { contentSecurityPolicy } from './src/lib/csp.ts';

// SITE and BASE let the same build deploy to any host or sub-path (see README, "Deploy"). Without SITE there is no
// made-up address: no sitemap, no canonical links, and the plan page uses its own origin at run time.
const site = process.env.SITE || undefined;

export default defineConfig({
  site,
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), ...(site ? [sitemap()] : []), linkCheck()],
  build: { format: 'directory' },
  // A <meta> CSP on every page: Astro adds the hashes of its own inline scripts and styles; src/lib/csp.ts says why
  // each directive is what it is. public/_headers repeats it as a header for hosts that read that file.
  security: { csp: contentSecurityPolicy },
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
