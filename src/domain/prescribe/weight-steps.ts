// Rule 11's load steps (2-10% each) said against the runner's last calf session, not only counted: a week without a
// step keeps last time's weight, a session that steps back takes a step off, one back on body weight takes it all off
// (physiotherapist's read: "Add another 2-10% of your body weight to last week's backpack" printed under every heel
// drop of every week, adding weight the plan did not, and "Add 2-10%" under the session that stepped back after a
// worse morning). The words are in explain/load-text.ts. Pure.
import type { DrillId } from '../model/drill-catalog.ts';
import type { PrescribedDrill, Week } from '../model/plan-types.ts';

/** The standing raises and drops that carry a share of body weight once loaded (raise-drills.ts); a strong runner's
 * rung of the ladder is a weight liftable so many times instead, said in full each time. */
const STANDING: ReadonlySet<DrillId> = new Set<DrillId>([
  'single-leg-heel-raise',
  'bent-knee-heel-raise',
  'eccentric-drop-straight',
  'eccentric-drop-bent',
]);

/** The load steps of a session's weights: the standing raises' share of body weight (0 = none), and the seated raise's
 * steps on its rung of the ladder (a new rung is a new weight, said in full). null = no such drill. */
export type StepsAt = { standing: number | null; seated: { rm: number; steps: number } | null };

const standingSteps = (d: PrescribedDrill): number | null =>
  !STANDING.has(d.drill) || d.load?.kind === 'repetition-maximum' ? null : (d.load?.steps ?? 0);

/** The steps `drills` carry, over `before` where they have no such drill. */
export function stepsAt(drills: readonly PrescribedDrill[], before: StepsAt | null = null): StepsAt {
  let standing: number | null = null;
  let seated: StepsAt['seated'] = null;
  for (const d of drills) {
    const s = standingSteps(d);
    if (s !== null) standing = Math.max(standing ?? 0, s);
    if (d.load?.kind === 'repetition-maximum' && d.load.on === 'knees')
      seated = { rm: d.load.reps, steps: d.load.steps };
  }
  return { standing: standing ?? before?.standing ?? null, seated: seated ?? before?.seated ?? null };
}

/** Each loaded drill's `stepsBefore`: the steps of the same kind of weight the week before (rule 11 takes at most one
 * step a week, so every session of a week that takes one says so), or the higher steps of a session earlier this week
 * when this one steps back after it (rule 8). Only sessions the runner did or has ahead count (`counts`: not one
 * skipped or left unlogged: a step week skipped is not a weight to take off). `before`: the last block's last session
 * counted as done (C40), or null when not known (the words then say a step as a step). Week 1's short daily activation
 * is body weight only and leaves the weights as they were. */
export function withStepsBefore(
  weeks: readonly Week[],
  before: StepsAt | null,
  counts: (w: Week, i: number) => boolean,
): Week[] {
  let last = before;
  return weeks.map((w) => {
    const start = last;
    const done: StepsAt[] = [];
    const sessions = w.sessions.map((s, i) => {
      if (s.kind === 'activation') return s;
      const drills = s.drills.map((d) => withBefore(d, start, done));
      if (counts(w, i)) {
        last = stepsAt(s.drills, last);
        done.push(stepsAt(s.drills));
      }
      return { ...s, drills };
    });
    return { ...w, sessions };
  });
}

function withBefore(d: PrescribedDrill, start: StepsAt | null, week: readonly StepsAt[]): PrescribedDrill {
  const standing = standingSteps(d);
  if (standing !== null) {
    const higher = Math.max(-1, ...week.map((x) => x.standing ?? -1));
    const was = higher > standing ? higher : start?.standing;
    // A standing raise back on body weight alone says so only when there was weight to take off.
    return was != null && (d.load || was > 0) ? { ...d, stepsBefore: was } : d;
  }
  const l = d.load;
  if (l?.kind !== 'repetition-maximum' || l.on !== 'knees') return d;
  const same = (x: StepsAt | null) => (x?.seated?.rm === l.reps ? x.seated.steps : null);
  const higher = Math.max(-1, ...week.map((x) => same(x) ?? -1));
  const was = higher > l.steps ? higher : same(start);
  // Nothing to say of a seated raise with no steps, then or now.
  return was != null && (was > 0 || l.steps > 0) ? { ...d, stepsBefore: was } : d;
}
