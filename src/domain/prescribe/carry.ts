// What one block hands the next (C41, C43): the dose it reached, the runner it was dosed for and how it ended.
import type { Profile } from '../assess/profile.ts';
import type { State } from './dose-state.ts';
import type { StepsAt } from './weight-steps.ts';

/** The dose a block ended on, the runner it was dosed for (the test before the retest), and how it ended (C43). */
export type Carry = {
  state: State;
  profile: Profile;
  /** Sets of each strength drill the dose reached had taken off (BlockEnd). */
  setsOff: number;
  endedInPain: boolean;
  /** The block ended on a repeat (rule 8): week 1 keeps the reps reached instead of the retest's higher ones. */
  repeat: boolean;
  /** The block ended stepped back (BlockEnd): its lower dose starts the next block, with nothing new in week 1. */
  stepped?: true;
  /** BlockEnd's last calf session done when it went badly (C49 counts it with the next block's first); here only
   * whether there is one matters. */
  lastBad?: unknown;
  /** C49 held the last block without hops (BlockEnd). */
  noHops?: true;
  /** The retest fell by the test's noise or more on a side (C42). */
  dropped: boolean;
  /** Pain now rose past rule 7's safe zone since the last test (C56): held as C43's pain is. */
  painRose: boolean;
  /** The drop weights the block used up to the dose it reached (found-weights.ts): known, not found again. */
  weights?: readonly string[];
  /** The load steps of the block's last calf session the plan counts as done (weights-done.ts: checked in, or before
   * the block's first check-in, C40); null when none was. */
  steps?: StepsAt | null;
};

/** The sets of each strength drill a block's weeks keep off for the block before it: only after one that ended in
 * pain (C43). Used by buildBlock, which takes them off, and by the adjustment step, which counts them (C49). */
export const carriedSetsOff = (carry: Carry | null): number => (carry?.endedInPain ? carry.setsOff : 0);
