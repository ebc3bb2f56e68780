// C13: sides more than 10% apart after an old injury that may not have fully recovered. Read once here, for the
// summary's request and for week 4's running line, which waits for that check (physiotherapist's read). Pure.
import type { Baseline, Side } from '../model/baseline.ts';
import { SYMMETRY_THRESHOLD } from './norms.ts';

type Knee = { symmetry: number; weaker: Side | null };

/** The weaker side of each tested knee position under rule 5's 90%, or null there (the bent knee only if tested). */
export function weakUnder90(straight: Knee, bent: Knee, bentTested: boolean): [Side | null, Side | null] {
  const under = (k: Knee) => (k.symmetry < SYMMETRY_THRESHOLD ? k.weaker : null);
  return [under(straight), bentTested ? under(bent) : null];
}

/** A calf strain on a side under 90% (either side, for a strain on both), cleared or not. A stronger injured side is
 * no sign that it has not recovered (physio read). */
export function strainOnWeaker(strain: Baseline['history']['calfStrain'], weak: readonly (Side | null)[]): boolean {
  return strain !== 'none' && weak.some((s) => s !== null) && (strain === 'both' || weak.includes(strain));
}

/** A strain not yet cleared on the weaker side, or an Achilles history (whose side the form does not ask) whose gap
 * no clinician has looked at since this test, with the sides more than 10% apart. */
export function oldInjurySides(h: Baseline['history'], weak: readonly (Side | null)[]): boolean {
  if (!weak.some((s) => s !== null)) return false;
  return (!h.strainCleared && strainOnWeaker(h.calfStrain, weak)) || (h.achillesTendinopathy && !h.gapChecked);
}
