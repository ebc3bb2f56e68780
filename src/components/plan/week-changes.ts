// What really changes week to week, for each leg: week 1's main raise where each leg starts, then for each later
// week only the leg drills whose dose differs from the week before (or that are new). Read from each week's first
// loaded session, the one that carries the week's change (not one cut for that day's pain). Pure: the plan in, plain
// data out.
import type { Plan, PrescribedDrill, Session, Side, Week } from '../../domain/index.ts';
import { DRILL_CATALOG } from '../../domain/index.ts';

/** `reweighed`: the same drill with a new weight (a load week, or a step back in the log): its sets and reps may read the
 * same, so the line says so (phone review: a load week repeated "3 × 15" word for word). */
export type ChangeLine = { drill: string; side: Side; dose: PrescribedDrill; isNew: boolean; reweighed?: true };
export type WeekChange = { week: Week; left: ChangeLine[]; right: ChangeLine[] };

const SIDES = ['left', 'right'] as const;
/** The week's first loaded session, past one cut for pain on its day (C35: that day's dose, not the week's; phone
 * review: week 1 read 2 × 15 beside week 2's "Same dose" at 3 × 15). */
function mainSession(w: Week): Session | undefined {
  const loaded = w.sessions.filter((s) => s.kind === 'loaded');
  return loaded.find((s) => !s.notes.some((n) => n.id === 'session.pain-today')) ?? loaded[0] ?? w.sessions[0];
}
/** Leg drills only: mobility and strides are not dosed per leg. */
const legDrills = (s: Session | undefined) => (s?.drills ?? []).filter((d) => d.stance !== 'none');
/** Everything about one side's dose that a runner would notice changing. */
const sideKey = (d: PrescribedDrill, side: Side) => JSON.stringify([d[side], d.tempo, d.load]);

/** Week 1's main raise: the straight-knee single-leg raise when there is one, else the first single-leg drill. */
function mainDrill(ds: PrescribedDrill[]): PrescribedDrill | undefined {
  return (
    ds.find((d) => d.drill === 'single-leg-heel-raise') ??
    ds.find((d) => d.stance === 'single' && DRILL_CATALOG[d.drill].kind === 'strength') ??
    ds[0]
  );
}

export function weekChanges(plan: Plan): WeekChange[] {
  return plan.weeks.map((week, i) => {
    const now = legDrills(mainSession(week));
    const out: WeekChange = { week, left: [], right: [] };
    if (i === 0) {
      const main = mainDrill(now);
      for (const side of SIDES)
        if (main && main[side].sets > 0) out[side].push({ drill: main.drill, side, dose: main, isNew: false });
      return out;
    }
    const before = legDrills(mainSession(plan.weeks[i - 1]));
    for (const d of now)
      for (const side of SIDES) {
        if (d[side].sets === 0) continue;
        const prev = before.find((p) => p.drill === d.drill);
        if (!prev || prev[side].sets === 0) out[side].push({ drill: d.drill, side, dose: d, isNew: true });
        else if (sideKey(prev, side) !== sideKey(d, side))
          out[side].push({
            drill: d.drill,
            side,
            dose: d,
            isNew: false,
            ...(JSON.stringify(prev.load) !== JSON.stringify(d.load) ? { reweighed: true as const } : {}),
          });
      }
    return out;
  });
}
