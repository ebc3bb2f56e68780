// Everything the plan needs to know about one runner, derived once from the Baseline.
import type { Baseline, Side } from '../model/baseline.ts';
import type { Gate, PerSide } from '../model/plan-types.ts';
import { plyometricGate, runningGate, singleLegHopGate } from './gates.ts';
import { SYMMETRY_THRESHOLD, symmetryPercent, weakerSide } from './norms.ts';

/** Below this many reps on the weaker leg a knee position starts double-leg (C3; first rung of the R11 ladder). */
export const DOUBLE_LEG_BELOW = 15;

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
  has: { step: boolean; weights: boolean; band: boolean; seated: boolean };
  insertional: boolean;
  /** Tendon pain now or tendon history: print the pain-monitoring rules. */
  tendon: boolean;
  /** Pain 3-5 now in a tendon: holds are offered as a tolerable load (rule 12). */
  tendonPainNow: boolean;
  cramps: boolean;
  gates: { plyometrics: Gate; singleLegHops: Gate; running: Gate };
  // #12 dosing
  /** C34: about 30 or more straight-knee raises on both sides and weights at home: load, not more reps. */
  strong: boolean;
  /** C38: plantar heel pain now or in the history, with single-leg straight-knee raises (and no tendon pain 3-5 now):
   * the high-load heel raise. */
  plantar: boolean;
};

/** C34: straight-knee raises on each side from which a runner counts as strong. */
export const STRONG_FROM_REPS = 30;

function knee(counts: PerSide<number>): KneeProfile {
  const symmetry = symmetryPercent(counts.left, counts.right);
  const weaker = weakerSide(counts);
  return {
    counts,
    symmetry,
    weaker,
    extraSet: symmetry < SYMMETRY_THRESHOLD && weaker !== null,
    stance: Math.min(counts.left, counts.right) < DOUBLE_LEG_BELOW ? 'double' : 'single',
  };
}

export function profile(b: Baseline): Profile {
  const eq = b.equipment;
  const tendonNow = b.painLocations.some((p) => p === 'achilles-midportion' || p === 'achilles-insertion');
  const plyometrics = plyometricGate(b);
  return {
    straight: knee(b.straightKnee),
    bent: knee(b.bentKnee ?? b.straightKnee),
    bentTested: b.bentKnee != null,
    has: {
      step: eq.includes('step'),
      weights: eq.includes('weights'),
      band: eq.includes('band'),
      seated: eq.includes('weights') || eq.includes('calf-machine'),
    },
    insertional: b.painLocations.includes('achilles-insertion'),
    tendon:
      tendonNow ||
      b.painLocations.includes('plantar-heel') ||
      b.history.achillesTendinopathy ||
      b.history.plantarHeelPain,
    tendonPainNow: tendonNow && b.painNow >= 3,
    cramps: b.history.crampsInLongRuns,
    gates: { plyometrics, singleLegHops: singleLegHopGate(b, plyometrics), running: runningGate(b) },
    // #12 dosing
    strong: Math.min(b.straightKnee.left, b.straightKnee.right) >= STRONG_FROM_REPS && eq.includes('weights'),
    // With tendon pain 3-5 now, rule 12's holds take the straight-knee slot instead (C32).
    plantar:
      (b.history.plantarHeelPain || b.painLocations.includes('plantar-heel')) &&
      Math.min(b.straightKnee.left, b.straightKnee.right) >= DOUBLE_LEG_BELOW &&
      !(tendonNow && b.painNow >= 3),
  };
}
