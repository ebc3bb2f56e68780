// After Pagefind: one small file that says which filter values each indexed page carries, for the search page's
// chips (src/components/search/facets.ts). Without it the page asked Pagefind at start-up for its filter index (4
// files) and ran one filter-only search per value (18) to learn the same thing: measured on /search/?q=cramp, 3
// requests more and about 150 ms of main-thread work on a phone-speed CPU (4x throttled), before the first result.
//
// Pagefind writes each page's details (url, filters, meta) to pagefind/fragment/<page id>.pf_fragment, gzipped, after a
// short signature; the page id is the one its search results carry. That layout is Pagefind's own (1.x): if a later
// Pagefind changes it, this step fails the build rather than ship empty filters.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The file the search page fetches, next to Pagefind's own (same base path, same offline caching). */
export const FILTERS_FILE = 'pagefind/pushoff-filters.json';

/** Page id -> filter name -> values; and every value's page count, as Pagefind's filters() would give it. */
export interface FilterIndex {
  pages: Record<string, Record<string, string[]>>;
  known: Record<string, Record<string, number>>;
}

export function buildFilterIndex(dist: string): FilterIndex {
  const dir = join(dist, 'pagefind', 'fragment');
  const index: FilterIndex = { pages: {}, known: {} };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.pf_fragment'))) {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const json = text.slice(text.indexOf('{'));
    const fragment = JSON.parse(json) as { url?: string; filters?: Record<string, string[]> };
    if (typeof fragment.url !== 'string') throw new Error(`search filters: unknown Pagefind fragment layout (${file})`);
    const filters = fragment.filters ?? {};
    index.pages[file.replace(/\.pf_fragment$/, '')] = filters;
    for (const [name, values] of Object.entries(filters)) {
      index.known[name] ??= {};
      for (const v of values) index.known[name][v] = (index.known[name][v] ?? 0) + 1;
    }
  }
  if (Object.keys(index.pages).length === 0) throw new Error('search filters: Pagefind wrote no fragments');
  return index;
}

export function writeFilterIndex(dist: string): number {
  const index = buildFilterIndex(dist);
  writeFileSync(join(dist, FILTERS_FILE), JSON.stringify(index));
  return Object.keys(index.pages).length;
}
