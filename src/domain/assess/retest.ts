// Rule 4: a retest compared with the test before it, side by side. A change smaller than about 6 reps can come from
// the test itself (between-day limits of agreement, Hebert-Losier 2017), so only a change of 6 or more counts.
import type { Baseline } from '../model/baseline.ts';
import type { PerSide, Retest, RetestSide } from '../model/plan-types.ts';
import { TEST_NOISE_REPS } from './norms.ts';

const side = (before: number, after: number): RetestSide => ({
  before,
  after,
  change: after - before,
  beyondNoise: Math.abs(after - before) >= TEST_NOISE_REPS,
});
const sides = (a: PerSide<number>, b: PerSide<number>): PerSide<RetestSide> => ({
  left: side(a.left, b.left),
  right: side(a.right, b.right),
});

export function compareTests(before: Baseline, after: Baseline): Retest {
  return {
    straightKnee: sides(before.straightKnee, after.straightKnee),
    // Both tests must have the bent knee: a count compared with a stand-in (C4) would say nothing.
    bentKnee: before.bentKnee && after.bentKnee ? sides(before.bentKnee, after.bentKnee) : null,
    noiseReps: TEST_NOISE_REPS,
    ruleIds: ['R4'],
  };
}

/** Sides whose straight- or bent-knee count fell by more than the test's noise since the last test (C42). */
export function droppedSides(r: Retest): ('left' | 'right')[] {
  const fell = (s: RetestSide) => s.beyondNoise && s.change < 0;
  return (['left', 'right'] as const).filter(
    (x) => fell(r.straightKnee[x]) || (r.bentKnee ? fell(r.bentKnee[x]) : false),
  );
}
