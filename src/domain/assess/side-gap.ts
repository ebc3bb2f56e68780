// C54: one calf clearly weaker than the other, in either knee position: more than 10% apart (rule 5's 90%) and by at
// least the test's day-to-day noise (rule 4's 6 reps), so the gap is unlikely to be the test's own variation. Pure.
import type { Baseline } from '../model/baseline.ts';
import type { Side } from '../model/vocabulary.ts';
import { SYMMETRY_THRESHOLD, symmetryPercent, TEST_NOISE_REPS, weakerSide } from './norms.ts';

export type SideGap = { side: Side; knee: 'straight' | 'bent'; weaker: number; stronger: number; percent: number };

/** The widest such gap (lowest symmetry), straight knee first on a tie; null when the sides are close. Reads the test
 * counts themselves, not the bent knee's fallback to the straight knee (C4): an untested position shows no gap. */
export function sideGap(b: Pick<Baseline, 'straightKnee' | 'bentKnee'>): SideGap | null {
  let widest: SideGap | null = null;
  for (const [knee, counts] of [
    ['straight', b.straightKnee],
    ['bent', b.bentKnee],
  ] as const) {
    const side = counts && weakerSide(counts);
    if (!counts || !side) continue;
    const other = side === 'left' ? 'right' : 'left';
    const percent = symmetryPercent(counts.left, counts.right);
    if (percent >= SYMMETRY_THRESHOLD || counts[other] - counts[side] < TEST_NOISE_REPS) continue;
    if (!widest || percent < widest.percent)
      widest = { side, knee, weaker: counts[side], stronger: counts[other], percent };
  }
  return widest;
}
