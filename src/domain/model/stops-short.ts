// A drill dosed by a weight (a repetition maximum) on which a side's sets stop short of the weight's reps: a later
// block's cap (C42) or a count under the weight's reps. The load's words and a load week's words both name it.
import type { PrescribedDrill } from './plan-types.ts';

export function stopsShort(d: PrescribedDrill): boolean {
  const l = d.load;
  return l?.kind === 'repetition-maximum' && [d.left.reps, d.right.reps].some((r) => r != null && r < l.reps);
}
