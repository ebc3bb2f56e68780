// The built site's pages, read from dist/sitemap-*.xml as local paths ("/drills/pogo-hops/").
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

export function sitemapPaths(): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const locs = files.flatMap((f) =>
    [...readFileSync(dist + f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]),
  );
  return locs.map((u) => new URL(u).pathname).sort();
}
