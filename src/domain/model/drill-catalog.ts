// The drills the plan engine can prescribe (their display names are in drill-titles.ts: the browser gets them from
// the content at build time, so the engine carries none). Ids and equipment match content/drills/<id>.mdx exactly
// (the site build cross-checks equipment). Equipment lists owned kit: ANY ONE item is enough; [] = none.
import type { CueId, EquipmentId } from './vocabulary.ts';

export type { EquipmentId };
export type DrillKind = 'mobility' | 'activation' | 'strength' | 'plyometric' | 'running';
export type Knee = 'straight' | 'bent' | 'both' | 'not-applicable';

export type DrillInfo = {
  equipment: readonly EquipmentId[];
  kind: DrillKind;
  knee: Knee;
  /** 'single' = one leg at a time; 'double' = both legs together; 'either' = the plan says which. */
  stance: 'single' | 'double' | 'either';
  /**
   * Achilles-load rank for ordering (rule 14): seated raise lowest among loaded drills, single-leg hops
   * highest. Mobility is 0. The ranks in between are a convention (C11).
   */
  achillesRank: number;
  /** 'step' = the heel lowers below step level (excluded with insertional pain, R17); else 'floor'. */
  level: 'step' | 'floor';
  /** Stretches into dorsiflexion (left out or replaced with insertional pain, R17). */
  dorsiflexionStretch: boolean;
  /** Cues to watch, most important first. */
  cues: readonly CueId[];
};

const d = (
  kind: DrillKind,
  knee: Knee,
  stance: DrillInfo['stance'],
  achillesRank: number,
  cues: readonly CueId[],
  more: Partial<Pick<DrillInfo, 'equipment' | 'level' | 'dorsiflexionStretch'>> = {},
): DrillInfo => ({
  kind,
  knee,
  stance,
  achillesRank,
  cues,
  equipment: [],
  level: 'floor',
  dorsiflexionStretch: false,
  ...more,
});

export const DRILL_CATALOG = {
  'soft-tissue-prep': d('mobility', 'not-applicable', 'single', 0, []),
  'knee-to-wall': d('mobility', 'bent', 'single', 0, ['knee-over-toes', 'no-inward-collapse'], {
    dorsiflexionStretch: true,
  }),
  'plantarflexion-mobility': d('mobility', 'not-applicable', 'single', 0, ['precision-over-volume']),
  'calf-squeeze': d('activation', 'straight', 'single', 1, ['calf-before-thigh']),
  'isometric-hold-double': d('strength', 'straight', 'double', 2, ['ankle-knee-hip-alignment', 'calf-before-thigh']),
  'isometric-hold-single': d('strength', 'straight', 'single', 4, ['ankle-knee-hip-alignment', 'no-inward-collapse']),
  'top-of-raise-hold': d('strength', 'straight', 'single', 4, ['no-inward-collapse', 'ankle-knee-hip-alignment']),
  'double-leg-heel-raise': d('strength', 'straight', 'double', 3, [
    'controlled-descent',
    'no-inward-collapse',
    'calf-before-thigh',
  ]),
  'single-leg-heel-raise': d('strength', 'straight', 'single', 6, [
    'controlled-descent',
    'no-inward-collapse',
    'ankle-knee-hip-alignment',
  ]),
  'bent-knee-heel-raise': d('strength', 'bent', 'either', 5, [
    'knee-over-toes',
    'controlled-descent',
    'no-inward-collapse',
  ]),
  'seated-soleus-raise': d('strength', 'bent', 'single', 1, ['controlled-descent', 'calf-before-thigh'], {
    equipment: ['weights', 'calf-machine'],
  }),
  'eccentric-drop-straight': d('strength', 'straight', 'single', 8, ['controlled-descent', 'no-inward-collapse'], {
    equipment: ['step'],
    level: 'step',
  }),
  'eccentric-drop-bent': d('strength', 'bent', 'single', 7, ['controlled-descent', 'knee-over-toes'], {
    equipment: ['step'],
    level: 'step',
  }),
  'tempo-raise': d('strength', 'straight', 'single', 6, ['tempo-2-up-3-down', 'controlled-descent']),
  'high-load-heel-raise': d('strength', 'straight', 'single', 6, [
    'controlled-descent',
    'no-inward-collapse',
    'ankle-knee-hip-alignment',
  ]),
  'band-ankle-work': d('activation', 'not-applicable', 'single', 1, ['precision-over-volume', 'calf-before-thigh'], {
    equipment: ['band'],
  }),
  'foot-raise-circuit': d('activation', 'both', 'single', 2, ['precision-over-volume', 'no-inward-collapse'], {
    equipment: ['band'],
  }),
  'intrinsic-foot': d('activation', 'not-applicable', 'single', 0, ['precision-over-volume']),
  'double-leg-hops': d('plyometric', 'not-applicable', 'double', 9, [
    'quiet-landings',
    'spring-from-toes',
    'stiff-not-rigid',
  ]),
  'pogo-hops': d('plyometric', 'straight', 'double', 10, ['stiff-not-rigid', 'spring-from-toes', 'quiet-landings']),
  'alternating-leg-hops': d('plyometric', 'not-applicable', 'single', 11, [
    'quiet-landings',
    'knee-over-toes',
    'spring-from-toes',
  ]),
  'single-leg-hops': d('plyometric', 'not-applicable', 'single', 15, [
    'quiet-landings',
    'knee-over-toes',
    'no-inward-collapse',
  ]),
  'box-hops': d('plyometric', 'not-applicable', 'double', 12, ['quiet-landings', 'spring-from-toes'], {
    equipment: ['box'],
  }),
  'hurdle-hops': d('plyometric', 'not-applicable', 'double', 13, [
    'quiet-landings',
    'spring-from-toes',
    'stiff-not-rigid',
  ]),
  strides: d('running', 'not-applicable', 'double', 14, ['forward-lean', 'midfoot-landing', 'spring-from-toes']),
  'cooldown-mobility': d('mobility', 'not-applicable', 'single', 0, [], { dorsiflexionStretch: true }),
} as const satisfies Record<string, DrillInfo>;

export type DrillId = keyof typeof DRILL_CATALOG;
export const DRILL_IDS = Object.keys(DRILL_CATALOG) as DrillId[];

/** True when the runner owns at least one listed item, or the drill needs none. */
export function hasKitFor(id: DrillId, owned: readonly EquipmentId[]): boolean {
  const need: readonly EquipmentId[] = DRILL_CATALOG[id].equipment;
  return need.length === 0 || need.some((e) => owned.includes(e));
}

/** Drills whose rise is on both feet and whose lowering is on one (the drops' own how-to says so): the leg waiting its
 * turn works in every rise of the other leg's set, so only that set's lowering rests it (C30). */
export const risesOnBoth = (id: string): boolean => id === 'eccentric-drop-straight' || id === 'eccentric-drop-bent';
