// The built site under test: its folder (E2E_DIST, default dist/), its base path (BASE, as given to the build) and
// its pages, listed from the HTML files the build wrote. A build without SITE has no sitemap, so the files are the
// list; sitemapPaths() reads the sitemap when there is one, for the check that both agree.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = process.env.E2E_DIST ?? fileURLToPath(new URL('../../../dist/', import.meta.url));
export const BASE = `/${(process.env.BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** A site path under the base: at('/plan/') -> '/plan/', or '/sub/plan/' in a BASE=/sub build. */
export const at = (path = '/') => BASE + path.replace(/^\//, '');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

/** Every page of the build as a path below the base ("/", "/drills/pogo-hops/"), without the 404 page. */
export function pagePaths(): string[] {
  return htmlFiles(DIST)
    .map((f) => `/${relative(DIST, f).replace(/\\/g, '/')}`)
    .filter((p) => p !== '/404.html')
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}

/** The pages the sitemap lists (paths below the base), or null when the build has none (no SITE). */
export function sitemapPaths(): string[] | null {
  const files = existsSync(DIST) ? readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f)) : [];
  if (!files.length) return null;
  const locs = files.flatMap((f) =>
    [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]),
  );
  return locs.map((u) => `/${new URL(u).pathname.slice(BASE.length)}`).sort();
}
