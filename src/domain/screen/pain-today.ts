// "No loading today" (rule 7): pain over 5/10 now, or pain worsening day on day. Not a referral to a clinician
// unless the pain does not settle; the engine stops all the same: no drills, no doses.
import type { Baseline } from '../model/baseline.ts';
import type { Referral, ReferralReason } from '../model/plan-types.ts';
import { unique } from './unique.ts';

/** Rule 7: over this pain score (0-10) there is no loading today. */
export const NO_LOADING_ABOVE = 5;

export function screenPainToday(b: Pick<Baseline, 'redFlags'> & { painNow?: number }): Referral | null {
  const reasons: ReferralReason[] = [];
  if (b.painNow !== undefined && b.painNow > NO_LOADING_ABOVE) {
    reasons.push({ id: 'reason.pain-over-5', pain: b.painNow, urgency: null, ruleIds: ['R7'] });
  }
  if (b.redFlags.painWorsening) {
    reasons.push({ id: 'reason.pain-worsening', urgency: null, ruleIds: ['R7', 'R18'] });
  }
  if (reasons.length === 0) return null;
  return {
    kind: 'referral',
    reason: 'no-loading-today',
    urgency: null,
    reasons,
    whatToDo: [
      { id: 'todo.skip-loading-today', ruleIds: ['R7'] },
      { id: 'todo.pain-not-settling', ruleIds: ['R7', 'R18'] },
      { id: 'todo.no-exercises-pain', ruleIds: ['R7'] },
    ],
    reEntry: { id: 'reentry.pain-settled', ruleIds: ['R7', 'R8'] },
    ruleIds: unique(reasons.flatMap((r) => r.ruleIds)),
  };
}
