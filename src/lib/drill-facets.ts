// Static filters for the drills index: every facet value gets its own page, so filtering needs no JavaScript.
import { EQUIPMENT, MUSCLES } from '~/schemas/common';
import type { Drill } from './content';

export const FACETS = {
  phase: { label: 'Phase', values: ['foundation', 'strength', 'elastic', 'integration'] },
  equipment: { label: 'Equipment', values: ['none', ...EQUIPMENT] },
  muscle: { label: 'Muscle', values: [...MUSCLES] },
} as const;
export type Facet = keyof typeof FACETS;

export const VALUE_LABEL: Record<string, string> = {
  foundation: 'Foundation',
  strength: 'Strength and eccentric',
  elastic: 'Elastic',
  integration: 'Integration',
  none: 'No equipment',
  step: 'Step',
  weights: 'Backpack or weights',
  band: 'Band',
  box: 'Box',
  'calf-machine': 'Calf machine',
  gastrocnemius: 'Gastrocnemius',
  soleus: 'Soleus',
  foot: 'Foot',
};

export function matches(drill: Drill, facet: Facet, value: string): boolean {
  const d = drill.data;
  if (facet === 'phase') return d.phases.some((p) => p.id === value);
  if (facet === 'muscle') return (d.muscles as string[]).includes(value);
  return value === 'none' ? d.equipment.length === 0 : (d.equipment as string[]).includes(value);
}
