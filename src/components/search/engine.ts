// Pagefind's browser API, loaded once and only on use (field focus, a shortcut, or the search page itself). The
// bundle lives at <base>/pagefind/ after `pagefind --site dist`, so it is imported by URL, never bundled. Ranking
// across several words is ./controller.ts's job; what is indexed is set in pagefind.yml.
//
// Why a hand-written UI and not Pagefind's own (re-measured in issue 16 on this site with Pagefind 1.6's bundled
// copies; the registry's @pagefind/component-ui, modular-ui and default-ui are at 1.5.2; gzip):
// - Component UI: 40.5 KB JS + 6.9 KB CSS at page load; combobox, Ctrl-K modal, filter pane; axe (WCAG 2.2 AA) finds
//   label-content-name-mismatch and color-contrast; first query "cramp" 144 KB in 14 requests (it adds a worker).
// - Default UI: 31.1 KB + 2.6 KB; no axe violations; no combobox, no shortcut; first query 131 KB.
// - Modular UI: 4.2 KB + 1.7 KB; a plain input and list, axe finds listitem; first query 104 KB.
// - All three: "calf strain when running fast" finds nothing (every word required), "achilies" puts cramping first.
// - This UI: the header loads 0.8 KB (loader + shortcut) and 3.8 KB more on first use; /search/ 15.8 KB with Preact;
//   no axe violations; first query 85 KB in 7-11 requests; ranked multi-word search, faceted counts, URL as state.
// Pagefind's UIs call pagefind.search() themselves, so none could use the ranked search without forking it.

import { COLLECTION_LABELS } from '~/lib/collections.ts';
import { href } from '~/lib/url.ts';

/** Filter name -> value -> number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;
/** Filter name -> the value (or values, all required) a page must carry. */
export type FilterQuery = Record<string, string | string[]>;

export interface ResultData {
  url: string;
  /** Pagefind escapes the text before adding <mark>, so this is safe as innerHTML. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export interface SearchResponse {
  results: Result[];
  unfilteredResultCount: number;
  /** Counts if each value were added to the current filters (filled once filters() has loaded). */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface SearchOptions {
  filters?: FilterQuery;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  preload(q: string, o?: SearchOptions): Promise<void>;
  search(q: string | null, o?: SearchOptions): Promise<SearchResponse | null>;
}

const BASE = href();
const SYNONYM_WEIGHT = 3;
let loading: Promise<Pagefind> | undefined;
/** Failed loads so far: a retry asks for a new address, since Chromium 150 keeps a failed module import and would
 * fail again without fetching (Pagefind finds its files from the address with or without a query). */
let failures = 0;

/** The one Pagefind instance of the page; a failed load (offline) may be retried by calling again. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = href('pagefind/pagefind.js') + (failures ? `?retry=${failures}` : '');
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({
      // Result URLs carry the deploy base path (astro.config `base`).
      baseUrl: BASE,
      // Words per excerpt: enough for one line of context under each result (a convention, not a measured value).
      excerptLength: 22,
      excerptEllipsis: '…',
      // The index covers about fifty pages, so a search takes a few milliseconds on the main thread; skipping the
      // web worker saves a second 43 KB copy of the engine (12 KB gzip) on the first query (measured).
      noWorker: true,
      // Matches in the curated `synonyms` metadata field (see SearchTerms.astro; Pagefind 1.6 searches metadata) add
      // a boost on top of the body score, as the title does by default (5). SYNONYM_WEIGHT is a convention, tuned on
      // the everyday queries in tests/e2e/search-queries.spec.ts; Pagefind's other ranking defaults are kept.
      ranking: { metaWeights: { title: 5, synonyms: SYNONYM_WEIGHT } },
    });
    await pf.init();
    return pf;
  })();
  loading.catch(() => {
    loading = undefined;
    failures += 1;
  });
  return loading;
}

/** Type badge text for a page type filter value. */
export const TYPE_LABEL: Record<string, string> = {
  drill: COLLECTION_LABELS.drills.singular,
  cue: COLLECTION_LABELS.cues.singular,
  phase: COLLECTION_LABELS.phases.singular,
  injury: COLLECTION_LABELS.injuries.singular,
  guide: COLLECTION_LABELS.guides.singular,
};
