// Every test so far as rows for the "Your tests" chart and table (issue 14's progress you can see): heel-raise counts
// per side, straight and bent knee, the hop counts, and the straight-knee symmetry (weaker / stronger x 100). Pure.
import { symmetryPercent, type TestPoint } from '../../domain/index.ts';

export type TestRow = TestPoint & { block: number; symmetry: number };

export function testRows(tests: readonly TestPoint[]): TestRow[] {
  return tests.map((t, i) => ({
    ...t,
    block: i + 1,
    symmetry: Math.round(symmetryPercent(t.straightKnee.left, t.straightKnee.right)),
  }));
}

/** The chart's y range (raises): from 0 to the highest count, rounded up to 10, at least 30 (C34's strong line). */
export function chartTop(rows: readonly TestRow[]): number {
  const most = Math.max(30, ...rows.flatMap((r) => [r.straightKnee.left, r.straightKnee.right]));
  return Math.ceil(most / 10) * 10;
}

/** At most about six block labels fit under the count chart at a readable size (11 px): past that, every k-th block
 * and the last, with no label crowding the last one. */
const MAX_LABELS = 6;
export const labelled = (i: number, n: number): boolean =>
  n <= MAX_LABELS || i === n - 1 || (i % Math.ceil(n / MAX_LABELS) === 0 && i < n - 2);
