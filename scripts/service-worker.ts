// Writes the service worker (sw.js plus Workbox's runtime, workbox-<hash>.js) into a built site, after `astro build`
// and Pagefind, so the search index is kept too. Workbox's generateSW, not @vite-pwa/astro: its newest version
// (1.2.0) accepts Astro up to 5 only. The worker precaches every page, style, script, figure and icon and the whole
// Pagefind index, so guides, the plan and search work offline after the first visit. It waits until the page's
// Reload button sends SKIP_WAITING (src/components/UpdateNotice.astro); updates only replace Workbox's own caches.
import { generateSW } from 'workbox-build';

export async function buildServiceWorker(dist: string) {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: [
      '**/*.{html,css,js,svg,png,webmanifest}',
      // Pagefind's search API and its worker, index metadata, word index, page fragments, filters and WebAssembly
      // core (wasm.<language>.pagefind; *.wasm in case a later Pagefind names it so). Its ready-made UI bundles
      // (pagefind-ui, -modular-ui, -component-ui, -highlight) are not used by the site and are left out.
      'pagefind/{pagefind.js,pagefind-worker.js,pagefind-entry.json,pushoff-filters.json}',
      'pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter,wasm}',
      'pagefind/wasm.*.pagefind',
    ],
    globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/pagefind-*ui.{js,css}', 'pagefind/pagefind-highlight.js'],
    swDest: `${dist}/sw.js`,
    // Precache URLs stay relative to sw.js, so a BASE sub-path build works as it is (scope = the folder of sw.js).
    skipWaiting: false,
    clientsClaim: true, // the first visit is controlled at once, so it works offline without a reload
    cleanupOutdatedCaches: true,
    // "/search/?q=calf" and "/plan/?x" are the same precached page; share links use the #fragment, never sent.
    ignoreURLParametersMatching: [/.*/],
    // An address that is not part of the site, opened offline, gets the site's own "Page not found".
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    sourcemap: false,
    mode: 'production',
  });
  for (const w of warnings) console.warn(`service worker: ${w}`);
  return { count, size };
}
