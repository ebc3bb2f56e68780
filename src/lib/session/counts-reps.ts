// Which drills a runner counts, apart from the check-in's form code (drills-done.ts): the plan's log views need only
// this, and sharing drills-done.ts put all of it in the plan page's first load (npm run budget: 0.5 KB).
import type { PrescribedDrill } from '../../domain/index.ts';

/** A drill whose reps or foot contacts a runner counts: the slow raises and drops, weighted raises and hops (not the
 * mobility, squeezes and holds). The check-in asks for these, and the log's volume counts them. */
export const countsReps = (d: PrescribedDrill) =>
  (d.tempo !== null || d.load !== null || d.left.contacts !== null) && (d.left.reps ?? d.left.contacts) !== null;
