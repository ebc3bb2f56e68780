// Which session of a Plan is today's, or else the next one. Pure: the date comes in ('YYYY-MM-DD', the runner's
// local day), never from the clock here. ISO dates compare correctly as strings.
// Type-only from the domain's index, and the one rule it needs from its own module: this file is in the page's first
// script, which must not pull in the whole engine (npm run budget: 43 KB became 72 KB before any action).
import { holdsBack } from '../../domain/adjust/response.ts';
import type { NextCalf, Note, PhraseOf, Plan, Session, Week } from '../../domain/index.ts';
import { BLOCK_WEEKS } from '../../domain/model/block.ts';
import { addDays } from '../../domain/prescribe/schedule.ts';

export type PickedSession = {
  session: Session;
  /** Week number, counted on across blocks (block 2's first week is 5), and the session's place in that week, from
   * 1: the training log's key with the date. */
  week: number;
  index: number;
  /** 'today' = dated today; 'next' = the first session after today (a rest day or before the plan starts). */
  when: 'today' | 'next';
};

/** Today's session, else the next one; null when the plan has ended (every session is before today). */
export function pickSession(plan: Plan, today: string): PickedSession | null {
  for (const week of plan.weeks) {
    for (const [i, session] of week.sessions.entries()) {
      if (session.date >= today) {
        const number = week.number + (plan.block.number - 1) * BLOCK_WEEKS;
        return { session, week: number, index: i + 1, when: session.date === today ? 'today' : 'next' };
      }
    }
  }
  return null;
}

/** Whether the next calf session may move to today (rule 9: loaded sessions at least 48 hours apart; C38's heel-raise
 * sessions every second day): the plan's last calf session (C40: loaded or heel-raise) before today was two or more
 * days ago, or there was none (phone review: "Start it today" was offered the day after Monday's session, leaving the
 * runner to count the hours). */
export function canStartEarly(plan: Plan, today: string): boolean {
  const before = plan.weeks.flatMap((w) => w.sessions).filter((s) => holdsBack(s.kind) && s.date < today);
  const last = before[before.length - 1];
  return !last || addDays(last.date, 2) <= today;
}

/** The plan's session a check-in belongs to (the log counts weeks on across blocks, as pickSession does), or null
 * for a session of an earlier block. */
export function sessionOfEntry(plan: Plan, key: { week: number; session: number }): Session | null {
  const week = plan.weeks.find((w) => w.number + (plan.block.number - 1) * BLOCK_WEEKS === key.week);
  return week?.sessions[key.session - 1] ?? null;
}

/**
 * The first calf session (C40: loaded or heel-raise) from today on that has no check-in yet, with its week and the week
 * after, for the words of a morning answer about the session `of` (its log week, counted across blocks); null when
 * the block has none left. `checkedIn`: the dates that have a check-in.
 */
export function nextCalf(plan: Plan, today: string, of: number, checkedIn: ReadonlySet<string>): NextCalf | null {
  const offset = (plan.block.number - 1) * BLOCK_WEEKS;
  for (const [i, week] of plan.weeks.entries())
    for (const session of week.sessions)
      if (session.date >= today && holdsBack(session.kind) && !checkedIn.has(session.date))
        return {
          session,
          week,
          after: plan.weeks[i + 1] ?? null,
          sameWeek: week.number + offset === of,
          today: session.date === today,
        };
  return null;
}

/** The week note of strides done after an easy run today (C16, C30), if any: they are in no session, so
 * pickSession never finds them. */
export function stridesToday(plan: Plan, today: string): Note<PhraseOf<'week.strides-run'>> | undefined {
  for (const week of plan.weeks)
    for (const n of week.notes) if (n.id === 'week.strides-run' && n.dates.includes(today)) return n;
}

/** The days of a week's strides after an easy run (C16, C30), in date order. */
export const stridesDays = (week: Week): string[] =>
  week.notes.flatMap((n) => (n.id === 'week.strides-run' ? n.dates : []));

/** A Date's local calendar day as 'YYYY-MM-DD' (the caller passes the Date in). */
export function localIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
