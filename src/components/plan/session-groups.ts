// How a week's sessions become tables. On screen, sessions identical in everything but the date share a table.
// On paper, also a week whose first loaded session is a lighter copy of the later ones (a day with pain 4-5 at the test
// drops one set of each calf drill, C35) prints as ONE table with every date and a line saying what is lighter on
// the first date, so the week keeps to one sheet (issue 13: print keeps its five pages). The screen keeps both
// tables: there the exact dose of each day matters more than the page count.
import type { PrescribedDrill, Session } from '../../domain/index.ts';

export type SessionGroup = { s: Session; dates: string[] };

/** Sessions of a week identical in everything but the date are shown once with all their dates. */
export function groupSessions(sessions: Session[]): SessionGroup[] {
  const groups: { s: Session; dates: string[]; key: string }[] = [];
  for (const s of sessions) {
    const key = JSON.stringify([s.kind, s.minutes, s.drills, s.cues, s.notes, s.readiness, s.ruleIds]);
    const same = groups.find((g) => g.key === key);
    if (same) same.dates.push(s.date);
    else groups.push({ s, dates: [s.date], key });
  }
  return groups;
}

/** A group with the lighter sessions folded in: their dates, and the drills whose sets differ (lighter dose). */
export type PaperGroup = SessionGroup & { lighter: { s: Session; dates: string[]; drills: PrescribedDrill[] } | null };

/** Everything but the sets per side (and the rule ids behind them) must match: a drill note would be lost on paper. */
const shape = (d: PrescribedDrill) =>
  JSON.stringify({ ...d, left: { ...d.left, sets: 0 }, right: { ...d.right, sets: 0 }, ruleIds: [] });

/** The drills of `light` whose sets are lower than in `full`, or null when `light` is not a lighter copy. */
function lighterDrills(light: Session, full: Session): PrescribedDrill[] | null {
  if (light.kind !== full.kind || light.drills.length !== full.drills.length) return null;
  const out: PrescribedDrill[] = [];
  for (const [i, d] of light.drills.entries()) {
    const f = full.drills[i];
    if (shape(d) !== shape(f) || d.left.sets > f.left.sets || d.right.sets > f.right.sets) return null;
    if (d.left.sets < f.left.sets || d.right.sets < f.right.sets) out.push(d);
  }
  return out.length > 0 ? out : null;
}

/**
 * Folds each one-date group that is a lighter copy of a later group into it (the later group gains the dates; the
 * view prints the folded table where the lighter session was, its first date). Groups are in date order, as `groupSessions` returns them; anything else is left as it is.
 */
export function paperGroups(groups: SessionGroup[]): PaperGroup[] {
  const out: PaperGroup[] = groups.map((g) => ({ ...g, lighter: null }));
  for (let i = out.length - 1; i >= 0; i--) {
    const g = out[i];
    if (g.dates.length !== 1 || g.lighter) continue;
    const into = out.slice(i + 1).find((x) => !x.lighter && lighterDrills(g.s, x.s));
    if (!into) continue;
    into.lighter = { s: g.s, dates: g.dates, drills: lighterDrills(g.s, into.s) ?? [] };
    into.dates = [...g.dates, ...into.dates];
    out.splice(i, 1);
  }
  return out;
}
