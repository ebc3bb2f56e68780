// Filters applied to a merged result list, and chip counts, without asking Pagefind again: the ranked search runs
// over the whole index (see ./controller.ts) and these pure functions narrow it. Pure, so tests/unit/search covers it.

/** Filter name -> value -> number of pages (the same shape as Pagefind's filter counts). */
export type Counts = Record<string, Record<string, number>>;
/** At most one chosen value per filter group. */
export type Selection = Partial<Record<string, string>>;
/** A page's filter values: group -> values. */
export type PageValues = Partial<Record<string, string[]>>;

/** Which filter values each indexed page carries (scripts/search-filters.ts writes it at build; /search/ only). */
export interface Membership {
  pages: Map<string, { values: PageValues }>;
  /** Every filter value in the index with its page count (also tells which values an address may name). */
  known: Counts;
}

/** True when a page carries every chosen value (`without` leaves one group's choice out). */
export function matchesSel(values: PageValues, sel: Selection, without?: string): boolean {
  return Object.entries(sel).every(([g, v]) => g === without || !v || (values[g] ?? []).includes(v));
}

/**
 * Chip counts by the usual faceted rule: a group's counts ignore that group's own choice, so picking "Cue" still shows
 * how many drills there are. `pool` is every page the words found, before any filter.
 */
export function countFacets(pool: { id: string }[], m: Membership, sel: Selection): Counts {
  const counts: Counts = {};
  for (const g of Object.keys(m.known)) {
    const c: Record<string, number> = {};
    for (const v of Object.keys(m.known[g])) c[v] = 0;
    for (const { id } of pool) {
      const values = m.pages.get(id)?.values ?? {};
      if (!matchesSel(values, sel, g)) continue;
      for (const v of values[g] ?? []) c[v] = (c[v] ?? 0) + 1;
    }
    counts[g] = c;
  }
  return counts;
}
