// Turns the progression state into the drills of one session, dosed per side, and counts the
// session's load index (C5) and hop contacts per leg. Pure; numbers without a rule are C-conventions.

import type { KneeProfile, Profile } from '../assess/profile.ts';
import type { Side } from '../model/baseline.ts';
import { DRILL_CATALOG, type DrillId } from '../model/drill-catalog.ts';
import type { PerSide, PrescribedDrill, SideDose, Tempo } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';

export type State = {
  /** 'step' = lowering below step level (eccentric drops); 'floor' = flat floor. */
  range: 'floor' | 'step';
  /** 'slow' = 3 s up / 3 s down; 'pause' = 3 up / 2 hold / 3 down (rule 10). */
  tempo: 'slow' | 'pause';
  /** Reps per set per side for each raise slot. */
  reps: { straight: PerSide<number>; bent: PerSide<number>; seated: PerSide<number> };
  /** Number of +2-10% load steps taken (rule 11). */
  loadSteps: number;
  plyo: 'none' | 'double' | 'single';
};

export type Built = { drills: PrescribedDrill[]; index: PerSide<number>; contacts: PerSide<number> };

/** C2: reps per set = half the count, rounded down, kept within the R11 ladder's 6-15. Double-leg = 15 (C3). */
export const REPS = { min: 6, max: 15, sets: 3, restSeconds: 120 } as const;
/** R12 hold dose: 5 x 45 s at about 70% effort, 2 min rest. */
export const HOLD = { sets: 5, seconds: 45, restSeconds: 120 } as const;
/** C5: a hold counts seconds / 6; a rep with added weight counts 1.1. */
export const INDEX = { holdSecondsPerRep: 6, loadedRep: 1.1 } as const;
const TEMPO: Record<State['tempo'], Tempo> = {
  slow: { up: 3, pause: 0, down: 3 },
  pause: { up: 3, pause: 2, down: 3 },
};

export function startReps(k: KneeProfile): PerSide<number> {
  if (k.stance === 'double') return { left: REPS.max, right: REPS.max };
  const f = (c: number) => Math.min(REPS.max, Math.max(REPS.min, Math.floor(c / 2)));
  return { left: f(k.counts.left), right: f(k.counts.right) };
}

const dose = (
  sets: number,
  reps: number | null,
  seconds: number | null = null,
  contacts: number | null = null,
): SideDose => ({ sets, reps, seconds, contacts });
const sides = <T>(f: (s: Side) => T): PerSide<T> => ({ left: f('left'), right: f('right') });

function rx(
  drill: DrillId,
  stance: PrescribedDrill['stance'],
  first: Side | null,
  per: PerSide<SideDose>,
  ruleIds: RuleId[],
  more: Partial<PrescribedDrill> = {},
): PrescribedDrill {
  return {
    drill,
    stance,
    firstSide: first,
    left: per.left,
    right: per.right,
    tempo: null,
    restSeconds: null,
    effort: null,
    load: null,
    cues: [...DRILL_CATALOG[drill].cues],
    notes: [],
    ruleIds,
    ...more,
  };
}

const setsFor = (k: KneeProfile, base: number) => (s: Side) => base + (k.extraSet && k.weaker === s ? 1 : 0);

/** Mobility first: soft tissue, then ankle range (knee-to-wall is swapped out with insertional pain, R17). */
export function warmUp(p: Profile): PrescribedDrill[] {
  const ankle: PrescribedDrill = p.insertional
    ? rx(
        'plantarflexion-mobility',
        'single',
        null,
        sides(() => dose(2, 10)),
        ['C9', 'R17'],
        {
          notes: [
            {
              text: 'Used instead of knee-to-wall: no stretching into dorsiflexion with heel-bone Achilles pain.',
              ruleIds: ['R17'],
            },
          ],
        },
      )
    : rx(
        'knee-to-wall',
        'single',
        null,
        sides(() => dose(2, 10)),
        ['C9'],
      );
  return [
    rx(
      'soft-tissue-prep',
      'single',
      null,
      sides(() => dose(1, null, 60)),
      ['C9'],
    ),
    ankle,
  ];
}

export function cooldown(p: Profile): PrescribedDrill {
  return rx(
    'cooldown-mobility',
    'single',
    null,
    sides(() => dose(2, null, 30)),
    p.insertional ? ['C9', 'R17'] : ['C9'],
    {
      notes: p.insertional
        ? [
            {
              text: 'Leave out the wall calf stretches and knee-to-wall rocks: walk easily and circle the ankle in a comfortable range instead (no stretching into dorsiflexion with heel-bone Achilles pain).',
              ruleIds: ['R17'],
            },
          ]
        : [],
    },
  );
}

/** Week 1 activation on days without a loaded session (C8, C9). */
export function activationDrills(p: Profile): PrescribedDrill[] {
  return [
    ...warmUp(p),
    // One set of 5 squeezes per leg, each held about 10 s (C9). The hold time goes in a note: in a SideDose,
    // `seconds` is time per set, so a set of several timed squeezes carries reps only.
    rx(
      'calf-squeeze',
      'single',
      null,
      sides(() => dose(1, 5)),
      ['C8', 'C9'],
      {
        notes: [
          { text: 'Hold each squeeze for about 10 seconds, then relax completely before the next.', ruleIds: ['C9'] },
        ],
      },
    ),
    rx(
      'intrinsic-foot',
      'single',
      null,
      sides(() => dose(2, 10)),
      ['C8', 'C9'],
    ),
  ];
}

/** The side whose one extra set (rule 5) goes to the single-leg hold: the straight knee's own weaker side first, else
 * the weaker side of a position that starts on both legs (C3), whose raises cannot favour one side. */
export function extraHoldSide(p: Profile): Side | null {
  if (p.straight.extraSet) return p.straight.weaker;
  return [p.straight, p.bent].find((k) => k.stance === 'double' && k.extraSet)?.weaker ?? null;
}

function holds(p: Profile): PrescribedDrill[] {
  const r12 = {
    text: 'Holds give your calf a load it can usually tolerate. They are not promised to relieve pain.',
    ruleIds: ['R12'] as RuleId[],
  };
  const base = { restSeconds: HOLD.restSeconds, effort: 'about 70% effort' };
  const weak = extraHoldSide(p);
  if (p.straight.stance === 'single') {
    const bump = (s: Side) => (weak === s ? 1 : 0);
    return [
      rx(
        'isometric-hold-single',
        'single',
        weak ?? p.straight.weaker ?? 'left',
        sides((s) => dose(HOLD.sets + bump(s), null, HOLD.seconds)),
        weak ? ['R12', 'C2', 'R5'] : ['R12', 'C2'],
        { ...base, notes: [r12] },
      ),
    ];
  }
  const out = [
    rx(
      'isometric-hold-double',
      'double',
      null,
      sides(() => dose(HOLD.sets, null, HOLD.seconds)),
      ['R12', 'C2', 'C3'],
      { ...base, notes: [r12] },
    ),
  ];
  if (weak) {
    const w = weak;
    out.push(
      rx(
        'isometric-hold-single',
        'single',
        w,
        sides((s) => dose(s === w ? 1 : 0, null, HOLD.seconds)),
        ['R5', 'R12', 'C3'],
        {
          ...base,
          notes: [
            {
              text: `Both-leg work cannot favour one side, so your weaker ${w} side gets its extra set as a single-leg hold.`,
              ruleIds: ['R5', 'C3'],
            },
            r12,
          ],
        },
      ),
    );
  }
  return out;
}

const standingLoad = (steps: number) =>
  steps === 1
    ? 'Add 2-10% of your body weight in a backpack or dumbbells, only if last week you managed 1-2 reps above target on every set.'
    : `Add 2-10% more than last week's backpack or dumbbells (${steps} load steps so far), only if you managed 1-2 reps above target on every set.`;

function raise(p: Profile, s: State, slot: 'straight' | 'bent'): { d: PrescribedDrill; loaded: boolean } {
  const k = p[slot];
  const tempo = TEMPO[s.tempo];
  const ids: RuleId[] = ['R10', 'C2', slot === 'bent' ? 'R6' : 'R11'];
  if (slot === 'bent' && !p.bentTested) ids.push('C4');
  if (k.stance === 'double') {
    const id: DrillId = slot === 'straight' ? 'double-leg-heel-raise' : 'bent-knee-heel-raise';
    const r = s.reps[slot].left;
    return {
      d: rx(
        id,
        'double',
        null,
        sides(() => dose(REPS.sets, r)),
        [...ids, 'C3'],
        { tempo, restSeconds: REPS.restSeconds },
      ),
      loaded: false,
    };
  }
  const step = s.range === 'step';
  const id: DrillId = step
    ? slot === 'straight'
      ? 'eccentric-drop-straight'
      : 'eccentric-drop-bent'
    : slot === 'straight'
      ? 'single-leg-heel-raise'
      : 'bent-knee-heel-raise';
  const loaded = s.loadSteps > 0 && p.has.weights;
  const notes = [];
  if (step)
    notes.push({
      text: 'Rise on both feet, then lower on one leg, letting the heel sink below the step.',
      ruleIds: ['R11'] as RuleId[],
    });
  return {
    d: rx(
      id,
      'single',
      k.weaker ?? 'left',
      sides((x) => dose(setsFor(k, REPS.sets)(x), s.reps[slot][x])),
      k.extraSet ? [...ids, 'R5'] : ids,
      { tempo, restSeconds: REPS.restSeconds, load: loaded ? standingLoad(s.loadSteps) : null, notes },
    ),
    loaded,
  };
}

function seated(p: Profile, s: State): PrescribedDrill {
  const k = p.bent;
  const load =
    'A weight on your knees (or a calf machine) that you could lift about 15 times (15RM)' +
    (s.loadSteps > 0
      ? `, plus 2-10% for each load step (${s.loadSteps} ${s.loadSteps === 1 ? 'step' : 'steps'} so far) once you manage 1-2 reps above target.`
      : '.');
  return rx(
    'seated-soleus-raise',
    'single',
    k.weaker ?? 'left',
    sides((x) => dose(setsFor(k, REPS.sets)(x), s.reps.seated[x])),
    k.extraSet ? ['R6', 'R10', 'R11', 'C2', 'R5'] : ['R6', 'R10', 'R11', 'C2'],
    { tempo: TEMPO[s.tempo], restSeconds: REPS.restSeconds, load },
  );
}

function hops(p: Profile, s: State): PrescribedDrill[] {
  const first = p.straight.weaker ?? 'left';
  const base = { restSeconds: 60 };
  if (s.plyo === 'double') {
    return [
      rx(
        'double-leg-hops',
        'double',
        null,
        sides(() => dose(3, null, null, 10)),
        ['R13', 'R14', 'C10'],
        {
          ...base,
          notes: [{ text: '30 landings: inside the 25-50 used for first hop sessions.', ruleIds: ['R14', 'C10'] }],
        },
      ),
    ];
  }
  return [
    rx(
      'double-leg-hops',
      'double',
      null,
      sides(() => dose(2, null, null, 10)),
      ['R13', 'R14', 'C10'],
      base,
    ),
    rx(
      'single-leg-hops',
      'single',
      first,
      sides(() => dose(1, null, null, 10)),
      ['R13', 'R5', 'R14', 'C10'],
      {
        ...base,
        notes: [
          {
            text: 'Single-leg landings replace one double-leg set, so contacts per leg stay at 30 (40 landings in all).',
            ruleIds: ['R11', 'R14', 'C10'],
          },
        ],
      },
    ),
  ];
}

/** Session blocks: mobility, then the loaded work by Achilles rank, then running, then the cooldown (C11). */
const GROUP = (d: PrescribedDrill) => {
  const kind = DRILL_CATALOG[d.drill].kind;
  return d.drill === 'cooldown-mobility' ? 3 : kind === 'running' ? 2 : kind === 'mobility' ? 0 : 1;
};

/** One loaded session: warm-up, band work, holds, raises, seated raise, hops, strides, cooldown (C11 order). */
export function loadedSession(p: Profile, s: State, strides: boolean): Built {
  const raises = [raise(p, s, 'straight'), raise(p, s, 'bent')];
  const drills = [...warmUp(p), ...holds(p), ...raises.map((r) => r.d), cooldown(p)];
  if (p.has.band)
    drills.push(
      rx(
        'band-ankle-work',
        'single',
        null,
        sides(() => dose(2, 15)),
        ['C9'],
      ),
    );
  if (p.has.seated) drills.push(seated(p, s));
  if (s.plyo !== 'none') drills.push(...hops(p, s));
  if (strides)
    drills.push(
      rx(
        'strides',
        'none',
        null,
        sides(() => dose(4, null, 20)),
        ['R15', 'C9'],
        { restSeconds: 60 },
      ),
    );
  const order = drills
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        GROUP(a.d) - GROUP(b.d) ||
        DRILL_CATALOG[a.d.drill].achillesRank - DRILL_CATALOG[b.d.drill].achillesRank ||
        a.i - b.i,
    )
    .map((x) => x.d);
  const loadedIds = new Set<DrillId>(raises.filter((r) => r.loaded).map((r) => r.d.drill));
  if (s.loadSteps > 0 && p.has.seated) loadedIds.add('seated-soleus-raise');
  const factor = INDEX.loadedRep ** s.loadSteps;
  return {
    drills: order,
    index: sides((x) => sessionIndex(order, x, loadedIds, factor)),
    contacts: sides((x) => contactsOf(order, x)),
  };
}

function sessionIndex(drills: PrescribedDrill[], side: Side, loaded: Set<DrillId>, factor: number): number {
  let total = 0;
  for (const d of drills) {
    if (DRILL_CATALOG[d.drill].kind !== 'strength') continue;
    const x = d[side];
    const perSet = x.reps ?? (x.seconds ?? 0) / INDEX.holdSecondsPerRep;
    total += x.sets * perSet * (loaded.has(d.drill) ? factor : 1);
  }
  return total;
}

function contactsOf(drills: PrescribedDrill[], side: Side): number {
  return drills.reduce(
    (t, d) => t + (DRILL_CATALOG[d.drill].kind === 'plyometric' ? d[side].sets * (d[side].contacts ?? 0) : 0),
    0,
  );
}
