// One side's dose in words, shared by the text formatter (CLI) and the plan page: "3 × 12", "5 × 45 s",
// "3 × 10 contacts"; '' when this side does not do the drill (sets 0).
import type { SideDose } from '../model/plan-types.ts';

export function sideDoseText(x: SideDose, times = '×'): string {
  if (x.sets === 0) return '';
  const per =
    x.contacts != null
      ? `${x.contacts} contacts`
      : x.reps != null
        ? String(x.reps)
        : x.seconds != null
          ? `${x.seconds} s`
          : '';
  return `${x.sets} ${times} ${per}`;
}
