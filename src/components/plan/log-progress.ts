// What the training log shows so far (issue 14's "progress you can see"): per week, the calf sessions planned and
// how many were done, partly done or skipped; and per check-in, pain during and the morning after. Pure.
import type { Plan } from '../../domain/index.ts';
import type { SessionLog } from '../../domain/model/session-log.ts';

export type WeekTally = { number: number; planned: number; done: number; partly: number; skipped: number };
export type PainPoint = { date: string; during: number | null; morning: number | null; stiffness: string | null };

export function weekTallies(plan: Plan, log: SessionLog): WeekTally[] {
  const byDate = new Map(log.entries.map((e) => [e.date, e]));
  return plan.weeks.map((w) => {
    const calf = w.sessions.filter((s) => s.kind !== 'activation');
    const status = (k: string) => calf.filter((s) => byDate.get(s.date)?.status === k).length;
    return {
      number: w.number,
      planned: calf.length,
      done: status('done'),
      partly: status('partly'),
      skipped: status('skipped'),
    };
  });
}

/** Check-ins inside the plan's four weeks, in date order. */
export function painPoints(plan: Plan, log: SessionLog): PainPoint[] {
  return log.entries
    .filter((e) => e.date >= plan.startDate && e.date <= plan.endDate)
    .map((e) => ({
      date: e.date,
      during: e.painDuring,
      morning: e.nextMorning?.pain ?? null,
      stiffness: e.nextMorning?.stiffness ?? null,
    }));
}
