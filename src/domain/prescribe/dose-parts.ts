// The parts every drill's dose is made of: a dose per side, the weaker side's extra set and the stronger side's
// maintenance dose (rule 5, C37), the side that goes first, and the weight ladders' rungs (rule 11, C34, C38).
import type { KneeProfile, Profile } from '../assess/profile.ts';
import { DRILL_CATALOG, type DrillId } from '../model/drill-catalog.ts';
import type { PerSide, PrescribedDrill, SideDose } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import type { Side } from '../model/vocabulary.ts';
import { REPS, type State } from './dose-state.ts';

export const dose = (
  sets: number,
  reps: number | null,
  seconds: number | null = null,
  contacts: number | null = null,
): SideDose => ({ sets, reps, seconds, contacts });
export const sides = <T>(f: (s: Side) => T): PerSide<T> => ({ left: f('left'), right: f('right') });

export function rx(
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

/** Rule 11: each load step adds 2-10%, once 1-2 reps above target are possible. */
export const LOAD_STEP_PERCENT = { min: 2, max: 10 } as const;

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
export function perSide(
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
export const onRung = (k: KneeProfile, ladder: 'heel-raise' | 'heavy-slow', reps: number, cap: State['cap']) => {
  const r = rungDose(ladder, reps);
  return perSide(k, r.sets, { left: reps, right: reps }, cap, r.most);
};
export const maintenanceIds = (k: KneeProfile): RuleId[] => (k.extraSet ? ['R5', 'C37'] : []);

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

/** Sets x reps on each side. */
export type SetsReps = PerSide<{ sets: number; reps: number }>;
/** A rung's real dose on each side when the block's cap (C42: a next block's week 1 within 10% of the last) holds a
 * side's reps under the rung's count, as `{ held }` to spread into a phrase or a ladder; `{}` when both sides do the
 * rung's reps. Physiotherapist's read: the words said "4 x 10" where the sessions, capped, said "4 x 8". */
export function heldRung(
  k: KneeProfile,
  ladder: 'heel-raise' | 'heavy-slow',
  reps: number,
  cap: State['cap'],
): { held?: SetsReps } {
  if (!cap) return {};
  const d = onRung(k, ladder, reps, cap);
  const of = (x: SideDose) => ({ sets: x.sets, reps: x.reps ?? reps });
  return d.left.reps === reps && d.right.reps === reps ? {} : { held: { left: of(d.left), right: of(d.right) } };
}
