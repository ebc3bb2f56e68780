// Search state <-> URL (?q=...&type=drill&phase=...), filter labels and order, and a faceted search over Pagefind.
import type { FilterCounts, FilterQuery, Pagefind, Result } from './engine.ts';
import { phraseFirst, TYPE_LABEL } from './engine.ts';

/** Filter groups in display order; the names match the data-pagefind-filter keys in the page templates. */
export const GROUPS = ['type', 'phase', 'equipment', 'muscle'] as const;
export type Group = (typeof GROUPS)[number];

export const GROUP_LABEL: Record<Group, string> = {
  type: 'Type',
  phase: 'Phase',
  equipment: 'Equipment',
  muscle: 'Muscle',
};

// Value order for the chips. Mirrors the phase order and the EQUIPMENT / MUSCLES lists in src/schemas/common.ts,
// copied rather than imported so zod stays out of the browser bundle. Unknown values sort after these.
const ORDER: Record<Group, string[]> = {
  type: ['drill', 'cue', 'phase', 'injury', 'guide'],
  phase: ['Foundation', 'Strength', 'Elastic', 'Integration'],
  equipment: ['none', 'step', 'weights', 'band', 'box', 'calf-machine'],
  muscle: ['gastrocnemius', 'soleus', 'foot'],
};

const EQUIPMENT_LABEL: Record<string, string> = { none: 'No equipment', 'calf-machine': 'Calf machine' };

export function valueLabel(group: Group, value: string): string {
  if (group === 'type') return TYPE_LABEL[value] ?? value;
  if (group === 'equipment' && EQUIPMENT_LABEL[value]) return EQUIPMENT_LABEL[value];
  return value.charAt(0).toUpperCase() + value.slice(1);
}

export function sortValues(group: Group, values: string[]): string[] {
  // Prefix match, so a longer title ("Strength and eccentric") keeps its place.
  const rank = (v: string) => {
    const i = ORDER[group].findIndex((o) => v.startsWith(o));
    return i < 0 ? ORDER[group].length : i;
  };
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export interface SearchState {
  q: string;
  /** At most one chosen value per group. */
  sel: Partial<Record<Group, string>>;
}

/** The state without filter values the index does not have ("type=bogus", or "constructor": own keys only). */
export function knownFilters(s: SearchState, known: FilterCounts): SearchState {
  const sel = Object.fromEntries(
    Object.entries(s.sel).filter(([g, v]) => Object.hasOwn(known, g) && Object.hasOwn(known[g], v)),
  );
  return { ...s, sel };
}

export function readUrl(search: string): SearchState {
  const p = new URLSearchParams(search);
  const sel: SearchState['sel'] = {};
  for (const g of GROUPS) {
    const v = p.get(g);
    if (v) sel[g] = v;
  }
  return { q: p.get('q') ?? '', sel };
}

/** "?q=cramp&type=injury", or "" for an empty search. */
export function toQueryString(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q);
  for (const g of GROUPS) {
    const v = s.sel[g];
    if (v) p.set(g, v);
  }
  const out = p.toString();
  return out ? `?${out}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return toQueryString(a) === toQueryString(b);
}

export interface Outcome {
  results: Result[];
  /** For each group: how many results each value would give with the query and the OTHER groups' choices. */
  counts: FilterCounts;
}

function filtersOf(sel: SearchState['sel'], without?: Group): FilterQuery {
  const f: FilterQuery = {};
  for (const g of GROUPS) {
    const v = sel[g];
    if (v && g !== without) f[g] = v;
  }
  return f;
}

/**
 * Runs the search. Chip counts follow the usual faceted rule: a group's counts ignore that group's own choice, so
 * picking "Cue" still shows how many drills there are. Pagefind counts within the current filters, so each group
 * with a choice gets one extra search without it (searches run locally once the index chunks are loaded).
 * Returns null when there is nothing to search for.
 */
export async function facetedSearch(pf: Pagefind, s: SearchState): Promise<Outcome | null> {
  const q = s.q.trim() || null;
  const active = GROUPS.filter((g) => s.sel[g]);
  if (!q && active.length === 0) return null;
  const main = await pf.search(q, { filters: filtersOf(s.sel) });
  if (!main) return null;
  const counts: FilterCounts = { ...main.filters };
  await Promise.all(
    active.map(async (g) => {
      const rest = filtersOf(s.sel, g);
      // No query and no other choice: the group's counts are simply the site-wide totals.
      const other =
        !q && Object.keys(rest).length === 0 ? await pf.filters() : (await pf.search(q, { filters: rest }))?.filters;
      counts[g] = other?.[g] ?? {};
    }),
  );
  return { results: await phraseFirst(main.results, s.q), counts };
}
