// Search state <-> URL (?q=...&type=drill&phase=...), filter labels and order, and filter counts over search results.
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  MUSCLE_LABELS,
  MUSCLES,
  NO_EQUIPMENT_LABEL,
  PHASES,
} from '../../domain/model/vocabulary.ts';
import type { FilterCounts, Pagefind, Result } from './engine.ts';
import { TYPE_LABEL } from './engine.ts';
import type { Membership } from './filter-counts.ts';

/** Filter groups in display order; the names match the data-pagefind-filter keys in the page templates. */
export const GROUPS = ['type', 'phase', 'equipment', 'muscle'] as const;
export type Group = (typeof GROUPS)[number];

export const GROUP_LABEL: Record<Group, string> = {
  type: 'Type',
  phase: 'Phase',
  equipment: 'Equipment',
  muscle: 'Muscle',
};

// Value order for the chips, from the one vocabulary (phase filters carry the phase's title). Unknown values sort
// after these.
const ORDER: Record<Group, string[]> = {
  type: ['drill', 'cue', 'phase', 'injury', 'guide'],
  phase: PHASES.map((p) => p.title),
  equipment: ['none', ...EQUIPMENT],
  muscle: [...MUSCLES],
};

const LABELS: Partial<Record<Group, Record<string, string>>> = {
  equipment: { none: NO_EQUIPMENT_LABEL, ...EQUIPMENT_LABELS },
  muscle: MUSCLE_LABELS,
};

export function valueLabel(group: Group, value: string): string {
  if (group === 'type') return TYPE_LABEL[value] ?? value;
  return LABELS[group]?.[value] ?? value.charAt(0).toUpperCase() + value.slice(1);
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

/**
 * One filter-only search per value (local work once the filter files are loaded): the ranked search then runs without
 * filters, and ./filter-counts.ts applies the chosen filters and counts the chips on its merged results.
 */
export async function loadMembership(pf: Pagefind): Promise<Membership<Result>> {
  const known = await pf.filters();
  const pages: Membership<Result>['pages'] = new Map();
  for (const g of Object.keys(known)) {
    for (const v of Object.keys(known[g])) {
      const res = await pf.search(null, { filters: { [g]: v } });
      for (const r of res?.results ?? []) {
        const page = pages.get(r.id) ?? { result: r, values: {} };
        page.values[g] = [...(page.values[g] ?? []), v];
        pages.set(r.id, page);
      }
    }
  }
  return { pages, known };
}
