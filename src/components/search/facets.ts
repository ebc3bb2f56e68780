// Search state <-> URL (?q=...&type=drill&phase=...), filter labels and order, and filter counts over search results.

import { href } from '~/lib/url.ts';
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  MUSCLE_LABELS,
  MUSCLES,
  NO_EQUIPMENT_LABEL,
  PHASES,
} from '../../domain/model/vocabulary.ts';
import type { FilterCounts } from './engine.ts';
import { TYPE_LABEL } from './engine.ts';
import type { Membership, PageValues } from './filter-counts.ts';

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
 * Which filter values each page carries, from the file the build writes next to Pagefind's index
 * (scripts/search-filters.ts): one request, instead of Pagefind's filter index plus one filter-only search per value.
 * The ranked search then runs without filters, and ./filter-counts.ts applies the chosen filters and counts the chips.
 */
export async function loadMembership(): Promise<Membership> {
  const res = await fetch(href('pagefind/pushoff-filters.json'));
  if (!res.ok) throw new Error(`search filters: ${res.status}`);
  const file = (await res.json()) as { pages: Record<string, PageValues>; known: FilterCounts };
  const pages: Membership['pages'] = new Map(Object.entries(file.pages).map(([id, values]) => [id, { values }]));
  return { pages, known: file.known };
}
