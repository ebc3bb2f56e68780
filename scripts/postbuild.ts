// After `astro build` and Pagefind (see package.json "build"): the security headers file and the service worker.
// Usage: node scripts/postbuild.ts [dist folder, default dist]

import { writeSecurityHeaders } from './security-headers.ts';
import { buildServiceWorker } from './service-worker.ts';

const dist = process.argv[2] ?? 'dist';
writeSecurityHeaders(dist);
const { count, size } = await buildServiceWorker(dist);
console.log(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KB`);
