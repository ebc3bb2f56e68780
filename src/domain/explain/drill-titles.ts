// Drill display names, as on each drill page: for the CLI's text output and the build's catalogue check. Kept out of
// DRILL_CATALOG so the plan page's browser code, which gets titles from the content as island props, ships none.
import type { DrillId } from '../model/drill-catalog.ts';

export const DRILL_TITLES = {
  'soft-tissue-prep': 'Calf rolling',
  'knee-to-wall': 'Knee-to-wall dorsiflexion',
  'plantarflexion-mobility': 'Plantarflexion mobility',
  'calf-squeeze': 'Calf squeeze',
  'isometric-hold-double': 'Double-leg isometric hold',
  'isometric-hold-single': 'Single-leg isometric hold',
  'top-of-raise-hold': 'Top-of-raise hold',
  'double-leg-heel-raise': 'Double-leg heel raise',
  'single-leg-heel-raise': 'Single-leg heel raise',
  'bent-knee-heel-raise': 'Bent-knee heel raise',
  'seated-soleus-raise': 'Loaded seated soleus raise',
  'eccentric-drop-straight': 'Eccentric heel drop, straight knee',
  'eccentric-drop-bent': 'Eccentric heel drop, bent knee',
  'tempo-raise': 'Tempo raise',
  'high-load-heel-raise': 'High-load heel raise (towel under the toes)',
  'band-ankle-work': 'Band plantarflexion and dorsiflexion',
  'foot-raise-circuit': 'Resisted foot-raise circuit',
  'intrinsic-foot': 'Intrinsic foot work (short foot, towel curl)',
  'double-leg-hops': 'Short double-leg hops',
  'pogo-hops': 'Pogo hops',
  'alternating-leg-hops': 'Alternating-leg hops',
  'single-leg-hops': 'Single-leg hops',
  'box-hops': 'Box hops',
  'hurdle-hops': 'Hurdle hops',
  strides: 'Strides',
  'cooldown-mobility': 'Cooldown mobility',
} as const satisfies Record<DrillId, string>;
