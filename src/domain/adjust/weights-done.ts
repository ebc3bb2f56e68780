// The weights a block's check-ins show were used. The drop weights (C46, C33): the next block's week 1 says a weight
// among them is known, not to be found again (found-weights.ts). The load steps (rule 11): each session's weight is
// said against the last one done (weight-steps.ts). Only sessions checked in as done or partly count: a runner whose
// first drop week was skipped has never found the weight (physiotherapist's read: block 2 said "use the weight you
// found" to a runner who had done no drop). Pure.
import type { Plan, Week } from '../model/plan-types.ts';
import type { SessionLogEntry } from '../model/session-log.ts';
import { dropWeightsOf } from '../prescribe/found-weights.ts';
import { type StepsAt, stepsAt } from '../prescribe/weight-steps.ts';
import { checkInOf, inBlock, lookupOf } from './check-in-lookup.ts';

/** Whether session `i` of week `w` was done (or partly): its check-in says so. */
function doneIn(plan: Plan, entries: readonly SessionLogEntry[]): (w: Week, i: number) => boolean {
  const log = lookupOf(plan, entries);
  return (w, i) => {
    const e = checkInOf(log, w, i);
    return e !== undefined && e.status !== 'skipped';
  };
}

export function weightsDone(plan: Plan, entries: readonly SessionLogEntry[]): string[] {
  const done = doneIn(plan, entries);
  return plan.weeks.flatMap((w) => w.sessions.flatMap((s, i) => (done(w, i) ? dropWeightsOf(s.drills) : [])));
}

/** The load steps of the block's last calf session the plan counts as done (countedDone), or null when none was.
 * Physiotherapist's read: a block with no check-ins carried its 2 load steps into the next block's dose, while the next
 * week 1 said "Add another 2-10%" as if the second were new. */
export function stepsDone(plan: Plan, entries: readonly SessionLogEntry[]): StepsAt | null {
  const done = countedDone(plan, entries);
  let last: StepsAt | null = null;
  for (const w of plan.weeks)
    w.sessions.forEach((s, i) => {
      if (s.kind !== 'activation' && done(w, i)) last = stepsAt(s.drills, last);
    });
  return last;
}

/** The sessions the plan counts as done: those checked in as done or partly, and those before the block's first
 * check-in (C40: the plan counts none of them as missed, and doses the next week as if they were done). */
function countedDone(plan: Plan, entries: readonly SessionLogEntry[]): (w: Week, i: number) => boolean {
  const done = doneIn(plan, entries);
  const first = inBlock(plan, entries).reduce<string | null>((a, e) => (a === null || e.date < a ? e.date : a), null);
  return (w, i) => first === null || w.sessions[i].date < first || done(w, i);
}

/** The sessions whose weights the next one's words build on: those done, those still ahead of `today`, and those
 * before the block's first check-in (C40: the plan counts none of them as missed). */
export function doneOrAhead(
  plan: Plan,
  entries: readonly SessionLogEntry[],
  today: string,
): (w: Week, i: number) => boolean {
  const counted = countedDone(plan, entries);
  return (w, i) => w.sessions[i].date >= today || counted(w, i);
}
