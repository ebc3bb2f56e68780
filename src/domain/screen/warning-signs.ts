// Warning signs the answers reveal without a ticked box (issue 12): a calf far too weak to plan for, hopping pain
// with shin or heel pain, shin pain at rest, heel pain in a growing child, and calf-muscle or heel pain at rest. Each stops the
// plan like a red flag (rule 18) and is graded "soon" (C1). Numbers not in rules.md are conventions C20-C24, C50 and
// C51 (expert opinion).
import type { Baseline } from '../model/baseline.ts';
import type { ReferralReason } from '../model/plan-types.ts';
import type { RedFlagId } from '../model/vocabulary.ts';

/** The two places on the Achilles tendon itself (mid-portion and heel bone): a tendon's pain rules apply there. Here,
 * not in the vocabulary: that module is shared with the search page, whose budget has no room. */
export const isAchilles = (place: string): boolean => place === 'achilles-midportion' || place === 'achilles-insertion';

/** C20: a side at 1-5 straight-knee raises (reps), or straight-knee symmetry under 50% (%), is checked first. */
export const VERY_WEAK = { maxReps: 5, minSymmetry: 50 } as const;
/** C22: pain while hopping over this (0-10; rule 7's "over 5") means no hops, strides or running advice. */
export const HOP_PAIN_OVER = 5;
/** C24: under this age (years) heel pain may come from a heel bone that is still growing. */
export const GROWING_BELOW_AGE = 16;
/** C50: calf-muscle pain at rest from this score (0-10) is checked first. Rule 7's middle band ("4-5 acceptable")
 * comes from Silbernagel's model for tendon pain; a calf muscle hurting that much at rest may be an unhealed strain. */
export const CALF_REST_PAIN_FROM = 4;
/** C51: pain under the heel at rest from this score (0-10) is checked first: rule 18 lists heel pain at rest as a
 * warning sign; the same grading as C50 leaves rule 7's safe band (0-3) to the ache many sore heels keep. */
export const HEEL_REST_PAIN_FROM = 4;
/** C21: the answers that point to an injury rather than weakness when neither heel lifts. */
export const TRAUMA_FLAGS: readonly RedFlagId[] = ['achillesPopOrKick', 'achillesGap', 'calfPopSharpPain'];

export type ScreenInput = Pick<Baseline, 'redFlags'> &
  Partial<Pick<Baseline, 'straightKnee' | 'bentKnee' | 'painNow' | 'painLocations' | 'hopTest' | 'age' | 'history'>>;

/** Where hopping hurt in the test (C22; none when the test was not done or did not hurt: a place left ticked after the
 * score went back to 0 means nothing). */
export const hopPlaces = (b: Partial<Pick<Baseline, 'hopTest'>>) =>
  b.hopTest && b.hopTest.pain > 0 ? (b.hopTest.where ?? []) : [];

/** History, pain today or pain while hopping at the heel bone (rule 17): the referral's "while you wait" and the plan
 * both use it. */
export function insertionalHistory(b: Partial<Pick<Baseline, 'painLocations' | 'history' | 'hopTest'>>): boolean {
  return (
    (b.painLocations ?? []).includes('achilles-insertion') ||
    hopPlaces(b).includes('achilles-insertion') ||
    (b.history?.achillesTendinopathy === true && b.history.achillesPart === 'insertional')
  );
}

/** C20: both heels lift, but one only 1-5 times or at under half the other's count: straight knee first, then bent
 * (sixth physio read: 1 or 2 bent-knee raises against 20 straight planned in full, while 0 stopped the plan, C18). */
function veryWeak(b: ScreenInput): ReferralReason | null {
  for (const knee of ['straight', 'bent'] as const) {
    const c = knee === 'straight' ? b.straightKnee : b.bentKnee;
    if (!c || c.left === 0 || c.right === 0) continue; // 0 is C18's or C21's, or the rupture sign
    const low = Math.min(c.left, c.right);
    const percent = Math.round((low / Math.max(c.left, c.right)) * 1000) / 10;
    if (low > VERY_WEAK.maxReps && percent >= VERY_WEAK.minSymmetry) continue;
    return {
      id: 'reason.very-weak',
      knee,
      left: c.left,
      right: c.right,
      percent,
      ...((b.history?.calfStrain ?? 'none') !== 'none' || b.history?.achillesTendinopathy
        ? { injured: true as const }
        : {}),
      urgency: 'soon',
      ruleIds: ['R18', 'C20'],
    };
  }
  return null;
}

const heelPain = (b: ScreenInput) =>
  [...(b.painLocations ?? []), ...hopPlaces(b)].some((p) => p === 'plantar-heel' || p === 'achilles-insertion') ||
  b.history?.plantarHeelPain === true ||
  (b.history?.achillesTendinopathy === true && b.history.achillesPart === 'insertional');

export function warningSigns(b: ScreenInput): ReferralReason[] {
  const out: ReferralReason[] = [];
  const weak = veryWeak(b);
  if (weak) out.push(weak);
  // Hopping pain over 5 with a shin or heel hurting, now or while hopping.
  const bone = (p: string): p is 'shin' | 'plantar-heel' => p === 'shin' || p === 'plantar-heel';
  const where = (b.painLocations ?? []).filter(bone);
  const hopWhere = hopPlaces(b)
    .filter(bone)
    .filter((p) => !where.includes(p));
  if (b.hopTest && b.hopTest.pain > HOP_PAIN_OVER && where.length + hopWhere.length > 0) {
    out.push({
      id: 'reason.hop-pain-bone',
      pain: b.hopTest.pain,
      where,
      ...(hopWhere.length ? { hopWhere } : {}),
      urgency: 'soon',
      ruleIds: ['R18', 'C1', 'C22'],
    });
  }
  // C23: a pain score given while filling in a form is pain at rest.
  if ((b.painLocations ?? []).includes('shin') && (b.painNow ?? 0) > 0) {
    out.push({ id: 'reason.shin-pain-at-rest', pain: b.painNow ?? 0, urgency: 'soon', ruleIds: ['R18', 'C1', 'C23'] });
  }
  // C50 (physiotherapist's reads and a phone review): with 5/10 at rest after an old strain the plan said "acceptable for
  // loading"; a plan that asked for a check "before you start" still offered "Start today's session".
  if ((b.painLocations ?? []).includes('calf') && (b.painNow ?? 0) >= CALF_REST_PAIN_FROM) {
    const strain = (b.history?.calfStrain ?? 'none') !== 'none';
    out.push({
      id: 'reason.calf-pain-at-rest',
      pain: b.painNow ?? 0,
      strain,
      urgency: 'soon',
      ruleIds: ['R18', 'C1', 'C50'],
    });
  }
  // C51 (physiotherapist's read): 5/10 under the heel at rest got a plan with hops in week 4, while the same form asked
  // about heel pain at rest as a warning sign and the reading guide called it one.
  if ((b.painLocations ?? []).includes('plantar-heel') && (b.painNow ?? 0) >= HEEL_REST_PAIN_FROM) {
    out.push({
      id: 'reason.heel-pain-at-rest',
      pain: b.painNow ?? 0,
      alone: (b.painLocations ?? []).length === 1,
      urgency: 'soon',
      ruleIds: ['R18', 'C1', 'C51'],
    });
  }
  if (b.age != null && b.age < GROWING_BELOW_AGE && heelPain(b)) {
    out.push({ id: 'reason.growing-heel', age: b.age, urgency: 'soon', ruleIds: ['R18', 'C24'] });
  }
  return out;
}
