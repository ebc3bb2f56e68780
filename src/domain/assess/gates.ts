// Per-user gates: plyometrics (rule 13), single-leg hops (rules 13, 5, 15) and running integration (rule 15). A gate
// depends on the runner's own numbers, never on the week number.
import type { Baseline } from '../model/baseline.ts';
import type { Phrase, SymmetryNow } from '../model/phrases.ts';
import type { Gate, GateCondition } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import { isAchilles } from '../screen/warning-signs.ts';
import { SYMMETRY_THRESHOLD, symmetryPercent } from './norms.ts';

/** Rule 13: reps each side and maximum hopping pain (0-10). */
export const HOP_GATE = { reps: 25, maxHopPain: 2 } as const;
/** Below this many reps on the weaker leg a knee position starts double-leg (C3; first rung of the R11 ladder). */
export const DOUBLE_LEG_BELOW = 15;
/** Rule 15: pain-free hops and hop-count symmetry (%). */
export const RUN_GATE = { hops: 10, hopSymmetry: 90 } as const;

/** Hop-count symmetry (%); counts that are both 0 are no hops at all, so 0%, never "within 10%" (rule 15). */
const hopSymmetry = (hop: NonNullable<Baseline['hopTest']>) =>
  Math.max(hop.left, hop.right) > 0 ? symmetryPercent(hop.left, hop.right) : 0;
const hopsClose = (hop: NonNullable<Baseline['hopTest']>) => hopSymmetry(hop) >= RUN_GATE.hopSymmetry;

/** Rule 15's hop check: at least 10 hops on each leg (the test counts hops in 20 s), with no pain. */
const painFreeHops = (hop: NonNullable<Baseline['hopTest']>) =>
  hop.pain === 0 && Math.min(hop.left, hop.right) >= RUN_GATE.hops;
/** Pain-free hops on the weaker leg: hops that hurt count as none. */
const painFreeCount = (hop: Baseline['hopTest']) => (hop ? (hop.pain === 0 ? Math.min(hop.left, hop.right) : 0) : null);

/** Achilles pain 3/10 or more now: rule 12's holds and no new Achilles load (C36), so neither hops nor strides begin.
 * The pain check before a session reads a session day's pain the same way. */
export const tendonSoreNow = (painNow: number, places: readonly string[]) => painNow >= 3 && places.some(isAchilles);
const tendonSore = (b: Baseline) => tendonSoreNow(b.painNow, b.painLocations);

/** C13 (two physiotherapist's reads): strides, fast running on one leg at a time, are a common way for a calf strain
 * to come back, and hops load the calf more than drops (rule 14's order), so both wait for the same clinician's check
 * as drops below a step, until the runner ticks "cleared". `waits`: a strain not yet cleared. */
const strainCheckCondition = (waits: boolean, rule: RuleId): GateCondition[] =>
  waits ? [{ id: 'gate.strain-cleared', met: false, measured: null, required: null, ruleIds: ['C13', rule] }] : [];

/** A gate shut by something besides an uncleared strain's check (C13): the clinician's all-clear alone does not open
 * it, so a held block says it is "locked anyway", and a week without hops says to retest. */
export const shutBeyondStrain = (g: Gate): boolean =>
  g.status === 'locked' && g.conditions.some((c) => c.met === false && c.id !== 'gate.strain-cleared');

/** The tendon-calm condition, present only while the tendon hurts 3/10 or more. */
const tendonCalm = (b: Baseline): GateCondition[] =>
  tendonSore(b)
    ? [{ id: 'gate.tendon-calm', met: false, measured: b.painNow, required: 2, ruleIds: ['R12', 'C36'] }]
    : [];

function gate(id: Gate['id'], conditions: GateCondition[], toOpen: Phrase[], ruleIds: RuleId[]): Gate {
  const open = conditions.every((c) => c.met !== false);
  return { id, status: open ? 'open' : 'locked', usedFromWeek: null, conditions, toOpen: open ? [] : toOpen, ruleIds };
}

/** Rules 5 and 13 ask for 90% symmetry and name no knee position, so a tested bent knee counts too (C18). */
function heelRaiseSymmetry(b: Baseline): { percent: number; now: SymmetryNow; both: boolean } {
  const straight = symmetryPercent(b.straightKnee.left, b.straightKnee.right);
  if (!b.bentKnee) return { percent: straight, now: { straight, bent: null }, both: false };
  const bent = symmetryPercent(b.bentKnee.left, b.bentKnee.right);
  return { percent: Math.min(straight, bent), now: { straight, bent }, both: true };
}

/** The heel raises within 10% (rule 5's 90%) as a gate condition, with what to do when they are not. */
function heelRaiseCheck(
  b: Baseline,
  ruleIds: (both: boolean) => RuleId[],
): { condition: GateCondition; toOpen: Phrase[] } {
  const sym = heelRaiseSymmetry(b);
  const met = sym.percent >= SYMMETRY_THRESHOLD;
  return {
    condition: {
      id: 'gate.heel-raise-symmetry',
      both: sym.both,
      met,
      measured: sym.percent,
      required: SYMMETRY_THRESHOLD,
      ruleIds: ruleIds(sym.both),
    },
    toOpen: met ? [] : [{ id: 'open.heel-raise-symmetry', now: sym.now }],
  };
}

/** Physio read (C15): strides are fast contacts on one leg at a time, so they wait until the straight-knee raises are
 * done on one leg (C3: the weaker leg at 15 or more). A 60-year-old at 8 raises a side, on two-leg raises, was given
 * strides in week 4. */
function singleLegRaises(b: Baseline): { condition: GateCondition; toOpen: Phrase[] } {
  const low = Math.min(b.straightKnee.left, b.straightKnee.right);
  const met = low >= DOUBLE_LEG_BELOW;
  return {
    condition: {
      id: 'gate.single-leg-raises',
      reps: DOUBLE_LEG_BELOW,
      met,
      measured: low,
      required: DOUBLE_LEG_BELOW,
      ruleIds: ['C3', 'C15'],
    },
    toOpen: met ? [] : [{ id: 'open.single-leg-raises', reps: DOUBLE_LEG_BELOW, now: low }],
  };
}

export function plyometricGate(b: Baseline, strainWaits = false): Gate {
  const sk = b.straightKnee;
  const sym = heelRaiseSymmetry(b);
  const low = Math.min(sk.left, sk.right);
  const hop = b.hopTest ?? null;
  // Physiotherapist's read (session 45): alike sides and a strain not cleared had drops and strides waiting for its
  // check while two-leg hops began in week 3 and one-leg hops in week 4.
  const strain = strainCheckCondition(strainWaits, 'R13');
  // Physio read: with the tendon at 4/10 the hop gates said "open" (and the after-week-4 advice "your numbers already
  // allow hops") while strides, a lighter load, waited for the pain to settle.
  const toOpen: Phrase[] = [
    ...(strain.length ? [{ id: 'open.strain-cleared' } as const] : []),
    ...(tendonSore(b) ? [{ id: 'open.tendon-calm' } as const] : []),
  ];
  if (low < HOP_GATE.reps) toOpen.push({ id: 'open.reps', reps: HOP_GATE.reps, now: low });
  if (sym.percent < SYMMETRY_THRESHOLD) toOpen.push({ id: 'open.symmetry', now: sym.now });
  if (!hop) toOpen.push({ id: 'open.hop-test-at-retest' });
  else if (hop.pain > HOP_GATE.maxHopPain) toOpen.push({ id: 'open.hop-pain', pain: hop.pain });
  // A strain's check alone needs no retest: ticking "cleared" rebuilds the plan.
  if (toOpen.length > strain.length) toOpen.push({ id: 'open.retest' });
  return gate(
    'plyometrics',
    [
      {
        id: 'gate.reps',
        reps: HOP_GATE.reps,
        met: low >= HOP_GATE.reps,
        measured: low,
        required: HOP_GATE.reps,
        ruleIds: ['R13'],
      },
      {
        id: 'gate.symmetry',
        both: sym.both,
        met: sym.percent >= SYMMETRY_THRESHOLD,
        measured: sym.percent,
        required: SYMMETRY_THRESHOLD,
        ruleIds: sym.both ? ['R13', 'R5', 'C18'] : ['R13', 'R5'],
      },
      {
        id: 'gate.hop-pain',
        known: hop !== null,
        met: hop !== null && hop.pain <= HOP_GATE.maxHopPain,
        measured: hop?.pain ?? null,
        required: HOP_GATE.maxHopPain,
        ruleIds: hop ? ['R13'] : ['R13', 'C14'],
      },
      ...strain,
      ...tendonCalm(b),
    ],
    toOpen,
    hop ? ['R13'] : ['R13', 'C14'],
  );
}

export function singleLegHopGate(b: Baseline, plyo: Gate): Gate {
  const hop = b.hopTest ?? null;
  const hopSym = hop ? hopSymmetry(hop) : 0;
  const sym = heelRaiseCheck(b, (both) => (both ? ['R5', 'C18'] : ['R5']));
  const toOpen: Phrase[] = [];
  if (plyo.status === 'locked') toOpen.push({ id: 'open.hop-gate-first' });
  toOpen.push(...sym.toOpen);
  if (!hop) toOpen.push({ id: 'open.hop-test' });
  else if (!hopsClose(hop)) toOpen.push({ id: 'open.hop-symmetry', percent: hopSym });
  if (hop && !painFreeHops(hop))
    toOpen.push({ id: 'open.pain-free-hops', hops: RUN_GATE.hops, left: hop.left, right: hop.right, pain: hop.pain });
  return gate(
    'single-leg-hops',
    [
      { id: 'gate.hop-gate-open', met: plyo.status === 'open', measured: null, required: null, ruleIds: ['R13'] },
      sym.condition,
      {
        id: 'gate.hop-symmetry',
        met: hop !== null && hopsClose(hop),
        measured: hop ? hopSym : null,
        required: RUN_GATE.hopSymmetry,
        ruleIds: hop ? ['R15'] : ['R15', 'C14'],
      },
      {
        id: 'gate.pain-free-hops',
        hops: RUN_GATE.hops,
        met: hop !== null && painFreeHops(hop),
        measured: painFreeCount(hop),
        required: RUN_GATE.hops,
        ruleIds: hop ? ['C17', 'R15'] : ['C17', 'C14'],
      },
    ],
    toOpen,
    ['R13', 'R5', 'R15', 'C17'],
  );
}

/** Rule 15 applies after a calf problem, read as calf or Achilles pain now, pain while hopping, or a calf strain or
 * Achilles tendinopathy in the history (C15). */
export function runningGate(b: Baseline, strainWaits = false): Gate {
  // Second physio review (C15): strides are hard contacts on one leg at a time, so like single-leg hops (rule 5) they
  // wait for the heel raises within 10%; a calf that fell at a retest (C42) is rarely within 10% of the other.
  const sym = heelRaiseCheck(b, () => ['R5', 'C15']);
  const raises = singleLegRaises(b);
  const hopPain = (b.hopTest?.pain ?? 0) > 0;
  const calfProblem =
    hopPain ||
    b.history.calfStrain !== 'none' ||
    b.history.achillesTendinopathy ||
    b.painLocations.some((p) => p === 'calf' || isAchilles(p));
  if (!calfProblem) {
    // #14 (C15): strides are a new Achilles load (C36), so they wait for a light hop test done without pain, as single-
    // leg hops do; a runner who has not hopped yet is told to do the test first. (With no calf problem, any hop test
    // here was pain-free: hopping pain is a calf problem above.)
    const hopped = b.hopTest != null;
    return gate(
      'running-integration',
      [
        {
          id: 'gate.no-calf-pain',
          hopTested: hopped,
          met: true,
          measured: null,
          required: null,
          ruleIds: ['R15', 'C15'],
        },
        { id: 'gate.hop-test-done', met: hopped, measured: null, required: null, ruleIds: ['C15', 'C36'] },
        sym.condition,
        raises.condition,
      ],
      [...raises.toOpen, ...sym.toOpen, ...(hopped ? [] : [{ id: 'open.hop-test-for-strides' } as const])],
      ['R15', 'C15'],
    );
  }
  const hop = b.hopTest ?? null;
  const hopSym = hop ? hopSymmetry(hop) : 0;
  const painFree = hop !== null && painFreeHops(hop);
  const close = hop !== null && hopsClose(hop);
  // #14: Achilles pain 3-5 now means rule 12's holds and no new Achilles load (C36), so no strides begin either.
  const toOpen: Phrase[] = tendonSore(b) ? [{ id: 'open.tendon-calm' }] : [];
  toOpen.push(...raises.toOpen, ...sym.toOpen);
  if (!painFree) toOpen.push({ id: 'open.pain-free-hops-test', hops: RUN_GATE.hops });
  if (!close) toOpen.push({ id: 'open.hop-counts-close' });
  toOpen.push({ id: 'open.walk' });
  // Named under "What opens it" on screen too (phone review: strides looked locked by the walk alone); paper lists
  // the unmet conditions instead.
  const strain = strainCheckCondition(strainWaits, 'R15');
  if (strain.length) toOpen.unshift({ id: 'open.strain-cleared' });
  return gate(
    'running-integration',
    [
      { id: 'gate.walk', met: null, measured: null, required: null, ruleIds: ['R15', 'C15'] },
      ...strain,
      ...tendonCalm(b),
      {
        id: 'gate.pain-free-hops',
        hops: RUN_GATE.hops,
        met: painFree,
        measured: painFreeCount(hop),
        required: RUN_GATE.hops,
        ruleIds: ['R15'],
      },
      {
        id: 'gate.hop-symmetry',
        met: close,
        measured: hop ? hopSym : null,
        required: RUN_GATE.hopSymmetry,
        ruleIds: ['R15'],
      },
      sym.condition,
      raises.condition,
    ],
    toOpen,
    ['R15', 'C15'],
  );
}
