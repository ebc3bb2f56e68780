// Calf sessions that are over without a check-in, for a late check-in under today's session. Pure: today comes in
// ('YYYY-MM-DD'). Apart from today.ts, which is in the page's first script: only the plan's views use this.
import { checkInOf, lookupOf } from '../../domain/adjust/check-in-lookup.ts';
import { holdsBack } from '../../domain/adjust/response.ts';
import type { Plan } from '../../domain/index.ts';
import { BLOCK_WEEKS } from '../../domain/model/block.ts';
import type { SessionLogEntry } from '../../domain/model/session-log.ts';
import type { PickedSession } from './today.ts';

/** A session of the plan with its log key (week counted across blocks, place in the week from 1). */
export type SessionAt = Omit<PickedSession, 'when'>;

/**
 * Calf sessions (C40: loaded or heel-raise) of this week, and of the week before until this week's first calf session
 * is over, that are over and have no check-in: the runner can still check in for them, late (a calf session with no
 * check-in counts as missed once its week is over).
 * A check-in is found as the plan finds it (checkInOf).
 */
export function uncheckedCalf(plan: Plan, today: string, entries: readonly SessionLogEntry[]): SessionAt[] {
  const offset = (plan.block.number - 1) * BLOCK_WEEKS;
  const log = lookupOf(plan, entries);
  const now = plan.weeks.findIndex((w) => w.endDate >= today);
  const last = now < 0 ? plan.weeks.length - 1 : now;
  // Last week's sessions only until a calf session of this week is over: that one was done (or missed) at the dose
  // last week's check-ins set, and a late "done" would step up a week already under way, its done sessions shown at a
  // dose never done (physiotherapist's read).
  const begun = plan.weeks[last].sessions.some((s) => s.date < today && holdsBack(s.kind));
  return plan.weeks
    .slice(begun ? last : Math.max(0, last - 1), last + 1)
    .flatMap((w) =>
      w.sessions.flatMap((session, i) =>
        session.date < today && holdsBack(session.kind) && !checkInOf(log, w, i)
          ? [{ session, week: w.number + offset, index: i + 1 }]
          : [],
      ),
    );
}
