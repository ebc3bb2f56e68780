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
/** Modules of the plan page's shell (see pushoff:plan-shell-chunk): those it runs before any action, in every state.
 * A module left off only compresses apart (the plan page's budget shows it); one that another page loads would bring
 * the shell to that page (its 2 KB budget fails): `npm run budget` guards the list both ways. */
const PLAN_SHELL = new RegExp(
  [
    '/src/stores/',
    '/src/lib/plan-io/(body-weight|draft-storage|form-draft|plain-number|saved|saved-key|share-link|shared-plan)\\.',
    '/src/lib/session/(log-storage|today)\\.',
    '/src/lib/local-storage\\.',
    '/src/components/plan/(PlanBuilder|ResultView|PlanActions|StepNav|bits|labels|NoticeText|field-id|lazy-part|print-figures|BaselineView|ReferralView)\\.',
    '/src/domain/(model/(baseline|block|validate|session-log)|screen/(red-flags|warning-signs|pain-today|screen|unique)|adjust/response|prescribe/schedule)\\.',
    '/src/domain/explain/(referral-words|red-flag-questions|titles|weight-units)\\.',
    '/node_modules/(nanostores|@nanostores|zod)/',
  ].join('|'),
);

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
    plugins: [
      {
        // No modulepreload helper in the browser build: it put about 0.9 KB gzip on every page (the 2 KB content-page
        // budget) to preload the dependencies of code that loads only after a tap (header search, session player),
        // which now load on first use. Set per environment because Astro writes the client build options itself.
        name: 'pushoff:no-module-preload',
        configEnvironment(name, config) {
          if (name === 'client') config.build = { ...config.build, modulePreload: false };
        },
      },
      {
        // The plan page's own code up front (its island, stores, saved-data readers and the parts every state shows) in
        // one chunk: split over the chunks the bundler makes for what the lazy parts share, it compressed about 8 KB
        // worse. Only the listed modules, not what they import, so no other page loads this chunk (its dependencies
        // stay in their shared chunks); that needs entry exports kept as they are, only extended.
        name: 'pushoff:plan-shell-chunk',
        configEnvironment(name) {
          if (name !== 'client') return;
          return {
            build: {
              rolldownOptions: {
                preserveEntrySignatures: 'allow-extension',
                output: {
                  codeSplitting: {
                    groups: [{ name: 'plan-shell', includeDependenciesRecursively: false, test: PLAN_SHELL }],
                  },
                },
              },
            },
          };
        },
      },
      {
        // With preloading off, Vite still wraps each dynamic import in its helper (0.9 KB gzip: CSS preloading and a
        // preload-error event). No lazy chunk here has CSS of its own (Astro puts island CSS in the page), so the
        // import itself is enough.
        name: 'pushoff:plain-dynamic-import',
        enforce: 'pre',
        applyToEnvironment: (env) => env.name === 'client',
        resolveId: (id) => (id === '\0vite/preload-helper.js' ? id : null),
        load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null),
      },
    ],
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
