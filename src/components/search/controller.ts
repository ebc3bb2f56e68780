// The one search controller behind the header field and the /search/ page: it takes the query and filters, waits for
// typing to pause, searches, drops answers that a newer search has overtaken, and hands over ranked results with the
// first few pages' details loaded. Framework-free: the header drives it from plain DOM code, the page from Preact.
// The `/` and Ctrl-K shortcut lives in ./shortcut.ts (the header's loader needs it before anything else loads).

import type { FilterCounts, FilterQuery, Pagefind, Result, ResultData } from './engine.ts';
import type { SearchState } from './facets.ts';
import { countFacets, type Membership, matchesSel } from './filter-counts.ts';
import { backoffStems, mergeRuns, phraseBonus, singularOf, splitQuery, staleGuard, type WordRun } from './query.ts';

export { bindSearchShortcut } from './shortcut.ts';

/** One ranked page: Pagefind's page id, the merged score, and its details on demand (memoised: one fragment). */
export interface Hit {
  id: string;
  score: number;
  matched: number;
  data(): Promise<ResultData>;
}
export interface Answer {
  state: SearchState;
  hits: Hit[];
  /** Details of the first hits, in order (as many as the controller's `shown`). */
  items: ResultData[];
  /** Per filter group: results each value would give with the query and the other groups' choices. */
  counts: FilterCounts;
}
/** What a search needs: Pagefind, and for filters the page-to-filter-value map (the /search/ page only). */
export interface Context {
  pf: Pagefind;
  membership?: Membership;
}

function memo(r: Result, score: number, matched: number): Hit {
  let p: Promise<ResultData> | undefined;
  return { id: r.id, score, matched, data: () => (p ??= r.data()) };
}

/**
 * Below this top score a word's results are Pagefind's loose guesses for a word it does not hold (measured: the
 * misspelt "achilies" tops out at 2.2 across 38 unrelated pages, while words that are on a page score 5 or more
 * through the title, summary or synonym weights). A convention, tuned on tests/e2e/search-queries.spec.ts.
 */
const LOOSE_SCORE = 3;
const best = (rs: Result[]) => rs.reduce((m, r) => Math.max(m, r.score), 0);

/**
 * One word's search; a plural the stemmer misses is searched in the singular too ("calves" -> "calf", and the word
 * is then the singular; each page once, with its better score), and a word found only loosely is retried with
 * shorter stems ("achilies" -> "achil").
 */
async function searchWord(pf: Pagefind, typed: string): Promise<{ word: string; results: Result[] }> {
  const word = singularOf(typed) ?? typed;
  const found = await Promise.all([...new Set([word, typed])].map((w) => pf.search(w)));
  const byId = new Map<string, Result>();
  for (const r of found.flatMap((f) => f?.results ?? [])) {
    if (!((byId.get(r.id)?.score ?? -1) >= r.score)) byId.set(r.id, r);
  }
  let pick = { word, results: [...byId.values()] };
  if (best(pick.results) >= LOOSE_SCORE) return pick;
  for (const stem of backoffStems(word)) {
    const results = (await pf.search(stem))?.results ?? [];
    if (best(results) >= LOOSE_SCORE) return { word: stem, results };
    if (best(results) > best(pick.results)) pick = { word: stem, results };
  }
  return pick;
}

/** Page types that explain a topic rather than one exercise or cue (see HUB_FACTOR). */
const HUBS = new Set(['injury', 'phase', 'guide']);

/**
 * Ranked search over the whole index: each meaningful word is searched on its own (Pagefind alone would require every
 * word), the answers merged by word weight and matched-word count (./query.ts), then the first `rerank` pages whose
 * title or synonyms hold two query words side by side move up. Only those `rerank` pages' details are fetched.
 */
export async function rankedSearch(pf: Pagefind, q: string, rerank: number): Promise<Hit[]> {
  const { keywords } = splitQuery(q);
  if (keywords.length === 0) return [];
  const found = await Promise.all(keywords.map((w) => searchWord(pf, w)));
  const byId = new Map<string, Result>();
  const runs: WordRun[] = found.map(({ word, results }) => {
    for (const r of results) if (!byId.has(r.id)) byId.set(r.id, r);
    return { word, results: results.map((r) => ({ id: r.id, score: r.score })) };
  });
  const words = runs.map((r) => r.word); // with any stem that replaced a misspelt word
  // Pages that matched any word stand in for the index size in the word weights (the header never loads a count).
  const merged = mergeRuns(runs, Math.max(byId.size, 10));
  const hits = merged.map((m) => memo(byId.get(m.id)!, m.score, m.matched));
  const top = hits.slice(0, rerank);
  const topScore = top[0]?.score ?? 0;
  const bonus = await Promise.all(
    top.map(async (h) => {
      const d = await h.data();
      const page = {
        title: d.meta.title ?? '',
        synonyms: (d.meta.synonyms ?? '').split(','),
        hub: HUBS.has(d.filters.type?.[0] ?? ''),
      };
      return phraseBonus(page, words, topScore, h.matched);
    }),
  );
  const reranked = top
    .map((h, i) => ({ ...h, score: h.score + bonus[i] }))
    .sort((a, b) => b.score - a.score || b.matched - a.matched);
  return [...reranked, ...hits.slice(rerank)];
}

/** Every page carrying the chosen filters, for a search with filters but no words (Pagefind loads those filters). */
async function filteredOnly(pf: Pagefind, sel: SearchState['sel']): Promise<Hit[]> {
  const res = await pf.search(null, { filters: sel as FilterQuery });
  return (res?.results ?? []).map((r) => memo(r, 0, 0));
}

export interface ControllerOptions {
  /** Loads Pagefind (and for filters, the membership map); called on every search, so it must cache. */
  load(): Promise<Context>;
  /** How many results' details each answer carries (each one is a fragment request). */
  shown: number;
  /** Pause after the last change before searching, in milliseconds (a convention; Pagefind preloads meanwhile). */
  pauseMs: number;
  onAnswer(a: Answer | null, state: SearchState): void;
  onError(state: SearchState, error: unknown): void;
}

export function createSearchController(o: ControllerOptions) {
  const guard = staleGuard();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: Answer | null = null;

  async function run(state: SearchState, ticket: number) {
    try {
      const ctx = await o.load();
      const q = state.q.trim();
      const active = Object.keys(state.sel).length > 0;
      if (!q && !active) {
        if (!guard.isCurrent(ticket)) return;
        current = null;
        o.onAnswer(null, state);
        return;
      }
      let hits = q ? await rankedSearch(ctx.pf, q, o.shown) : [];
      let counts: FilterCounts = {};
      if (ctx.membership) {
        const m = ctx.membership;
        const pool = q ? hits : [...m.pages.keys()].map((id) => ({ id }));
        counts = countFacets(pool, m, state.sel);
        hits = q
          ? hits.filter((h) => matchesSel(m.pages.get(h.id)?.values ?? {}, state.sel))
          : await filteredOnly(ctx.pf, state.sel);
      }
      const items = await Promise.all(hits.slice(0, o.shown).map((h) => h.data()));
      if (!guard.isCurrent(ticket)) return;
      current = { state, hits, items, counts };
      o.onAnswer(current, state);
    } catch (error) {
      if (!guard.isCurrent(ticket)) return;
      current = null;
      o.onError(state, error);
    }
  }

  return {
    /** Searches for this query and these filters after the pause; any earlier search still running is dropped. */
    set(state: SearchState): void {
      clearTimeout(timer);
      const ticket = guard.next();
      const q = state.q.trim();
      // Fetch the index chunk while the pause runs (a failed load is reported by the search itself).
      if (q)
        void o.load().then(
          ({ pf }) => pf.preload(splitQuery(q).keywords.join(' ')),
          () => {},
        );
      timer = setTimeout(() => {
        timer = undefined;
        void run(state, ticket);
      }, o.pauseMs);
    },
    /** Drops the pending search and any answer on its way (Escape, leaving the field). */
    cancel(): void {
      clearTimeout(timer);
      timer = undefined;
      guard.cancel();
    },
    /** True while a search waits for the pause to end. */
    pending: (): boolean => timer !== undefined,
    /**
     * Details of the next `count` hits of this answer, or null if a newer search has replaced it meanwhile (then a
     * failure is dropped too: it belongs to the old search). Throws when loading fails for the current answer.
     */
    async more(answer: Answer, from: number, count: number): Promise<ResultData[] | null> {
      try {
        const next = await Promise.all(answer.hits.slice(from, from + count).map((h) => h.data()));
        return current === answer ? next : null;
      } catch (error) {
        if (current !== answer) return null;
        throw error;
      }
    },
  };
}
export type SearchController = ReturnType<typeof createSearchController>;
