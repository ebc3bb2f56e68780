// The living plan (issue 14): the four weeks as logged so far. Each week after the first looks back at the week
// before: every session went well (or no answer says otherwise) -> the next planned step; a week to repeat (rule 8
// "not back", a skipped, partly done or unlogged session, C39/C40) -> the same step again; a worse morning or pain
// during over 5/10 (rules 8 and 7) -> one step back. A week off its planned step takes that step's sessions on its
// own dates. The block stays four weeks; a step that did not fit waits for the next block (C40). Pure: `today`
// ('YYYY-MM-DD') comes in. At most one step up a week, so no week rises more than the plan's own steps (R6, +10%).

import type { PhraseOf } from '../model/phrases.ts';
import type { Note, Plan, Session, Week } from '../model/plan-types.ts';
import type { SessionLog, SessionLogEntry } from '../model/session-log.ts';
import { addDays } from '../prescribe/schedule.ts';
import { GO_ON, NOT_LOGGED, type Response, responseOf, worst } from './response.ts';

export type History = { log: SessionLog; today: string };
type Adjustment = Note<PhraseOf<'adjust.week'>>;

/** The week's sessions that are over (dated before today), each with what its log entry says. */
function responses(w: Week, byDate: Map<string, SessionLogEntry>, logging: boolean, usualPain: number, today: string) {
  return w.sessions
    .filter((s) => s.date < today)
    .map((s): { r: Response; date: string } => {
      const e = byDate.get(s.date);
      // Missing a loaded or heel-raise session holds the plan back; a short activation does not (C40). An unlogged
      // session counts as missed only once its week is over: until then it can still be logged.
      const counts = s.kind !== 'activation';
      const missed = counts && logging && w.endDate < today;
      return { r: e ? responseOf(e, usualPain, counts) : missed ? NOT_LOGGED : GO_ON, date: s.date };
    });
}

/** Planned week `step`'s sessions moved to calendar week `number` (whole weeks, so weekdays stay). */
function weekFrom(plan: Plan, step: number, number: Week['number'], adjustment: Adjustment): Week {
  const source = plan.weeks[step - 1];
  const shift = (number - step) * 7;
  // The plan's first loaded session may be cut for pain that day (C35); a repeat copies a full one.
  const loaded = source.sessions.filter((s) => s.kind === 'loaded');
  const template = loaded[loaded.length - 1];
  const sessions = source.sessions.map(
    (s): Session => ({
      ...(s.kind === 'loaded' && template ? template : s),
      date: addDays(s.date, shift),
      weekday: s.weekday,
    }),
  );
  return {
    ...source,
    number,
    startDate: addDays(source.startDate, shift),
    endDate: addDays(source.endDate, shift),
    change: { variable: null, amount: null, reason: adjustment, ruleIds: adjustment.ruleIds },
    sessions,
    adjustment,
  };
}

export function adjustPlan(plan: Plan, usualPain: number, h: History): Plan {
  const inBlock = h.log.entries.filter((e) => e.date >= plan.startDate && e.date <= plan.endDate);
  if (inBlock.length === 0) return plan; // before the first check-in the plan cannot tell a missed session (C40)
  const byDate = new Map(inBlock.map((e) => [e.date, e]));
  const weeks: Week[] = [plan.weeks[0]];
  const steps = [1];
  for (let k = 2; k <= plan.weeks.length; k++) {
    const before = steps[k - 2];
    const w = worst(responses(weeks[k - 2], byDate, true, usualPain, h.today));
    const step = !w ? before + 1 : w.r.action === 'repeat' ? before : Math.max(1, before - 1);
    steps.push(step);
    if (step === k) {
      weeks.push(plan.weeks[k - 1]);
      continue;
    }
    const adjustment: Adjustment = w
      ? { id: 'adjust.week', action: w.r.action, doses: step, because: w.r.cause, date: w.date, ruleIds: w.r.ruleIds }
      : { id: 'adjust.week', action: 'go-on', doses: step, because: null, date: null, ruleIds: ['R8', 'C40'] };
    weeks.push(weekFrom(plan, step, k as Week['number'], adjustment));
  }
  // The plan's rule ids plus the adjustments' (weeks only move the plan's own sessions around). Not a fresh walk of
  // the whole plan: that alone cost about 50 us, the step's whole budget (npm run bench).
  const added = weeks.flatMap((w) => w.adjustment?.ruleIds ?? []);
  const ruleIds = [...new Set([...plan.ruleIds, ...added])].sort();
  return { ...plan, weeks, ruleIds };
}
