// The four weeks at a glance: for each week, its seven days in order with the calf sessions and the runner's own
// runs that fall on each. Pure (dates come from the plan; ISO dates, UTC arithmetic, no clock).
import { lighterBy, waitsForCheck } from '../../domain/adjust/lighter.ts';
import { addDays, type Baseline, type Plan, type Session, type Weekday, weekdayOf } from '../../domain/index.ts';
import type { SessionLogEntry, SessionStatus } from '../../domain/model/session-log.ts';
import { stridesDays } from '../../lib/session/today.ts';

export type GlanceRun = 'long' | 'hard' | 'easy';
/** `strides`: the week's strides follow this day's easy run (C16, C30: the calf session had no room for them).
 * `lighter`: a calf session of the day does a lower dose than planned because the log stepped it back or holds it
 * there (rule 7, rule 8, C39, C49). `waits`: a calf session of the day waits for a clinician's check (C49's third bad
 * session). */
export type GlanceDay = {
  date: string;
  weekday: Weekday;
  sessions: Session['kind'][];
  run: GlanceRun | null;
  strides: boolean;
  lighter: boolean;
  waits: boolean;
};
export type GlanceWeek = { number: number; days: GlanceDay[] };

/** The runner's runs by weekday: the long run and hard sessions named, any other run day an easy run. */
function runOn(b: Baseline, wd: Weekday): GlanceRun | null {
  if (b.longRunDay === wd) return 'long';
  if (b.hardDays.includes(wd)) return 'hard';
  return b.runDays.includes(wd) ? 'easy' : null;
}

export function glance(plan: Plan, b: Baseline): GlanceWeek[] {
  // After C49's third bad session every run stays easy until the check, and after it unless the clinician advised
  // otherwise (the note says so): a hard run day shows as a run.
  const stop = plan.summary.flags.find((f) => f.id === 'flag.worse-again' && f.third !== undefined);
  const easyFrom = stop?.id === 'flag.worse-again' ? stop.third : undefined;
  return plan.weeks.map((w) => {
    const strides = stridesDays(w);
    return {
      number: w.number,
      days: Array.from({ length: 7 }, (_, i) => {
        const date = addDays(w.startDate, i);
        const weekday = weekdayOf(date);
        const sessions = w.sessions.filter((s) => s.date === date);
        return {
          date,
          weekday,
          sessions: sessions.map((s) => s.kind),
          // Phone review: a check-in that stepped Friday back said so in its status and note, but the strip did not.
          lighter: sessions.some((s) => lighterBy(w, s) !== null),
          waits: sessions.some((s) => waitsForCheck(w, s)),
          run: easyFrom && date > easyFrom && runOn(b, weekday) === 'hard' ? 'easy' : runOn(b, weekday),
          strides: strides.includes(date),
        };
      }),
    };
  });
}

/** Least done first: a day with a skipped check-in and a done one (a heel-raise day and a loaded one) shows skipped. */
export const LEAST_DONE: readonly SessionStatus[] = ['skipped', 'partly', 'done'];
/** What the day's check-ins say, the least done of them, for its mark on the strip; null when the day has none. */
export const dayStatus = (entries: readonly SessionLogEntry[], date: string): SessionStatus | null =>
  LEAST_DONE.find((s) => entries.some((e) => e.date === date && e.status === s)) ?? null;
