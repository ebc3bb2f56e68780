// The titles the plan island can show, built at build time: drills the engine can prescribe or suggest, the cues
// those drills carry, and the rule titles behind each "Why?". Only these, so /plan/'s HTML stays the same size
// however large the library grows (issue 13: every library title used to travel in the props).
import { DRILL_CATALOG, RULES } from '../domain/index.ts';

export type PlanTitles = {
  drills: Record<string, string>;
  /** One line on how each drill is done (the printed plan's how-to). */
  howTo: Record<string, string>;
  /** The how-to of a one-leg drill dosed on both legs (C3), where its one-leg line would say the opposite. */
  howToBothLegs: Record<string, string>;
  cues: Record<string, string>;
  rules: Record<string, string>;
};

type Entry = { id: string; data: { title: string } };
type DrillEntry = { id: string; data: { title: string; howTo: string; howToBothLegs?: string } };

export function planTitles(drills: readonly DrillEntry[], cues: readonly Entry[]): PlanTitles {
  const drillIds = new Set<string>(Object.keys(DRILL_CATALOG));
  const cueIds = new Set<string>(Object.values(DRILL_CATALOG).flatMap((d) => d.cues));
  const pick = (entries: readonly Entry[], keep: Set<string>) =>
    Object.fromEntries(entries.filter((e) => keep.has(e.id)).map((e) => [e.id, e.data.title]));
  return {
    drills: pick(drills, drillIds),
    howTo: Object.fromEntries(drills.filter((e) => drillIds.has(e.id)).map((e) => [e.id, e.data.howTo])),
    howToBothLegs: Object.fromEntries(
      drills.flatMap((e) => (drillIds.has(e.id) && e.data.howToBothLegs ? [[e.id, e.data.howToBothLegs]] : [])),
    ),
    cues: pick(cues, cueIds),
    rules: Object.fromEntries(RULES.map((r) => [r.id, r.title])),
  };
}
