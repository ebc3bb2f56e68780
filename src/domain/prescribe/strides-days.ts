// Which days a week's strides follow an easy run, when the loaded session has no room for them (C16, C30). Pure:
// dates are 'YYYY-MM-DD' strings, and the same answers always give the same days.
//
// The choice of days is a Pushoff CONVENTION (stated with C16 in model/rules.ts) and adds no number of its own:
// - only the runner's run days that are neither the long-run day nor a hard day (C16: at the end of an easy run,
//   never a long or hard one);
// - at most one day per loaded session, as often as the session would have had them (the note's `times`); fewer
//   when the week has fewer easy runs, none when it has none (the note then says so);
// - when there are more easy days than that: first the fewest days that are a loaded session's day or the day right
//   after one (C16's reason for a run rather than the session: calves not tired from the drills; rule 9's 48 h), then
//   the widest spacing round the week (as the sessions' own days, schedule.ts), then the earliest in the week.
import type { Baseline } from '../model/baseline.ts';
import type { Note } from '../model/plan-types.ts';
import { addDays, minCircularGap, SUBSETS, weekdayOf } from './schedule.ts';

/**
 * The dates, ascending, in the week that starts on `weekStart` on which strides follow an easy run. `loaded`: the
 * offsets (days from the week's first day, 0-6) of its calf sessions (loaded, and C38's short heel-raise days; at most
 * `times` strides days, one per loaded session, still); they fall on the same weekdays every week,
 * so the week before's last session counts as the day before this week's first day. `times`: at most this many.
 */
export function stridesRunDates(b: Baseline, weekStart: string, loaded: readonly number[], times: number): string[] {
  const easy = [0, 1, 2, 3, 4, 5, 6].filter((o) => {
    const day = weekdayOf(addDays(weekStart, o));
    return b.runDays.includes(day) && day !== b.longRunDay && !b.hardDays.includes(day);
  });
  let best = easy;
  if (easy.length > times) {
    const tired = (o: number) => loaded.includes(o) || loaded.includes((o + 6) % 7);
    let cost = Number.POSITIVE_INFINITY;
    let gap = 0;
    // SUBSETS come in lexicographic order and only a strictly better set replaces one, so ties go to the earliest.
    for (const days of SUBSETS[times - 1]) {
      if (!days.every((o) => easy.includes(o))) continue;
      const c = days.filter(tired).length;
      const g = minCircularGap(days);
      if (c < cost || (c === cost && g > gap)) [best, cost, gap] = [days, c, g];
    }
  }
  return best.map((o) => addDays(weekStart, o));
}

/** A week's notes moved by whole weeks (`days`, a living-plan week doing another week's dose): the strides' dates
 * move with it, as its sessions' dates do. */
export const movedNotes = (notes: Note[], days: number): Note[] =>
  notes.map((n) => (n.id === 'week.strides-run' ? { ...n, dates: n.dates.map((d) => addDays(d, days)) } : n));
