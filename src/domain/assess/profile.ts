// Everything the plan needs to know about one runner, derived once from the Baseline.
import type { Baseline, Side } from '../model/baseline.ts';
import type { SideGap } from '../model/phrases.ts';
import type { Gate, PerSide } from '../model/plan-types.ts';
import { addDays, chooseDays, weekdayOf } from '../prescribe/schedule.ts';
import { HOP_PAIN_OVER, hopPlaces, insertionalHistory, isAchilles } from '../screen/warning-signs.ts';
import { DOUBLE_LEG_BELOW, HOP_GATE, plyometricGate, runningGate, singleLegHopGate } from './gates.ts';
import { SYMMETRY_THRESHOLD, symmetryPercent, weakerSide, YOUNG_UNDER_AGE } from './norms.ts';
import { oldInjurySides, strainOnWeaker, weakUnder90 } from './old-injury.ts';
import { sideGap } from './side-gap.ts';

/** C25: over this age (years) hops are done with a hand support in reach. */
export const HOPS_WITH_SUPPORT_OVER_AGE = 65;

/** C44 (#14): under this age (years) the plan adds no weight and keeps raises at floor level (norms.ts: YOUNG_UNDER_AGE,
 * where the adult norms stop being used too). */
export const NO_WEIGHT_UNDER_AGE = YOUNG_UNDER_AGE;

export type KneeProfile = {
  /** Test counts used for dosing (bent knee falls back to straight knee, C4). */
  counts: PerSide<number>;
  symmetry: number;
  /** Weaker side, or null when equal. */
  weaker: Side | null;
  /** Extra set for the weaker side (rule 5). */
  extraSet: boolean;
  stance: 'single' | 'double';
};

export type Profile = {
  straight: KneeProfile;
  bent: KneeProfile;
  bentTested: boolean;
  has: {
    step: boolean;
    weights: boolean;
    band: boolean;
    seated: boolean;
    /** A standing calf machine: its weight stack can carry a strong runner's standing raises and drops. */
    machine: boolean;
  };
  /** Heel-bone Achilles pain now or in the history (rule 17 applies either way). */
  insertional: boolean;
  /** Mid-portion Achilles pain now or in the history (C26's 6-12 week review). */
  midportion: boolean;
  /** Pain while hopping over 5/10 (C22): no hops, strides or running advice. */
  hopPainHigh: boolean;
  /** Pain while hopping over rule 13's 2/10: no advice to raise running (the pain rule guides it instead). */
  hopPainOverGate: boolean;
  /** C45: at a retest, pain while hopping over rule 13's 2/10: the block holds the dose reached (set by laterProfile). */
  hopHold: boolean;
  /** C45: hopping hurt over 2/10 at the test before as well: pain that persists is referred (third physio read). */
  hopPainAgain: boolean;
  /** C53: at a first test, hopping hurt the calf muscle 3-5/10: a strain that may not have healed keeps week 1's dose
   * until hopping is 2/10 or less at the retest, as C45 holds a later block. */
  calfHopHold: boolean;
  /** Over 65 (C25): hops only with a hand support in reach. */
  older: boolean;
  /** Tendon pain now or tendon history: print the pain-monitoring rules. */
  tendon: boolean;
  /** Pain 3-5 now in a tendon: holds are offered as a tolerable load (rule 12). */
  tendonPainNow: boolean;
  /** Calf-muscle pain now (1-3 at rest; from 4, C50 refers): pain there keeps to rule 7's safe band (C52). */
  calfPainNow: boolean;
  /** C52's calf: pain in the calf muscle now, or hopping that hurt it over rule 13's 2/10: pain there keeps to 3/10. */
  calfSore: boolean;
  /** C13: a calf once strained hurts now: the block keeps week 1's dose until a clinician has checked it. */
  strainHurts: boolean;
  /** C13: a once-strained calf, not yet cleared, that hurts now or is clearly the weaker side (C54's measure, `gap`):
   * the block keeps week 1's dose until a clinician has checked it (physiotherapist's read: the check came "before
   * your retest" while week 2 already lowered that side below a step). */
  strainHold: boolean;
  /** C13: a step the runner has, set aside while any strain is not yet cleared: no drops below step level until a
   * clinician has checked it, whatever the gap (two physiotherapist's reads: a gap within the test's noise, or a strain
   * on the stronger side, still brought them in week 2). */
  stepWaits: boolean;
  /** C13: a clinician has checked the once-strained calf and cleared it: no check asked for, no hold. */
  strainCleared: boolean;
  /** C13: a calf strain in the history that no clinician has cleared yet: drops, hops, strides and the retest's hop
   * test wait for its check. */
  strainUncleared: boolean;
  /** C13: sides more than 10% apart after an old injury not cleared: a check is asked for, and running waits for it. */
  oldInjurySides: boolean;
  /** C54: the widest clear gap between the calves, or null. With `ask`, a check is asked for first and running holds
   * where it is until then. */
  gap: SideGap | null;
  /** C54: a clinician has looked at that gap since this test (the runner ticked "checked", or cleared a strain on that
   * side): `gap` then asks for nothing. */
  gapChecked: boolean;
  /** C54, a later block: a clinician looked at this side's gap after the last test, and it is still there (set by
   * laterProfile; physiotherapist's read: "has not been checked yet" was untrue). */
  gapSeen: boolean;
  cramps: boolean;
  gates: { plyometrics: Gate; singleLegHops: Gate; running: Gate };
  // #12 dosing
  /** C34: about 30 or more straight-knee raises on both sides and weights at home: load, not more reps. */
  strong: boolean;
  /** C44: under 16, no added weight and no drops below a step, practised with an adult who knows the technique. */
  young: boolean;
  /** C38: plantar heel pain now or in the history, with single-leg straight-knee raises (and no tendon pain 3-5 now):
   * the high-load heel raise. */
  plantar: boolean;
  /** C16: every calf session falls on a run day, so strides can be listed in it; otherwise they follow easy runs
   * (physio read: strides in a session on a day without a run were done cold after the drops, or never). */
  stridesInSession: boolean;
  /** C22: hopping hurt the calf muscle over 5/10, so raises start on both legs (C3's start). */
  calfHopPain: boolean;
  /** C22: hopping hurt over 5/10 at a first test, wherever it hurt: weights, a calf machine and a step wait, like the
   * rest of the block, for a clinician's check (body weight on the floor only). */
  hopKitWaits: boolean;
  /** The runner runs at all (some run days): only then does the plan speak of raising running (sixth physio read). */
  runs: boolean;
  /** A block after a retest (set by laterProfile): week 1 is no longer for learning the drills. */
  later: boolean;
  /** A later block held at the dose reached (C42's fall, C43's pain; C45 is hopHold): no advice to run more. */
  held: boolean;
};

/** The block holds one dose and builds on nothing until a retest or a clinician says so: a later block held after a
 * fall or pain (C42, C43), one held by hopping pain at a retest (C45), any block with hopping pain over 5 (C22), or a
 * once-strained calf, not cleared, that hurts now or is clearly the weaker side (C13). What the weeks say and what comes after
 * follow it (physio read: a C22 block still offered drops as the next drill). */
export const blockHeld = (p: Profile): boolean => p.held || p.hopHold || p.hopPainHigh || p.strainHold || p.calfHopHold;

/** C54 (two physiotherapist's reads: the check came "before your retest" while week 3 loaded more): a gap asked about
 * first and not yet checked keeps weeks 3 and 4 at week 2's dose, in a block that builds at all (a block held from
 * week 1, such as C13's strain, holds it already). */
export const gapHolds = (p: Profile): boolean => p.gap?.ask === true && !blockHeld(p);

/** Running stays where it is until a clinician has checked the calves: a wide gap nothing explains (C54) or sides apart
 * after an old injury (C13). Week 4 gives no running increase, and the shin note builds running only after it. */
export const runningWaitsForCheck = (p: Profile): boolean => p.oldInjurySides || p.gap?.ask === true;

/** C34: straight-knee raises on each side from which a runner counts as strong. */
export const STRONG_FROM_REPS = 30;

/** `twoLegs`: C3's double-leg start whatever the counts (hopping that hurt the calf muscle over 5/10, C22). */
function knee(counts: PerSide<number>, twoLegs = false): KneeProfile {
  const symmetry = symmetryPercent(counts.left, counts.right);
  const weaker = weakerSide(counts);
  return {
    counts,
    symmetry,
    weaker,
    extraSet: symmetry < SYMMETRY_THRESHOLD && weaker !== null,
    stance: twoLegs || Math.min(counts.left, counts.right) < DOUBLE_LEG_BELOW ? 'double' : 'single',
  };
}

/** `firstBlock`: false for a block after a retest, where C45 holds the dose reached instead of C22's fresh start. */
export function profile(b: Baseline, firstBlock = true): Profile {
  // C44: a runner under 16 trains as if without weights or a step (no weight ladders, no drops below step level).
  const young = b.age != null && b.age < NO_WEIGHT_UNDER_AGE;
  // C22 (physiotherapist's reads): hopping that hurt the calf muscle 7/10 kept raises on one leg until a clinician has
  // seen it; a calf that may be strained starts on both legs, C3's lighter start, and with no weight (the loaded seated
  // raise stayed on one leg at a weight lifted 17-18 times: the soleus is the calf muscle runners strain most).
  const hopPain = b.hopTest?.pain ?? 0;
  const calfHopPain = firstBlock && hopPain > HOP_PAIN_OVER && hopPlaces(b).includes('calf');
  // Wherever it hurt (physiotherapist's read: 8/10 at the Achilles still brought a backpack on the single-leg raise and
  // a seated raise at a weight lifted 17-18 times, before anyone had checked it): C22's "gentle" week 1 has no weight.
  const hopKitWaits = firstBlock && hopPain > HOP_PAIN_OVER;
  const eq = young || hopKitWaits ? b.equipment.filter((e) => e === 'band') : b.equipment;
  const tendonNow = b.painLocations.some(isAchilles);
  const straight = knee(b.straightKnee, calfHopPain);
  const bent = knee(b.bentKnee ?? b.straightKnee, calfHopPain);
  const weak = weakUnder90(straight, bent, b.bentKnee != null);
  const strainUncleared = b.history.calfStrain !== 'none' && !b.history.strainCleared;
  const strainHurts = strainUncleared && b.painLocations.includes('calf');
  const plyometrics = plyometricGate(b, strainUncleared);
  const found = sideGap(b);
  const strainHold =
    strainHurts || (strainUncleared && found !== null && strainOnWeaker(b.history.calfStrain, [found.side]));
  // Whoever cleared a strain on the weaker side has seen that calf: its gap counts as checked too.
  const gapChecked =
    found !== null &&
    (b.history.gapChecked || (b.history.strainCleared && strainOnWeaker(b.history.calfStrain, [found.side])));
  const gap = found && gapChecked ? { ...found, ask: false } : found;
  return {
    straight,
    bent,
    calfHopPain,
    hopKitWaits,
    bentTested: b.bentKnee != null,
    has: {
      // C13: drops below a step wait for a strain's check (`stepWaits`).
      step: eq.includes('step') && !strainUncleared,
      weights: eq.includes('weights'),
      band: eq.includes('band'),
      seated: eq.includes('weights') || eq.includes('calf-machine'),
      machine: eq.includes('calf-machine'),
    },
    insertional: insertionalHistory(b),
    // Where hopping hurt counts as pain there does (C22's question; physiotherapist's read: hopping pain 7/10 a few
    // centimetres above the heel got no morning tendon check and no 6-12-week review).
    midportion:
      b.painLocations.includes('achilles-midportion') ||
      hopPlaces(b).includes('achilles-midportion') ||
      (b.history.achillesTendinopathy && b.history.achillesPart === 'midportion'),
    hopPainHigh: hopPain > HOP_PAIN_OVER,
    hopPainOverGate: hopPain > HOP_GATE.maxHopPain,
    hopHold: false,
    calfHopHold:
      firstBlock && hopPain > HOP_GATE.maxHopPain && hopPain <= HOP_PAIN_OVER && hopPlaces(b).includes('calf'),
    hopPainAgain: false,
    older: b.age != null && b.age > HOPS_WITH_SUPPORT_OVER_AGE,
    tendon:
      tendonNow ||
      hopPlaces(b).some(isAchilles) ||
      b.painLocations.includes('plantar-heel') ||
      b.history.achillesTendinopathy ||
      b.history.plantarHeelPain,
    tendonPainNow: tendonNow && b.painNow >= 3,
    calfPainNow: b.painLocations.includes('calf'),
    calfSore: b.painLocations.includes('calf') || (hopPain > HOP_GATE.maxHopPain && hopPlaces(b).includes('calf')),
    strainHurts,
    strainHold,
    stepWaits: eq.includes('step') && strainUncleared,
    strainCleared: b.history.calfStrain !== 'none' && b.history.strainCleared,
    strainUncleared,
    oldInjurySides: oldInjurySides(b.history, weak),
    gap,
    gapChecked,
    gapSeen: false,
    cramps: b.history.crampsInLongRuns,
    // C13: hops and strides wait for an uncleared strain's check, in a block held for it too (physiotherapist's read:
    // "open (not used while your plan holds its dose)" beside a strain no one had checked).
    gates: {
      plyometrics,
      singleLegHops: singleLegHopGate(b, plyometrics),
      running: runningGate(b, strainUncleared),
    },
    // #12 dosing
    // Weights at home or a standing calf machine can carry the heavy-slow ladder's weight (C34).
    strong:
      Math.min(b.straightKnee.left, b.straightKnee.right) >= STRONG_FROM_REPS &&
      (eq.includes('weights') || eq.includes('calf-machine')),
    young,
    // With tendon pain 3-5 now, rule 12's holds take the straight-knee slot instead (C32).
    // Not while hopping pain over 5 waits for a check (C22): this raise is a heavy one on one leg, with a backpack
    // (a calf that hurt hopping starts on both legs, and elsewhere the kit waits).
    plantar:
      (b.history.plantarHeelPain || b.painLocations.includes('plantar-heel')) &&
      Math.min(b.straightKnee.left, b.straightKnee.right) >= DOUBLE_LEG_BELOW &&
      !hopKitWaits &&
      !(tendonNow && b.painNow >= 3),
    stridesInSession: chooseDays(b).offsets.every((o) => b.runDays.includes(weekdayOf(addDays(b.startDate, o)))),
    runs: b.runDays.length > 0,
    later: false,
    held: false,
  };
}
