// "No loading today" (rule 7): pain over 5/10 now, or pain worsening day on day. Not a referral to a clinician
// unless the pain does not settle; the engine stops all the same: no drills, no doses.
import type { Baseline } from '../model/baseline.ts';
import type { Referral, ReferralReason } from '../model/plan-types.ts';
import { unique } from './unique.ts';
import { insertionalHistory, isAchilles } from './warning-signs.ts';

/** Rule 7: over this pain score (0-10) there is no loading today. */
export const NO_LOADING_ABOVE = 5;

export function screenPainToday(
  b: Pick<Baseline, 'redFlags'> & Partial<Pick<Baseline, 'painNow' | 'painLocations' | 'history'>>,
): Referral | null {
  const reasons: ReferralReason[] = [];
  if (b.painNow !== undefined && b.painNow > NO_LOADING_ABOVE) {
    reasons.push({ id: 'reason.pain-over-5', pain: b.painNow, urgency: null, ruleIds: ['R7'] });
  }
  if (b.redFlags.painWorsening) {
    reasons.push({ id: 'reason.pain-worsening', urgency: null, ruleIds: ['R7', 'R18'] });
  }
  if (reasons.length === 0) return null;
  // No running either: running loads the Achilles more than any raise (rule 6's 8-10x body weight).
  const whatToDo: Referral['whatToDo'] = [
    { id: 'todo.skip-loading-today', ruleIds: ['R7', 'R6'] },
    ...(insertionalHistory(b) ? [{ id: 'todo.meanwhile-insertional' as const, ruleIds: ['R17' as const] }] : []),
    { id: 'todo.pain-not-settling', ruleIds: ['R7', 'R18'] },
    { id: 'todo.no-exercises-pain', ruleIds: ['R7'] },
  ];
  return {
    kind: 'referral',
    reason: 'no-loading-today',
    urgency: null,
    reasons,
    whatToDo,
    reEntry: b.painLocations?.some(isAchilles)
      ? { id: 'reentry.pain-settled', tendon: true, ruleIds: ['R7', 'R8', 'R15', 'C36'] }
      : { id: 'reentry.pain-settled', ruleIds: ['R7', 'R8', 'R15'] },
    // Its steps' rules too: they carry no "Why?" of their own on screen (phone review).
    ruleIds: unique([...reasons, ...whatToDo].flatMap((r) => r.ruleIds)),
  };
}
