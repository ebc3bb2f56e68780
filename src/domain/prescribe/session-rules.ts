// #12 dosing: session-level conventions that change a dose without changing the plan's progression: reps in reserve
// in week 1 (C33) and the session on a day with pain 4-5 (C35).
import { DRILL_CATALOG } from '../model/drill-catalog.ts';
import type { PrescribedDrill } from '../model/plan-types.ts';

/** C33: in week 1 every set stops with this many reps still possible (learn the drill, find the weight, judge the
 * next-morning response before anything gets harder). The drill pages say the same figure. */
export const REPS_IN_RESERVE = { min: 2, max: 3 } as const;

const RULE_12_HOLDS: ReadonlySet<string> = new Set(['isometric-hold-double', 'isometric-hold-single']);

/** C35: on a day with pain 4-5 each calf (strength) drill but rule 12's holds drops one set on each side, never below
 * one set; nothing else changes, and nothing new is added. A week one set down (C39, C43) cuts the same way. */
export function painTodayDrills(drills: readonly PrescribedDrill[]): PrescribedDrill[] {
  return drills.map((d) => {
    // Rule 12's holds are the load meant for pain of 3-5: they keep their sets (third physio read).
    if (DRILL_CATALOG[d.drill].kind !== 'strength' || RULE_12_HOLDS.has(d.drill)) return d;
    const drop = (x: PrescribedDrill['left']) => ({ ...x, sets: x.sets > 1 ? x.sets - 1 : x.sets });
    // A week already one set down (C43) keeps the pain day's own cut too, but names C35 once.
    const ruleIds = d.ruleIds.includes('C35') ? d.ruleIds : [...d.ruleIds, 'C35' as const];
    return { ...d, left: drop(d.left), right: drop(d.right), ruleIds };
  });
}
