// Red-flag screening (rule 18): any sign present returns a Referral and the engine stops: no drills, no doses.
// A straight-knee count of 0 counts as "cannot rise on one leg"; a bent-knee 0 on a side that lifts straight is
// its own, less urgent reason (C18).
import type { Baseline } from '../model/baseline.ts';
import type { Note, Referral, ReferralReason } from '../model/plan-types.ts';
import { RED_FLAGS, SIDES, URGENCIES, type Urgency } from '../model/vocabulary.ts';
import { unique } from './unique.ts';

type Counts = { straightKnee?: Baseline['straightKnee']; bentKnee?: Baseline['bentKnee'] };

/** C18: a calf that cannot lift with the knee bent, though it lifts straight, is checked before it is trained. Not
 * the rupture sign (that heel does lift), so graded "soon" like the other signs rules.md leaves ungraded (C1). */
function bentKneeZero(b: Counts): ReferralReason | null {
  const sides = SIDES.filter((s) => b.bentKnee?.[s] === 0 && b.straightKnee?.[s] !== 0);
  if (sides.length === 0) return null;
  return { id: 'reason.bent-knee-zero', sides, urgency: 'soon', ruleIds: ['R18', 'C18', 'C1'] };
}

const rank = (u: Urgency) => URGENCIES.indexOf(u);

export function screenRedFlags(b: Pick<Baseline, 'redFlags'> & Counts): Referral | null {
  const reasons: ReferralReason[] = [];
  for (const x of RED_FLAGS) {
    if (x.urgency === 'no-loading-today') continue;
    const ruleIds = [...x.ruleIds];
    if (b.redFlags[x.id]) {
      reasons.push({ id: 'reason.red-flag', flag: x.id, group: x.group, urgency: x.urgency, ruleIds });
    } else if (x.id === 'cannotSingleLegRaise') {
      const zero = SIDES.filter((s) => b.straightKnee?.[s] === 0);
      if (zero.length > 0) reasons.push({ id: 'reason.cannot-lift', sides: zero, urgency: x.urgency, ruleIds });
    }
  }
  const bent = bentKneeZero(b);
  if (bent) reasons.push(bent);
  if (reasons.length === 0) return null;
  const urgency = reasons.reduce<Urgency>((u, r) => (r.urgency && rank(r.urgency) > rank(u) ? r.urgency : u), 'soon');
  const whatToDo: Note[] = [{ id: 'todo.care', urgency, ruleIds: ['R18'] }];
  if (b.redFlags.breathlessOrChestPain) whatToDo.unshift({ id: 'todo.breathless', ruleIds: ['R18'] });
  whatToDo.push({ id: 'todo.no-exercises-red-flag', ruleIds: ['R18'] });
  return {
    kind: 'referral',
    reason: 'red-flag',
    urgency,
    reasons,
    whatToDo,
    reEntry: { id: 'reentry.cleared', ruleIds: ['R18'] },
    ruleIds: unique(reasons.flatMap((r) => r.ruleIds).concat('R18')),
  };
}
