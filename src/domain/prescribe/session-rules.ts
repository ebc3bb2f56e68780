// #12 dosing: session-level conventions that change a dose without changing the plan's progression: reps in reserve
// in week 1 (C33), the session on a day with pain 4-5 (C35) and a step back with no lower week (C39).
import { DRILL_CATALOG } from '../model/drill-catalog.ts';
import type { CutKind } from '../model/phrases.ts';
import type { PrescribedDrill } from '../model/plan-types.ts';

/** C33: in week 1 every set stops with this many reps still possible (learn the drill, find the weight, judge the
 * next-morning response before anything gets harder). The drill pages say the same figure. */
export const REPS_IN_RESERVE = { min: 2, max: 3 } as const;

const RULE_12_HOLDS: ReadonlySet<string> = new Set(['isometric-hold-double', 'isometric-hold-single']);

/** A drill is one of rule 12's holds. */
export const isHold = (d: PrescribedDrill) => RULE_12_HOLDS.has(d.drill);

/** One set fewer of each calf (strength) drill on each side, never below one set; `holds`: rule 12's holds too. Each
 * cut drill names the rule that cut it once (C35 for a pain day, C39 for a step back). */
function oneSetFewer(drills: readonly PrescribedDrill[], holds: boolean, rule: 'C35' | 'C39'): PrescribedDrill[] {
  return drills.map((d) => {
    if (DRILL_CATALOG[d.drill].kind !== 'strength' || (!holds && isHold(d))) return d;
    const drop = (x: PrescribedDrill['left']) => ({ ...x, sets: x.sets > 1 ? x.sets - 1 : x.sets });
    const ruleIds = d.ruleIds.includes(rule) ? d.ruleIds : [...d.ruleIds, rule];
    return { ...d, left: drop(d.left), right: drop(d.right), ruleIds };
  });
}

/** C35: on a day with pain 4-5 each calf (strength) drill but rule 12's holds drops one set on each side, never below
 * one set; nothing else changes, and nothing new is added. Rule 12's holds are the load meant for pain of 3-5: they
 * keep their sets (third physio read). */
export const painTodayDrills = (drills: readonly PrescribedDrill[]) => oneSetFewer(drills, false, 'C35');

/** What one set fewer takes a set from, for its words: raises, heel drops, holds (only those the drills have). */
/** The drill rule 12's holds stand in for when the Achilles hurts 3-5/10 on a session day (C32): the first
 * straight-knee strength drill, unless the session has holds already. One picker for the pain check that swaps it
 * (adjust/pain-check.ts) and the printed check that says so (session.ts). */
export const heldOver = (drills: readonly PrescribedDrill[]): PrescribedDrill | undefined =>
  drills.some(isHold)
    ? undefined
    : drills.find((d) => DRILL_CATALOG[d.drill].kind === 'strength' && DRILL_CATALOG[d.drill].knee === 'straight');

export function cutKinds(drills: readonly PrescribedDrill[]): CutKind[] {
  const strength = drills.filter((d) => DRILL_CATALOG[d.drill].kind === 'strength');
  const kind = (d: PrescribedDrill): CutKind =>
    isHold(d) ? 'hold' : d.drill.startsWith('eccentric-drop') ? 'drop' : 'raise';
  return (['raise', 'drop', 'hold'] as const).filter((k) => strength.some((d) => kind(d) === k));
}

/** A step back with no lower week to go to (C39's from week 1, C43's and C49's weeks one set down): one set fewer of
 * every calf drill, the holds too. They were part of the dose that went badly (physiotherapist's read: after pain
 * during 6/10 and a worse morning, a tendon's 5 x 45 s holds stayed while only the raises stepped back). */
export const stepBackDrills = (drills: readonly PrescribedDrill[]) => oneSetFewer(drills, true, 'C39');
