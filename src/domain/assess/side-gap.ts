// C54: one calf clearly weaker than the other, in either knee position: more than 10% apart (rule 5's 90%) and either
// by at least the test's day-to-day noise (rule 4's 6 reps) or in both knee positions alike (the summary's "likely
// real"), with the weaker side short of the runner-ready 25 (rule 3: a side that meets it is no sign of an injury). Pure.
import type { Baseline } from '../model/baseline.ts';
import type { SideGap } from '../model/phrases.ts';
import { DOUBLE_LEG_BELOW } from './gates.ts';
import { SYMMETRY_THRESHOLD, symmetryPercent, TARGET, TEST_NOISE_REPS, weakerSide } from './norms.ts';

/** The widest such gap (lowest symmetry), straight knee first on a tie; null when the sides are close. Reads the test
 * counts themselves, not the bent knee's fallback to the straight knee (C4): an untested position shows no gap. */
export function sideGap(b: Pick<Baseline, 'straightKnee' | 'bentKnee'>): SideGap | null {
  const tested = [
    ['straight', b.straightKnee],
    ['bent', b.bentKnee],
  ] as const;
  const under = tested.flatMap(([knee, counts]) => {
    const side = counts && weakerSide(counts);
    const percent = counts ? symmetryPercent(counts.left, counts.right) : 100;
    return counts && side && percent < SYMMETRY_THRESHOLD ? [{ knee, counts, side, percent }] : [];
  });
  const agree = under.length === 2 && under[0].side === under[1].side;
  let widest: SideGap | null = null;
  for (const { knee, counts, side, percent } of under) {
    const other = side === 'left' ? 'right' : 'left';
    const real = agree || counts[other] - counts[side] >= TEST_NOISE_REPS;
    if (!real || counts[side] >= TARGET.reps || (widest && percent >= widest.percent)) continue;
    widest = {
      side,
      knee,
      weaker: counts[side],
      stronger: counts[other],
      percent,
      ask: counts[side] < DOUBLE_LEG_BELOW,
    };
  }
  return widest;
}
