// Turns the progression state into the drills of one session, dosed per side, and counts the
// session's load index (C5) and hop contacts per leg. Pure; numbers without a rule are C-conventions.

import type { KneeProfile, Profile } from '../assess/profile.ts';
import { DRILL_CATALOG, type DrillId } from '../model/drill-catalog.ts';
import type { Load, PerSide, PrescribedDrill, SideDose, Tempo } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import type { Side } from '../model/vocabulary.ts';
import { needsWarmUp, sessionMinutes } from './session-length.ts';
import { REPS_IN_RESERVE } from './session-rules.ts';

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
  // #14 (physio review of blocks 2-4)
  /** The loaded seated raise on rule 11's heavy-slow ladder: its repetition maximum (15 in a first block, then one
   * rung a later block, C41) and the 2-10% load steps taken since it reached that rung. */
  seated: { rung: number; steps: number };
  /** Strides (C16): 'session' at the end of each loaded session, from the week they begin and on into later blocks
   * (C41); 'run' at the end of an easy run instead, once a session has no room left for them (C30); 'none' not yet. */
  strides: 'none' | 'session' | 'run';
  /** C47: raises on both legs at the reps ceiling rise on both feet and lower on one, legs in turn. */
  lowerOnOne: boolean;
  /** One hop set fewer (C30): the room a heavier rung's extra set needs in a later block (C41). */
  hopCut: boolean;
  /** Most reps per set on each side for the block, or null: a next block's week 1 that would rise more than 10% on a
   * side (rule 11) takes reps off that side's sets and keeps rule 5's extra set (C41, C42; third physio read). */
  cap: PerSide<number> | null;
  // #12 dosing
  /** Repetition maximum of the straight-knee raise when it is dosed by weight, not by the count: the strong runner's
   * ladder (C34: 15, then 12) or the plantar heel raise (C38: 12, then 10); null = reps from the count (C2). */
  rung: number | null;
  /** C33: weights dosed by a repetition maximum that still leave 2-3 reps in reserve (a weight new this block): the
   * seated raise's, and the standing raise's or drop's. A load step takes them to the repetition maximum itself. */
  reserve: { seated: boolean; standing: boolean };
};

/** C33: no weight leaves reps in reserve any more. */
export const NO_RESERVE: State['reserve'] = { seated: false, standing: false };

export type Built = { drills: PrescribedDrill[]; index: PerSide<number>; contacts: PerSide<number> };

/** C2: reps per set = half the count, rounded down, kept within the R11 ladder's 6-15. Double-leg = 15 (C3). */
export const REPS = { min: 6, max: 15, sets: 3, restSeconds: 120 } as const;
/** C47: reps per set never climb past 17. Rule 11 adds load once 1-2 reps above the target are possible; the target
 * is read as 15 (C2's top, the ladder's first rung), so past 15 + 2 a raise gets harder some other way (third physio
 * read: body-weight raises had climbed to 3 x 26). A Pushoff convention, not a trial figure. */
export const REPS_CEILING = REPS.max + 2;
/** R12 hold dose: 5 x 45 s at about 70% effort, 2 min rest. */
export const HOLD = { sets: 5, seconds: 45, restSeconds: 120, effortPercent: 70 } as const;
/** C9: each calf squeeze is held about 10 s. */
const SQUEEZE_HOLD_SECONDS = 10;
/** C10: hop sets of 10 contacts; a first hop session is 3 sets on both legs = 30 landings (rule 14's 25-50). When
 * single-leg hops join, one set per leg replaces a double-leg set, so contacts per leg stay at 30. */
const HOP_SET_CONTACTS = 10;
export const FIRST_HOP_LANDINGS = 3 * HOP_SET_CONTACTS;
export const SINGLE_LEG_CONTACTS = HOP_SET_CONTACTS;
/** C2, rule 11's first rung: the seated raise's weight starts as a 15-repetition maximum. */
export const SEATED_RM = 15;
/** C5: a hold counts seconds / 6; a rep with added weight counts 1.1. */
export const INDEX = { holdSecondsPerRep: 6, loadedRep: 1.1 } as const;
export const TEMPO: Record<State['tempo'], Tempo> = {
  slow: { up: 3, pause: 0, down: 3 },
  pause: { up: 3, pause: 2, down: 3 },
};

export function startReps(k: KneeProfile): PerSide<number> {
  if (k.stance === 'double') return { left: REPS.max, right: REPS.max };
  const f = (c: number) => Math.min(REPS.max, Math.max(REPS.min, Math.floor(c / 2)));
  const reps = { left: f(k.counts.left), right: f(k.counts.right) };
  // C37: the stronger side starts from its capped reps (the weaker side's volume over its one set fewer), so a week's
  // "one more rep per set" is one more on that side too (physio read: 3 x 10 went to 3 x 12 while the weaker side's
  // 4 x 8 went to 4 x 9). The cap itself still applies at every week (perSide).
  const w = k.extraSet ? k.weaker : null;
  if (!w) return reps;
  const strong = w === 'left' ? 'right' : 'left';
  const capped = Math.floor(((REPS.sets + 1) * reps[w]) / REPS.sets);
  return { ...reps, [strong]: Math.max(reps[w], Math.min(reps[strong], capped)) };
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
    effortPercent: null,
    load: null,
    cues: [...DRILL_CATALOG[drill].cues],
    notes: [],
    ruleIds,
    ...more,
  };
}

/** Mobility first: soft tissue, then ankle range (knee-to-wall is swapped out with insertional pain, R17). */
// #12 dosing: one set of each warm-up and cooldown drill (C9 numbers, C30): the slow raises that follow warm the calf
// themselves, and the session must fit in about 30 minutes.
export function warmUp(p: Profile): PrescribedDrill[] {
  return [
    rx(
      'soft-tissue-prep',
      'single',
      null,
      sides(() => dose(1, null, 30)),
      ['C9'],
    ),
    ankleMobility(p),
  ];
}

/** The warm-up's ankle drill: knee-to-wall, or with heel-bone pain plantarflexion mobility (R17). The pain check
 * before a session uses it too, on a day the heel bone hurts in a plan not made for it. */
export function ankleMobility(p: Pick<Profile, 'insertional'>): PrescribedDrill {
  return p.insertional
    ? rx(
        'plantarflexion-mobility',
        'single',
        null,
        sides(() => dose(1, 10)),
        ['C9', 'R17'],
        {
          notes: [{ id: 'drill.instead-of-knee-to-wall', ruleIds: ['R17'] }],
        },
      )
    : rx(
        'knee-to-wall',
        'single',
        null,
        sides(() => dose(1, 10)),
        ['C9'],
      );
}

export function cooldown(p: Pick<Profile, 'insertional'>): PrescribedDrill {
  return rx(
    'cooldown-mobility',
    'single',
    null,
    sides(() => dose(1, null, 30)),
    p.insertional ? ['C9', 'R17'] : ['C9'],
    {
      notes: p.insertional ? [{ id: 'drill.cooldown-insertional', ruleIds: ['R17'] }] : [],
    },
  );
}

/** Week 1 activation on days without a loaded session (C8, C9). */
export function activationDrills(p: Profile): PrescribedDrill[] {
  return [
    ...warmUp(p),
    // One set of 5 squeezes per leg, each held about 10 s (C9). In a SideDose `seconds` is time per set, so the hold
    // per squeeze is the drill's repHoldSeconds (the player times it) and a note (the plan's words).
    rx(
      'calf-squeeze',
      'single',
      null,
      sides(() => dose(1, 5)),
      ['C8', 'C9'],
      {
        repHoldSeconds: SQUEEZE_HOLD_SECONDS,
        notes: [{ id: 'drill.squeeze-hold', seconds: SQUEEZE_HOLD_SECONDS, ruleIds: ['C9'] }],
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
  // #12 (C31): with the loaded seated raise (one leg at a time) the bent knee gives its own extra set.
  const knees = p.has.seated ? [p.straight] : [p.straight, p.bent];
  return knees.find((k) => k.stance === 'double' && k.extraSet)?.weaker ?? null;
}

/** C32 (#12 dosing): holds only where they help. Tendon pain 3-5 now gets rule 12's 5 x 45 s; raises that start on both
 * legs get the drill page's starting dose (3 x 30 s, rest 120 s) as their foundation; otherwise none, except the lone
 * rule-5 hold when no drill of the session can give the weaker side its extra set. */
export const START_HOLD = { sets: 3, seconds: 30 } as const;
/** C32 (#14): the double-leg holds make room once the double-leg raises have passed 3 x 16 (C3's 15-rep start and one
 * rep step): the raises then carry the work, and the time goes to more reps. A Pushoff convention, not a trial figure. */
export const HOLDS_UNTIL_REPS = 16;

function holds(p: Profile, s: State): PrescribedDrill[] {
  // Rule 12's "a tolerable load, never promised pain relief" is said once a session, and only where a tendon hurts or
  // has hurt (phone review: a pain-free beginner read it twice a session, on the two-leg holds and the lone hold).
  const r12: PrescribedDrill['notes'] = p.tendon ? [{ id: 'drill.holds-tolerable', ruleIds: ['R12'] }] : [];
  const dose12 = p.tendonPainNow ? HOLD : START_HOLD;
  const why: RuleId[] = p.tendonPainNow ? ['R12', 'C32'] : ['C32', 'R12'];
  const base = { restSeconds: HOLD.restSeconds, effortPercent: HOLD.effortPercent };
  const weak = extraHoldSide(p);
  if (p.straight.stance === 'single') {
    if (p.tendonPainNow) {
      // C37 (physio read): rule 12's 5 sets are the trial's dose, so a weaker side keeps 5 and the stronger side does
      // one fewer, instead of the weaker side going to 6.
      const less = (s: Side) => (weak && weak !== s ? 1 : 0);
      return [tendonHold(weak ?? firstSide(p, p.straight), less, weak ? [...why, 'R5', 'C37'] : why)];
    }
    // The raises give the straight knee's weaker side its extra set; a bent knee that starts on both legs has no
    // one-leg drill for it unless the loaded seated raise does the bent-knee work (C31).
    return weak && !p.straight.extraSet && !p.has.seated ? [loneHold(weak, START_HOLD.seconds, base, r12)] : [];
  }
  const roomMade = !p.tendonPainNow && s.reps.straight.left > HOLDS_UNTIL_REPS;
  // C37 as for rule 12's one-leg holds: the weaker side keeps the holds' number of sets (one of them its lone one-leg
  // hold) and the stronger side does one fewer. The lone hold is a set like the others, with the holds' rest before it
  // (C19); as an extra set on top it made a session stated as 35 minutes take 37 as lived (physio read).
  const doubles = dose12.sets - (weak ? 1 : 0);
  const out: PrescribedDrill[] = roomMade
    ? []
    : [
        rx(
          'isometric-hold-double',
          'double',
          null,
          sides(() => dose(doubles, null, dose12.seconds)),
          weak ? [...why, 'C3', 'C37'] : [...why, 'C3'],
          { ...base, notes: r12 },
        ),
      ];
  if (weak) out.push(loneHold(weak, dose12.seconds, base, out.length ? [] : r12));
  return out;
}

/** Rule 12's hold on one leg for a tendon that hurts 3-5/10, in the straight-knee slot (C32): planned by the form, and
 * by the pain check on a session day. `less`: sets a side does fewer (C37's stronger side; none on a session day). */
export function tendonHold(
  first: Side | null,
  less: (s: Side) => number = () => 0,
  ruleIds: RuleId[] = ['R12', 'C32'],
): PrescribedDrill {
  return rx(
    'isometric-hold-single',
    'single',
    first,
    sides((s) => dose(HOLD.sets - less(s), null, HOLD.seconds)),
    ruleIds,
    {
      restSeconds: HOLD.restSeconds,
      effortPercent: HOLD.effortPercent,
      notes: [{ id: 'drill.holds-tolerable', ruleIds: ['R12'] }],
    },
  );
}

function loneHold(
  w: Side,
  seconds: number,
  base: Partial<PrescribedDrill>,
  r12: PrescribedDrill['notes'],
): PrescribedDrill {
  return rx(
    'isometric-hold-single',
    'single',
    w,
    sides((s) => dose(s === w ? 1 : 0, null, seconds)),
    ['R5', 'R12', 'C3'],
    {
      ...base,
      notes: [{ id: 'drill.hold-extra-set', side: w, ruleIds: ['R5', 'C3'] }, ...r12],
    },
  );
}

/** Rule 11: each load step adds 2-10%, once 1-2 reps above target are possible. */
export const LOAD_STEP_PERCENT = { min: 2, max: 10 } as const;
const standingLoad = (steps: number): Load => ({ kind: 'body-weight', percent: { ...LOAD_STEP_PERCENT }, steps });

/** The side a one-leg drill starts on. Rule 5 puts a weaker side under 90% first; a knee position within 10% follows
 * the other position's weaker side when that one is under 90%, so the session's "your weaker right side goes first"
 * holds for every drill (phone review: "Left: 3 × 12 first" under that note, the left being 1 rep weaker). */
export function firstSide(p: Profile, k: KneeProfile): Side {
  if (k.extraSet && k.weaker) return k.weaker;
  return [p.straight, p.bent].find((x) => x.extraSet)?.weaker ?? k.weaker ?? 'left';
}

/** Sets on the weaker and the stronger side: rule 5's extra set for a weaker side (`extra`). C37: on a weight-by-RM
 * ladder already at its most sets (Rathleff's 5, heavy-slow's 4), the weaker side keeps them and the stronger side does
 * one fewer, instead of the weaker side going past what the trials used. */
function setsBySide(extra: boolean, sets: number, maxSets = Infinity): { weaker: number; stronger: number } {
  if (!extra) return { weaker: sets, stronger: sets };
  return sets + 1 > maxSets ? { weaker: sets, stronger: sets - 1 } : { weaker: sets + 1, stronger: sets };
}

/** Sets and reps per side for a one-leg drill: the weaker side's extra set (rule 5), and the stronger side on a
 * maintenance dose (C37, #12 dosing): its reps per set are capped so its sets x reps never pass the weaker side's,
 * until a retest shows 90%. */
function perSide(
  k: KneeProfile,
  sets: number,
  asked: PerSide<number>,
  cap: State['cap'],
  maxSets = Infinity,
): PerSide<SideDose> {
  const reps = cap ? sides((x) => Math.min(asked[x], cap[x])) : asked;
  const w = k.extraSet ? k.weaker : null;
  const by = setsBySide(w !== null, sets, maxSets);
  const n = (x: Side) => (x === w ? by.weaker : by.stronger);
  if (!w) return sides((x) => dose(n(x), reps[x]));
  const weakVolume = n(w) * reps[w];
  return sides((x) => dose(n(x), x === w ? reps[x] : Math.min(reps[x], Math.floor(weakVolume / n(x)))));
}
/** Sets and reps per side on a weight ladder's rung (rungDose): `reps` is the rung's repetition maximum. */
const onRung = (k: KneeProfile, ladder: 'heel-raise' | 'heavy-slow', reps: number, cap: State['cap']) => {
  const r = rungDose(ladder, reps);
  return perSide(k, r.sets, { left: reps, right: reps }, cap, r.most);
};
const maintenanceIds = (k: KneeProfile): RuleId[] => (k.extraSet ? ['R5', 'C37'] : []);

/** C38 (#12 dosing): the high-load heel raise for plantar heel pain. These numbers come straight from Rathleff 2015
 * (Scand J Med Sci Sports 25(3):e292-300), not from the rules.md table: towel rolled under the toes, 3 s up, 2 s hold,
 * 3 s down, every second day; a 12-repetition maximum for 3 sets in the first two weeks, then a 10RM for 4 sets;
 * 8RM for 5 sets comes only after this four-week block. Rest between sets is C2's 120 s per leg. */
export const HEEL_RAISE = {
  /** Sets on each rung; 8RM x 5 comes in a later block (C41's one rung a block). */
  rungs: { 12: 3, 10: 4, 8: 5 } as Record<number, number>,
  ladder: [12, 10, 8],
  first: 12,
  next: 10,
  after: { rm: 8, sets: 5 },
  tempo: { up: 3, pause: 2, down: 3 },
} as const;

/** Where a strong runner's standing raise or drop (C34's ladder) carries its repetition-maximum weight: a standing calf
 * machine when the runner has one. */
const standingOn = (p: Profile) => (p.has.machine ? ('machine' as const) : ('body' as const));

function heelRaise(p: Profile, s: State): PrescribedDrill {
  const k = p.straight;
  const rm = s.rung ?? HEEL_RAISE.first;
  return rx(
    'high-load-heel-raise',
    'single',
    firstSide(p, k),
    onRung(k, 'heel-raise', rm, s.cap),
    ['C38', 'R10', 'R11', ...maintenanceIds(k)],
    {
      tempo: { ...HEEL_RAISE.tempo },
      restSeconds: REPS.restSeconds,
      // Rathleff's heel raise (C38) is done at home on its short days too, with a towel under the toes: a backpack.
      load: { kind: 'repetition-maximum', reps: rm, percent: { ...LOAD_STEP_PERCENT }, steps: 0, on: 'body' },
      notes: [{ id: 'drill.heel-raise-how', ruleIds: ['C38'] }],
    },
  );
}

function raise(p: Profile, s: State, slot: 'straight' | 'bent'): { d: PrescribedDrill; loaded: boolean } {
  const k = p[slot];
  if (slot === 'straight' && p.plantar) return { d: heelRaise(p, s), loaded: false };
  const tempo = TEMPO[s.tempo];
  const ids: RuleId[] = ['R10', 'C2', slot === 'bent' ? 'R6' : 'R11'];
  if (slot === 'bent' && !p.bentTested) ids.push('C4');
  if (k.stance === 'double') {
    const id: DrillId = slot === 'straight' ? 'double-leg-heel-raise' : 'bent-knee-heel-raise';
    const r = Math.min(s.reps[slot].left, s.cap?.left ?? Infinity, s.cap?.right ?? Infinity);
    return {
      d: rx(
        id,
        'double',
        null,
        sides(() => dose(REPS.sets, r)),
        s.lowerOnOne ? [...ids, 'C3', 'C47'] : [...ids, 'C3'],
        {
          tempo,
          restSeconds: REPS.restSeconds,
          // Over 65 a hand on a support rather than fingertips (as C25 asks for hops).
          notes: s.lowerOnOne
            ? [{ id: 'drill.lower-on-one', support: p.older, ruleIds: p.older ? ['C47', 'C25'] : ['C47'] }]
            : [],
        },
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
  // C34: a strong runner's straight-knee raise is dosed by the rung of rule 11's ladder, with a weight, not by reps,
  // at the ladder's own 3 s up, 3 s down (rule 10, Beyer 2015): the 2 s pause is for body-weight raises only.
  const rung = slot === 'straight' && p.strong ? (s.rung ?? STRONG_RUNGS[0]) : null;
  // Third physio read: a drop's RM weight is the one the single-leg raise could lift (lowering is stronger).
  const notes: PrescribedDrill['notes'] = step ? [{ id: 'drill.drop-how', rm: rung, ruleIds: ['R11'] }] : [];
  if (rung !== null) {
    return {
      d: rx(
        id,
        'single',
        firstSide(p, k),
        onRung(k, 'heavy-slow', rung, s.cap),
        ['R10', 'R11', 'C34', ...maintenanceIds(k)],
        {
          tempo: TEMPO.slow,
          restSeconds: REPS.restSeconds,
          load: {
            kind: 'repetition-maximum',
            reps: rung,
            percent: { ...LOAD_STEP_PERCENT },
            steps: 0,
            on: standingOn(p),
          },
          notes,
        },
      ),
      loaded: false,
    };
  }
  const loaded = s.loadSteps > 0 && p.has.weights;
  return {
    d: rx(id, 'single', firstSide(p, k), perSide(k, REPS.sets, s.reps[slot], s.cap), [...ids, ...maintenanceIds(k)], {
      tempo,
      restSeconds: REPS.restSeconds,
      load: loaded ? standingLoad(s.loadSteps) : null,
      notes,
    }),
    loaded,
  };
}

/** C34: rule 11's heavy-slow ladder (repetition maximum), climbed one rung a block (C41): 15 and 12 in the first
 * block, then 10, 8 and 6. */
export const STRONG_RUNGS = [15, 12, 10, 8, 6] as const;
/** Rule 11's sets on each rung: 3x15RM, 3x12RM, 4x10RM, 4x8RM, 4x6RM. */
export const STRONG_SETS: Record<number, number> = { 15: 3, 12: 3, 10: 4, 8: 4, 6: 4 };
/** The most sets any heavy-slow rung takes: a weaker side's extra set never goes past it (C37). */
const MOST_STRONG_SETS = Math.max(...Object.values(STRONG_SETS));

/** A weight ladder's sets at a rung and the most sets it may reach with a weaker side's extra one (C37): Rathleff's
 * for the heel raise (C38), rule 11's heavy-slow rungs otherwise (C34, C41). */
export function rungDose(ladder: 'heel-raise' | 'heavy-slow', reps: number): { sets: number; most: number } {
  return ladder === 'heel-raise'
    ? { sets: HEEL_RAISE.rungs[reps], most: HEEL_RAISE.after.sets }
    : { sets: STRONG_SETS[reps] ?? REPS.sets, most: MOST_STRONG_SETS };
}

/** A rung's sets on the weaker and the stronger side (rule 5, C37), for the words about a ladder. */
export function rungSets(ladder: 'heel-raise' | 'heavy-slow', reps: number, extra: boolean) {
  const r = rungDose(ladder, reps);
  return setsBySide(extra, r.sets, r.most);
}

/** The loaded seated raise: heavy-slow work on its rung of rule 11's ladder (C31, C41), always at 3 s up, 3 s down
 * (rule 10: Beyer's heavy-slow tempo has no pause; the 2 s hold is for body-weight raises). */
function seated(p: Profile, s: State): PrescribedDrill {
  const k = p.bent;
  const rm = s.seated.rung;
  const load: Load = {
    kind: 'repetition-maximum',
    reps: rm,
    percent: { ...LOAD_STEP_PERCENT },
    steps: s.seated.steps,
    on: 'knees',
  };
  return rx(
    'seated-soleus-raise',
    'single',
    firstSide(p, k),
    onRung(k, 'heavy-slow', rm, s.cap),
    ['R6', 'R10', 'R11', 'C2', 'C31', ...(rm === SEATED_RM ? [] : ['C41' as const]), ...maintenanceIds(k)],
    {
      tempo: TEMPO.slow,
      restSeconds: REPS.restSeconds,
      load,
      // R17: the drill page offers a book under the forefoot for more range, which lowers the heel below the toes
      // (physiotherapist's read).
      notes: p.insertional ? [{ id: 'drill.seated-feet-flat', ruleIds: ['R17'] }] : [],
    },
  );
}

function hops(p: Profile, s: State): PrescribedDrill[] {
  const first = firstSide(p, p.straight);
  const base = { restSeconds: 60 };
  // C30, C41: in a later block a heavier rung's extra set may take one double-leg hop set's place (10 contacts).
  const cut = s.hopCut ? 1 : 0;
  const ids: RuleId[] = s.hopCut ? ['R13', 'R14', 'C10', 'C30'] : ['R13', 'R14', 'C10'];
  if (s.plyo === 'double') {
    return [
      rx(
        'double-leg-hops',
        'double',
        null,
        sides(() => dose(3 - cut, null, null, HOP_SET_CONTACTS)),
        ids,
        {
          ...base,
          notes: cut ? [] : [{ id: 'drill.first-hops', landings: FIRST_HOP_LANDINGS, ruleIds: ['R14', 'C10'] }],
        },
      ),
    ];
  }
  return [
    rx(
      'double-leg-hops',
      'double',
      null,
      sides(() => dose(2 - cut, null, null, HOP_SET_CONTACTS)),
      ids,
      base,
    ),
    rx(
      'single-leg-hops',
      'single',
      first,
      sides(() => dose(1, null, null, SINGLE_LEG_CONTACTS)),
      ['R13', 'R5', 'R14', 'C10'],
      {
        ...base,
        notes: [
          {
            id: 'drill.single-leg-landings',
            // Per leg: double-leg sets count on both legs, single-leg sets on one; landings: every foot contact.
            contactsPerLeg: FIRST_HOP_LANDINGS - cut * HOP_SET_CONTACTS,
            landings: FIRST_HOP_LANDINGS + HOP_SET_CONTACTS - cut * HOP_SET_CONTACTS,
            cut: cut > 0,
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

/** Achilles rank for the order (C11); the weaker side's lone extra hold (rule 5) follows the double-leg holds it
 * belongs to, while you are still in place (#12 dosing, C30). */
const rank = (d: PrescribedDrill) =>
  d.drill === 'isometric-hold-single' && (d.left.sets === 0 || d.right.sets === 0)
    ? DRILL_CATALOG['isometric-hold-double'].achillesRank + 0.5
    : DRILL_CATALOG[d.drill].achillesRank;

/** C9: strides, 4 x 20 s with about 60 s to walk back (in the session, or after an easy run, C16, C30). */
export const STRIDES_DOSE = { sets: 4, seconds: 20, restSeconds: 60 } as const;

/** C30 (#12 dosing): a loaded session takes at most 35 minutes by the C19 estimate (aim about 30). */
export const SESSION_CAP_MINUTES = { loaded: 35, aim: 30, activation: 10 } as const;
/** One loaded session: warm-up, band work, holds, raises, seated raise, hops, strides, cooldown (C11 order). */
export function loadedSession(p: Profile, s: State): Built {
  // C31 (#12 dosing): with the loaded seated raise, it is the bent-knee work; the standing bent-knee raise is left out.
  // C32: with tendon pain 3-5 now, rule 12's holds are the straight-knee work, in place of the straight-knee raise.
  const slots: ('straight' | 'bent')[] = [
    ...(p.tendonPainNow ? [] : (['straight'] as const)),
    ...(p.has.seated ? [] : (['bent'] as const)),
  ];
  const raises = slots.map((slot) => raise(p, s, slot));
  const drills = [...warmUp(p), ...holds(p, s), ...raises.map((r) => r.d), cooldown(p)];
  if (p.has.seated) drills.push(seated(p, s));
  if (s.plyo !== 'none') drills.push(...hops(p, s));
  if (s.strides === 'session')
    drills.push(
      rx(
        'strides',
        'none',
        null,
        sides(() => dose(STRIDES_DOSE.sets, null, STRIDES_DOSE.seconds)),
        ['R15', 'C9'],
        { restSeconds: STRIDES_DOSE.restSeconds },
      ),
    );
  // C30: band work is an extra, not calf loading: it joins only while the session stays within its time cap.
  if (p.has.band) {
    const band = rx(
      'band-ankle-work',
      'single',
      null,
      sides(() => dose(2, 15)),
      ['C9', 'C30'],
    );
    if (sessionMinutes([...drills, band]) <= SESSION_CAP_MINUTES.loaded) drills.push(band);
  }
  const order = drills
    .map((d, i) => ({ d, i }))
    .sort((a, b) => GROUP(a.d) - GROUP(b.d) || rank(a.d) - rank(b.d) || a.i - b.i)
    .map((x) => withReserve(x.d, s.reserve));
  // C46: a session with a standing raise or drop at a repetition-maximum weight starts its weighted sets with the test's
  // warm-up (rule 1).
  const rm = order.findIndex((d) => d.load?.kind === 'repetition-maximum');
  if (order.some(needsWarmUp))
    order[rm] = { ...order[rm], notes: [...order[rm].notes, { id: 'drill.rm-warm-up', ruleIds: ['C46', 'R1'] }] };
  return {
    drills: order,
    index: sides((x) => drillsIndex(order, x)),
    contacts: sides((x) => contactsOf(order, x)),
  };
}

/** C33: a repetition-maximum weight new this block leaves 2-3 reps in reserve, in its load and in a drop's how-to
 * (physio read: "2-3 reps in reserve" beside a "15RM" weight said two things). */
function withReserve(d: PrescribedDrill, r: State['reserve']): PrescribedDrill {
  if (d.load?.kind !== 'repetition-maximum' || !(d.load.on === 'knees' ? r.seated : r.standing)) return d;
  const reserve = { ...REPS_IN_RESERVE };
  return {
    ...d,
    load: { ...d.load, reserve },
    notes: d.notes.map((n) => (n.id === 'drill.drop-how' && n.rm ? { ...n, reserve } : n)),
  };
}

/** Whether any weight of this session still leaves reps in reserve (C33). */
export const hasReserve = (p: Profile, s: State): boolean =>
  loadedSession(p, s).drills.some((d) => d.load?.kind === 'repetition-maximum' && d.load.reserve);

/** C5: the load index of these drills on one side, read from the doses as written (so a session the log cut by a set
 * counts what is really done, #14). A rep counts 1, times 1.1 for each 2-10% load step its weight has taken. */
export function drillsIndex(drills: readonly PrescribedDrill[], side: Side): number {
  let total = 0;
  for (const d of drills) {
    if (DRILL_CATALOG[d.drill].kind !== 'strength') continue;
    const x = d[side];
    const perSet = x.reps ?? (x.seconds ?? 0) / INDEX.holdSecondsPerRep;
    total += x.sets * perSet * INDEX.loadedRep ** (d.load?.steps ?? 0);
  }
  return total;
}

function contactsOf(drills: PrescribedDrill[], side: Side): number {
  return drills.reduce(
    (t, d) => t + (DRILL_CATALOG[d.drill].kind === 'plyometric' ? d[side].sets * (d[side].contacts ?? 0) : 0),
    0,
  );
}
