// The pure half of search: how a typed query is split into the words that matter, and how Pagefind's one-word
// answers are merged into one ranking. No DOM and no Pagefind here, so tests/unit/search/query.test.ts covers it all.
//
// Why: Pagefind returns only pages that hold every word of a query, so "sharp calf pain sprinting" found nothing and
// "calf strain when running fast" ranked the page holding the most of the filler. Here each word that matters is
// searched on its own; a page earns each word's weight (rarer words weigh more, as in BM25's IDF) and a bonus when its
// title or synonyms hold two query words side by side ("calf strain", "pulled calf").

/** Words that carry no meaning in a runner's query (English function words plus search filler). */
const STOP = new Set(
  (
    'a an and are as at be but by can do does did for from get got has have how i if in into is it its me my no not ' +
    'of on or our so that the their them then there these they this to too very was we what when where which while ' +
    'who why will with you your after before during about should would could best good help'
  ).split(' '),
);

/** Lower case, accents kept, everything that is not a letter or digit turned into one space. */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface SplitQuery {
  /** Every word typed, normalised, in order. */
  words: string[];
  /** The words that matter: stop words dropped, duplicates dropped, order kept. All words if every one is a stop word. */
  keywords: string[];
}

export function splitQuery(q: string): SplitQuery {
  const words = normalise(q).split(' ').filter(Boolean);
  const keep = [...new Set(words.filter((w) => !STOP.has(w)))];
  return { words, keywords: keep.length > 0 ? keep : [...new Set(words)] };
}

/**
 * Shorter forms to try when a word finds nothing, longest first: "achilies" -> "achilie", "achili", "achil".
 * Pagefind matches word prefixes, so a shorter stem of a misspelt word usually reaches the right word. Stops at
 * MIN_STEM letters (a convention: four letters still name one topic on this site; three, such as "ach", do not).
 */
export const MIN_STEM = 4;
export function backoffStems(word: string): string[] {
  const out: string[] = [];
  for (let n = word.length - 1; n >= MIN_STEM; n -= 1) out.push(word.slice(0, n));
  return out;
}

/**
 * Plurals Pagefind's English stemmer does not bring back to the singular this site writes: "calves" stems to "calv",
 * which never matches "calf", so "tight calves" missed most calf pages. Only words runners type about calves and feet.
 */
const IRREGULAR = new Map([
  ['calves', 'calf'],
  ['feet', 'foot'],
]);
export const singularOf = (word: string): string | undefined => IRREGULAR.get(word);

/** One page's Pagefind score for one word, as found in that word's search. */
export interface Scored {
  id: string;
  score: number;
}
/** The results of one word's search: the word, its scored pages. */
export interface WordRun {
  word: string;
  results: Scored[];
}
export interface Ranked {
  id: string;
  /** Sum over matched words of the word's weight times the page's relative score for it (0..1), plus bonuses. */
  score: number;
  /** How many of the query's words the page matched. */
  matched: number;
}

/** A word's weight: rarer words count more (IDF with add-one smoothing; pageCount = pages in the index). */
export function wordWeight(pagesWithWord: number, pageCount: number): number {
  return Math.log(1 + pageCount / Math.max(1, pagesWithWord));
}

/**
 * Merges one-word searches into one ranking. Each matched word adds its weight, scaled from 0.5 (the word's weakest
 * page) to 1 (its best page), so matching one more meaningful word outweighs a better score on the same words.
 * Ties keep the order of the first word's results (the map's insertion order; sort is stable).
 */
export function mergeRuns(runs: WordRun[], pageCount: number): Ranked[] {
  const byId = new Map<string, Ranked>();
  for (const run of runs) {
    if (run.results.length === 0) continue;
    const weight = wordWeight(run.results.length, pageCount);
    const best = Math.max(...run.results.map((r) => r.score)) || 1;
    for (const r of run.results) {
      const add = weight * (0.5 + 0.5 * (r.score / best));
      const seen = byId.get(r.id);
      if (seen) {
        seen.score += add;
        seen.matched += 1;
      } else byId.set(r.id, { id: r.id, score: add, matched: 1 });
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

/** Adjacent keyword pairs of the query ("calf strain", "strain running"); one-word queries give the word itself. */
export function phrases(keywords: string[]): string[][] {
  if (keywords.length === 1) return [keywords];
  return keywords.slice(1).map((w, i) => [keywords[i], w]);
}

/**
 * True when one field (the title or one synonym) holds every word of the pair as the start of a word, in any order:
 * "pulled calf" and "calf pulled" both match "pulled calf", "box jump" matches "box jumps", the stem "achil" matches
 * "Achilles tendinitis", and "exercises achilles" matches "Achilles exercises".
 */
export function holdsPhrase(fields: string[], pair: string[]): boolean {
  // A plural "s" is dropped from longer words, so "heel drops" still finds "heel drop".
  const starts = pair.map((w) => ` ${w.length > 4 ? w.replace(/s$/, '') : w}`);
  return fields.some((f) => {
    const hay = ` ${normalise(f)}`;
    return starts.every((w) => hay.includes(w));
  });
}

/**
 * The bonus a page earns when its title or synonyms name what was typed: up to as much as the best-matched word is
 * worth, in proportion to the share of the query's word pairs they hold, so a named page rises to the top. It is
 * scaled by the share of the query's words the page matched at all (`matched`): a title holding "bone pain" must not
 * lift the shin page above a heel note that holds every word of "heel bone pain". Factors
 * (conventions, tuned on tests/e2e/search-queries.spec.ts): a title that holds a pair is the page itself
 * (TITLE_FACTOR); otherwise a topic page (injury note, phase, guide) gets HUB_FACTOR, so when several pages list
 * "plyometrics" as a synonym, the phase about plyometrics comes before a drill that uses them.
 */
export const TITLE_FACTOR = 1.5;
export const HUB_FACTOR = 1.25;
export function phraseBonus(
  page: { title: string; synonyms: string[]; hub: boolean },
  keywords: string[],
  topScore: number,
  matched = keywords.length,
): number {
  const pairs = phrases(keywords);
  const held = pairs.filter((p) => holdsPhrase([page.title, ...page.synonyms], p)).length;
  if (held === 0) return 0;
  const factor = pairs.some((p) => holdsPhrase([page.title], p)) ? TITLE_FACTOR : page.hub ? HUB_FACTOR : 1;
  return topScore * factor * (held / pairs.length) * (matched / keywords.length);
}

/**
 * Stale-result guard: every new search takes a ticket; an answer is shown only if its ticket is still the latest.
 * Cancelling (Escape, leaving the page) takes a ticket too, so answers still on their way are dropped.
 */
export function staleGuard() {
  let latest = 0;
  return {
    next: (): number => ++latest,
    cancel: (): void => {
      latest += 1;
    },
    isCurrent: (ticket: number): boolean => ticket === latest,
  };
}
export type StaleGuard = ReturnType<typeof staleGuard>;
