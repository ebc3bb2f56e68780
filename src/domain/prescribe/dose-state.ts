// Where a block's progression stands, week by week (the State each session is dosed from), and the reps it starts
// from. Pure; numbers without a rule are C-conventions.
import type { KneeProfile } from '../assess/profile.ts';
import type { PerSide, Tempo } from '../model/plan-types.ts';

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

/** C2: reps per set = half the count, rounded down, kept within the R11 ladder's 6-15. Double-leg = 15 (C3). */
export const REPS = { min: 6, max: 15, sets: 3, restSeconds: 120 } as const;
/** C47: reps per set never climb past 17. Rule 11 adds load once 1-2 reps above the target are possible; the target
 * is read as 15 (C2's top, the ladder's first rung), so past 15 + 2 a raise gets harder some other way (third physio
 * read: body-weight raises had climbed to 3 x 26). A Pushoff convention, not a trial figure. */
export const REPS_CEILING = REPS.max + 2;
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
