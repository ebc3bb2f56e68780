// Red-flag screening (rule 18): any sign present returns a Referral and the engine stops: no drills, no doses.
// A straight-knee count of 0 on one side counts as "cannot rise on one leg"; both sides at 0 with no injury answer
// is weakness, not a rupture (C21); a bent-knee 0 on a side that lifts straight is its own, less urgent reason (C18).
// Warning signs without a ticked box (C20-C24) join the same referral. Every referral says what to do while waiting
// and how to come back, for its own concerns.
import type { Baseline } from '../model/baseline.ts';
import type { Concern } from '../model/phrases.ts';
import type { Referral, ReferralReason } from '../model/plan-types.ts';
import { RED_FLAGS, SIDES, URGENCIES, type Urgency } from '../model/vocabulary.ts';
import { unique } from './unique.ts';
import { insertionalHistory, type ScreenInput, TRAUMA_FLAGS, warningSigns } from './warning-signs.ts';

type Counts = { straightKnee?: Baseline['straightKnee']; bentKnee?: Baseline['bentKnee'] };

/** C18: a calf that cannot lift with the knee bent, though it lifts straight, is checked before it is trained. Not
 * the rupture sign (that heel does lift), so graded "soon" like the other signs rules.md leaves ungraded (C1). */
function bentKneeZero(b: Counts): ReferralReason | null {
  const sides = SIDES.filter((s) => b.bentKnee?.[s] === 0 && b.straightKnee?.[s] !== 0);
  if (sides.length === 0) return null;
  return { id: 'reason.bent-knee-zero', sides, urgency: 'soon', ruleIds: ['R18', 'C18', 'C1'] };
}

/** R18 and C21 from the straight-knee counts: one heel down while the other lifts is the rupture sign (same day);
 * both down with no pop, kick or gap is weakness (soon). */
function cannotLift(b: ScreenInput, urgency: Urgency, ruleIds: ReferralReason['ruleIds']): ReferralReason | null {
  const zero = SIDES.filter((s) => b.straightKnee?.[s] === 0);
  if (zero.length === 0) return null;
  if (zero.length === 2 && !TRAUMA_FLAGS.some((id) => b.redFlags[id]))
    return { id: 'reason.cannot-lift-both', urgency: 'soon', ruleIds: ['R18', 'C21'] };
  return { id: 'reason.cannot-lift', sides: zero, urgency, ruleIds };
}

const rank = (u: Urgency) => URGENCIES.indexOf(u);

/** What each reason is about, for its "while you wait" advice and the way back. */
const CONCERN: Partial<Record<ReferralReason['id'], Concern>> = {
  'reason.cannot-lift': 'achilles-rupture',
  'reason.cannot-lift-both': 'weakness',
  'reason.bent-knee-zero': 'weakness',
  'reason.very-weak': 'weakness',
  'reason.hop-pain-bone': 'bone-stress',
  'reason.shin-pain-at-rest': 'bone-stress',
  'reason.calf-pain-at-rest': 'calf-tear',
  'reason.heel-pain-at-rest': 'heel',
  'reason.growing-heel': 'growing-heel',
};
const ORDER: readonly Concern[] = [
  'blood-clot',
  'achilles-rupture',
  'calf-tear',
  'bone-stress',
  'heel',
  'growing-heel',
  'weakness',
];
function concerns(reasons: ReferralReason[]): Concern[] {
  const found = new Set<Concern>();
  for (const r of reasons) {
    if (r.id === 'reason.red-flag') {
      if (r.group !== 'pain') found.add(r.group);
    } else {
      const c = CONCERN[r.id];
      if (c) found.add(c);
    }
  }
  return ORDER.filter((c) => found.has(c));
}

export function screenRedFlags(b: ScreenInput): Referral | null {
  const reasons: ReferralReason[] = [];
  for (const x of RED_FLAGS) {
    if (x.urgency === 'no-loading-today') continue;
    const ruleIds = [...x.ruleIds];
    if (b.redFlags[x.id]) {
      reasons.push({ id: 'reason.red-flag', flag: x.id, group: x.group, urgency: x.urgency, ruleIds });
    } else if (x.id === 'cannotSingleLegRaise') {
      const r = cannotLift(b, x.urgency, ruleIds);
      if (r) reasons.push(r);
    }
  }
  const bent = bentKneeZero(b);
  if (bent) reasons.push(bent);
  reasons.push(...warningSigns(b));
  if (reasons.length === 0) return null;
  const urgency = reasons.reduce<Urgency>((u, r) => (r.urgency && rank(r.urgency) > rank(u) ? r.urgency : u), 'soon');
  const about = concerns(reasons);
  const whatToDo: Referral['whatToDo'] = [{ id: 'todo.care', urgency, ruleIds: ['R18'] }];
  // The emergency line goes with every possible clot, ticked or not: it is what to watch for while waiting. And with
  // calf pain at rest (C50, physio read): a clot can start as a painful calf before it swells.
  const calfAtRest = reasons.some((r) => r.id === 'reason.calf-pain-at-rest');
  // The care line first, then the emergency sign, then C50's way out for soreness after a hard run (physio read: it was
  // buried in "Why"; a later read and a phone review: placed before the booking, it pushed the booking off a phone's
  // first screen, and a runner with a strain reads "just sore" first).
  if (about.includes('blood-clot') || calfAtRest) whatToDo.push({ id: 'todo.breathless', ruleIds: ['R18'] });
  // Only where calf pain at rest is the whole reason: beside a warning sign, a possible rupture or a weak calf, "you
  // need no appointment" would contradict the care line above it (physiotherapist's read: under "Get emergency care").
  if (calfAtRest && reasons.every((r) => r.id === 'reason.calf-pain-at-rest'))
    whatToDo.push({ id: 'todo.sore-after-run', ruleIds: ['C50', 'R7'] });
  // One "until you are seen" line where a stricter one covers another (physiotherapist's reads: two of them disagreed).
  // Heel pain in a growing child as well: the heel's line is the stricter on running. A possible rupture's "keep weight
  // off it" beside another line's "everyday walking is fine" (0 raises against 20, under the weakness line): only the
  // rupture's is kept, with the clot's "do not massage", which says something else. A possible tear's line covers
  // weakness.
  const covered = (c: Concern) =>
    (c === 'growing-heel' && about.includes('heel')) ||
    (about.includes('achilles-rupture') && c !== 'achilles-rupture' && c !== 'blood-clot') ||
    (c === 'weakness' && about.includes('calf-tear'));
  for (const concern of about)
    if (!covered(concern)) whatToDo.push({ id: 'todo.meanwhile', concern, ruleIds: ['R18'] });
  if (insertionalHistory(b)) whatToDo.push({ id: 'todo.meanwhile-insertional', ruleIds: ['R17'] });
  whatToDo.push({ id: 'todo.no-exercises-red-flag', ruleIds: ['R18'] });
  return {
    kind: 'referral',
    reason: 'red-flag',
    urgency,
    reasons,
    whatToDo,
    reEntry: { id: 'reentry.cleared', concerns: about, ruleIds: ['R18'] },
    // Every rule its reasons and steps follow: the steps carry no "Why?" of their own on screen (phone review).
    ruleIds: unique([...reasons, ...whatToDo].flatMap((r) => r.ruleIds).concat('R18')),
  };
}
