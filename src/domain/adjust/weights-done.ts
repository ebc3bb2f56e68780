// The drop weights a block's check-ins show were used (C46, C33): the next block's week 1 says a weight among them is
// known, not to be found again (found-weights.ts). Only sessions checked in as done or partly count: a runner whose
// first drop week was skipped has never found the weight (physiotherapist's read: block 2 said "use the weight you
// found" to a runner who had done no drop). Pure.
import type { Plan } from '../model/plan-types.ts';
import type { SessionLogEntry } from '../model/session-log.ts';
import { dropWeightsOf } from '../prescribe/found-weights.ts';
import { checkInOf, lookupOf } from './check-in-lookup.ts';

export function weightsDone(plan: Plan, entries: readonly SessionLogEntry[]): string[] {
  const log = lookupOf(plan, entries);
  return plan.weeks.flatMap((w) =>
    w.sessions.flatMap((s, i) => {
      const e = checkInOf(log, w, i);
      return e && e.status !== 'skipped' ? dropWeightsOf(s.drills) : [];
    }),
  );
}
