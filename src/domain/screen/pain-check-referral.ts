// A referral the pain check before a session gave (C23 shin, C50 calf muscle, C51 under the heel: see a clinician), kept
// on the plan page until a later session is checked in (phone review: after "see a clinician soon" the plan page went on
// showing the week's runs and sessions as if nothing had been said). Read again from the answer saved with the
// check-in, the same screening the check used, so the page and the check never disagree. A stop for today's pain only
// (rule 7: over 5, or worse day on day) is not kept: the next session's check decides.
import type { Baseline } from '../model/baseline.ts';
import { NO_FLAGS } from '../model/baseline.ts';
import type { Referral } from '../model/plan-types.ts';
import type { SessionLog } from '../model/session-log.ts';
import { screen } from './screen.ts';

export type StandingReferral = { date: string; referral: Referral };

/** The referral of the last session checked in, when its pain check gave one; null once a later session is logged. */
export function painCheckReferral(log: SessionLog, pastProblems: Baseline['history']): StandingReferral | null {
  const last = log.entries.at(-1); // entries are kept in date order (withEntry)
  if (!last?.painCheck) return null;
  const { painNow, painLocations, worsening } = last.painCheck;
  const referral = screen({
    redFlags: { ...NO_FLAGS, painWorsening: worsening },
    painNow,
    painLocations: [...painLocations],
    history: pastProblems,
  });
  return referral?.reason === 'red-flag' ? { date: last.date, referral } : null;
}
