// Static filters for the drills index: every facet value gets its own page, so filtering needs no JavaScript.
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  MUSCLE_LABELS,
  MUSCLES,
  NO_EQUIPMENT_LABEL,
  PHASE_IDS,
  PHASE_LABELS,
} from '~/domain/model/vocabulary';
import type { Drill } from './content';

export const FACETS = {
  phase: { label: 'Phase', values: PHASE_IDS },
  equipment: { label: 'Equipment', values: ['none', ...EQUIPMENT] },
  muscle: { label: 'Muscle', values: [...MUSCLES] },
} as const;
export type Facet = keyof typeof FACETS;

/** Labels from the one vocabulary (src/domain/model/vocabulary.ts). */
export const VALUE_LABEL: Record<string, string> = {
  ...PHASE_LABELS,
  none: NO_EQUIPMENT_LABEL,
  ...EQUIPMENT_LABELS,
  ...MUSCLE_LABELS,
};

export function matches(drill: Drill, facet: Facet, value: string): boolean {
  const d = drill.data;
  if (facet === 'phase') return d.phases.some((p) => p.id === value);
  if (facet === 'muscle') return (d.muscles as string[]).includes(value);
  return value === 'none' ? d.equipment.length === 0 : (d.equipment as string[]).includes(value);
}
