// After `astro build` and Pagefind (see package.json "build"): the search page's filter file, the security headers
// file and the service worker (last: it precaches the others).
// Usage: node scripts/postbuild.ts [dist folder, default dist]

import { findPlaceholderDomains } from './placeholder-check.ts';
import { writeFilterIndex } from './search-filters.ts';
import { writeSecurityHeaders } from './security-headers.ts';
import { buildServiceWorker } from './service-worker.ts';

const dist = process.argv[2] ?? 'dist';
if (!process.env.SITE) {
  const found = findPlaceholderDomains(dist);
  if (found.length) {
    console.error(`Built without SITE, yet made-up addresses are in ${dist}/:\n${found.slice(0, 10).join('\n')}`);
    process.exit(1);
  }
}
console.log(`search filters: ${writeFilterIndex(dist)} pages`);
writeSecurityHeaders(dist);
const { count, size } = await buildServiceWorker(dist);
console.log(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KB`);
