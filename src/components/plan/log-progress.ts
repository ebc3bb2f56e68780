// What the training log shows so far (issue 14's "progress you can see"): per week, the calf sessions planned and
// how many were done, partly done or skipped; and per check-in, pain during and the morning after. Pure.
// Each session's check-in is found as the plan finds it (checkInOf): a session logged on another day of its week counts
// (a review found it counted by the plan and shown here as not done).
import { checkInOf, lookupOf } from '../../domain/adjust/check-in-lookup.ts';
import type { Plan, Session } from '../../domain/index.ts';
import type { SessionLog, SessionLogEntry } from '../../domain/model/session-log.ts';
import { countsReps } from '../../lib/session/counts-reps.ts';

export type WeekTally = { number: number; planned: number; done: number; partly: number; skipped: number };
export type PainPoint = { date: string; during: number | null; morning: number | null; stiffness: string | null };

export function weekTallies(plan: Plan, log: SessionLog): WeekTally[] {
  const found = lookupOf(plan, log.entries);
  return plan.weeks.map((w) => {
    const calf = w.sessions.map((s, i) => ({ s, i })).filter(({ s }) => s.kind !== 'activation');
    const status = (k: string) => calf.filter(({ i }) => checkInOf(found, w, i)?.status === k).length;
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

type PerLeg = { left: number; right: number };
/** Reps and foot contacts per leg in one week: what the plan asked and what the check-ins say was done. */
export type WeekVolume = { number: number; planned: PerLeg; done: PerLeg };

/** One session's reps and contacts per leg: as planned, or as logged where the runner noted what was really done. */
function sessionVolume(s: Session, e: SessionLogEntry | null): PerLeg {
  const out = { left: 0, right: 0 };
  for (const d of s.drills.filter(countsReps)) {
    const noted = e?.drills?.find((x) => x.drill === d.drill);
    for (const side of ['left', 'right'] as const) {
      const planned = d[side].sets * (d[side].reps ?? d[side].contacts ?? 0);
      const logged = noted?.[side]?.reps;
      // Done: the planned reps unless others were noted. Partly done: only what was noted (the rest is not known).
      out[side] += !e ? planned : logged != null ? logged : e.status === 'done' ? planned : 0;
    }
  }
  return out;
}

/** Per week, the calf sessions' reps and foot contacts per leg, planned against done (skipped or unlogged: none). */
export function weekVolumes(plan: Plan, log: SessionLog): WeekVolume[] {
  const found = lookupOf(plan, log.entries);
  return plan.weeks.map((w) => {
    const planned = { left: 0, right: 0 };
    const done = { left: 0, right: 0 };
    for (const [i, s] of w.sessions.entries()) {
      if (s.kind === 'activation') continue;
      const p = sessionVolume(s, null);
      planned.left += p.left;
      planned.right += p.right;
      const e = checkInOf(found, w, i);
      if (!e || e.status === 'skipped') continue;
      const d = sessionVolume(s, e);
      done.left += d.left;
      done.right += d.right;
    }
    return { number: w.number, planned, done };
  });
}
