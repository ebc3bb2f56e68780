// Calf sessions that are over without a check-in, for a late check-in under today's session. Pure: today comes in
// ('YYYY-MM-DD'). Apart from today.ts, which is in the page's first script: only the plan's views use this.
import { checkInOf, inBlock, loggingSince, lookupOf } from '../../domain/adjust/check-in-lookup.ts';
import { holdsBack } from '../../domain/adjust/response.ts';
import type { Plan } from '../../domain/index.ts';
import { BLOCK_WEEKS } from '../../domain/model/block.ts';
import type { SessionLogEntry } from '../../domain/model/session-log.ts';
import type { PickedSession } from './today.ts';

/** A session of the plan with its log key (week counted across blocks, place in the week from 1). */
export type SessionAt = Omit<PickedSession, 'when'>;

/** This week's index in the plan (the last week once the block is over), and its first calf session that is over. */
function thisWeek(plan: Plan, today: string) {
  const now = plan.weeks.findIndex((w) => w.endDate >= today);
  const last = now < 0 ? plan.weeks.length - 1 : now;
  const first = plan.weeks[last].sessions.find((s) => s.date < today && holdsBack(s.kind));
  return { last, first: first?.date ?? null };
}

/** C55's window: the index of the first week still open to late check-ins and morning answers. Last week stays open
 * until a calf session of this week is over; -1 in week 1 before then (the block before may still be open). */
function firstOpenWeek(plan: Plan, today: string): { from: number; last: number } {
  const { last, first } = thisWeek(plan, today);
  return { from: first ? last : last - 1, last };
}

/** Calf sessions of weeks `from` to `to` (indexes, `to` excluded) that are over and have no check-in. */
function withoutCheckIn(plan: Plan, today: string, entries: readonly SessionLogEntry[], from: number, to: number) {
  const offset = (plan.block.number - 1) * BLOCK_WEEKS;
  const log = lookupOf(plan, entries);
  return plan.weeks
    .slice(from, to)
    .flatMap((w) =>
      w.sessions.flatMap((session, i): SessionAt[] =>
        session.date < today && holdsBack(session.kind) && !checkInOf(log, w, i)
          ? [{ session, week: w.number + offset, index: i + 1 }]
          : [],
      ),
    );
}

/**
 * Calf sessions (C40: loaded or heel-raise) of this week, and of the week before until this week's first calf session
 * is over, that are over and have no check-in: the runner can still check in for them, late (a calf session with no
 * check-in counts as missed once its week is over).
 * A check-in is found as the plan finds it (checkInOf).
 */
export function uncheckedCalf(plan: Plan, today: string, entries: readonly SessionLogEntry[]): SessionAt[] {
  // Last week's sessions only until a calf session of this week is over: that one was done (or missed) at the dose
  // last week's check-ins set, and a late "done" would step up a week already under way, its done sessions shown at a
  // dose never done (physiotherapist's read).
  const { from, last } = firstOpenWeek(plan, today);
  return withoutCheckIn(plan, today, entries, Math.max(0, from), last + 1);
}

/** The first day whose sessions' next morning can still be answered (C55's window, as for a late check-in): a late
 * answer would otherwise rewrite a week already under way (phone review: on Wed 12 the page still asked about the
 * morning after Mon 3). Null in week 1 before its first calf session is over: the block before may still be open. */
export function mornings(plan: Plan, today: string): string | null {
  const { from } = firstOpenWeek(plan, today);
  return from < 0 ? null : plan.weeks[from].startDate;
}

/** Last week's calf sessions with no check-in once it is too late for one (uncheckedCalf says why), and `since`, this
 * week's first calf session, which began without them: the page says so, rather than leave the runner looking for a way
 * to check in (phone review). None before the block's first check-in: until then the plan counts nothing as missed
 * (C40), so nothing is said to be. */
export function closedCalf(
  plan: Plan,
  today: string,
  entries: readonly SessionLogEntry[],
): { sessions: SessionAt[]; since: string | null } {
  const { last, first } = thisWeek(plan, today);
  if (!first || last === 0 || inBlock(plan, entries).length === 0) return { sessions: [], since: null };
  const sessions = withoutCheckIn(plan, today, entries, last - 1, last).filter(counted(plan, entries));
  return { sessions, since: sessions.length ? first : null };
}

/** Sessions from the runner's first check-in on: the plan counts none before it as missed (C40, loggingSince). */
const counted = (plan: Plan, entries: readonly SessionLogEntry[]) => {
  const since = loggingSince(plan, entries) ?? '';
  return (at: SessionAt) => at.session.date >= since;
};

/** The days of calf sessions the plan counts as missed (C40): in a week that is over, with no check-in, once the block
 * has one, and dated from the runner's first check-in on (before that the plan counts none). For the week strip's mark (phone review: it marked done days only, so a
 * missed one looked like a day with nothing to do). */
export function missedCalf(plan: Plan, today: string, entries: readonly SessionLogEntry[]): Set<string> {
  if (inBlock(plan, entries).length === 0) return new Set();
  const over = plan.weeks.filter((w) => w.endDate < today).length;
  return new Set(
    withoutCheckIn(plan, today, entries, 0, over)
      .filter(counted(plan, entries))
      .map((at) => at.session.date),
  );
}
