// How the plan finds a session's check-in in the log: by its date, or else by its week and place in the week when it
// was logged on another day of that week; each check-in counts for one session. One rule for the adjustment step, the
// plan page's list of sessions still without a check-in (lib/session/unchecked.ts) and the printed log rows (WeekView).
import { BLOCK_WEEKS } from '../model/block.ts';
import type { Plan, Week } from '../model/plan-types.ts';
import type { SessionLogEntry } from '../model/session-log.ts';

export type Lookup = {
  /** Every check-in logged on a date: two can share one (a session logged on another's day, and that day's own). */
  byDate: Map<string, SessionLogEntry[]>;
  bySlot: Map<string, SessionLogEntry>;
  /** Weeks of the blocks before this one: the log counts weeks on across blocks. */
  offset: number;
};

/** The block's check-ins, by date and by place (the log counts weeks on across blocks; a week's place is within its
 * block). */
export function lookupOf(plan: Plan, entries: readonly SessionLogEntry[]): Lookup {
  const offset = (plan.block.number - 1) * BLOCK_WEEKS;
  const byDate = new Map<string, SessionLogEntry[]>();
  for (const e of entries) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  return { byDate, bySlot: new Map(entries.map((e) => [`${e.week - offset}|${e.session}`, e])), offset };
}

/** The log's check-ins dated within the block: before the first of them the plan counts no session as missed (C40). */
export const inBlock = (plan: Plan, entries: readonly SessionLogEntry[]): SessionLogEntry[] =>
  entries.filter((e) => e.date >= plan.startDate && e.date <= plan.endDate);

/** The date of the runner's first check-in of this plan (in any of its blocks, from the first block's test on): a calf
 * session dated before it and never logged counts as done as planned, not missed (C40), since the plan cannot tell
 * (phone review: a first check-in in week 2 turned a week 1 done but never logged into two missed sessions, and
 * rewrote the session just done to week 1's dose). Check-ins of an earlier plan on the device do not count
 * (physiotherapist's read: they brought that back). */
export function loggingSince(plan: Plan, entries: readonly SessionLogEntry[]): string | null {
  const from = plan.block.tests[0]?.date ?? plan.startDate;
  return entries.reduce<string | null>(
    (min, e) => (e.date >= from && (min === null || e.date < min) ? e.date : min),
    null,
  );
}

/** Session `i` (from 0) of week `w`'s entry by its date, else by its place when logged on another day of the week. */
function found(log: Lookup, w: Week, i: number): SessionLogEntry | undefined {
  const here = log.byDate.get(w.sessions[i].date) ?? [];
  // Of two logged on its date, the one logged as this session (review: a session moved onto this day hid this day's
  // own check-in, with its pain during of 6/10).
  const own = here.find((e) => e.week - log.offset === w.number && e.session === i + 1);
  const moved = log.bySlot.get(`${w.number}|${i + 1}`);
  return own ?? here[0] ?? (moved && moved.date >= w.startDate && moved.date <= w.endDate ? moved : undefined);
}

/** Session `i` (from 0) of week `w`'s check-in, if any. Each check-in counts for one session: one that another session
 * of the week takes by its place (that session done and logged on this one's day) is that session's, not this one's
 * (a moved session found by date and by place counted twice: one bad morning read as two in a row, C49). */
export function checkInOf(log: Lookup, w: Week, i: number): SessionLogEntry | undefined {
  const e = found(log, w, i);
  if (!e || e.session === i + 1 || e.week - log.offset !== w.number || !w.sessions[e.session - 1]) return e;
  return found(log, w, e.session - 1) === e ? undefined : e;
}
