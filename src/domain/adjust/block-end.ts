// How a logged block ended (C41, C43, C49), for the next block, and the block's summary once the log moved its weeks.
// Pure; split from adjust-plan.ts, which decides the weeks.
import type { Plan, Week } from '../model/plan-types.ts';
import type { Read } from './worse-again.ts';

/**
 * How a block ended, for the next one (C41, C43): the planned week whose dose it ended on, how many sets of each
 * strength drill that dose had taken off (a step back from week 1 takes one; C49 can hold one more), and whether its
 * last week ended in pain (a morning or a session that steps back under C39), so the next block holds that dose instead
 * of building on it.
 */
export type BlockEnd = {
  reached: number;
  setsOff: number;
  endedInPain: boolean;
  /** The last week's worst check-in said repeat (a morning not back to usual, or pain rising week on week): rule 8
   * repeats the dose next time, so the next block's week 1 does not raise it (physiotherapist's read). */
  repeat: boolean;
  /** The last week stepped back (C39): the next block starts at the lower dose, adds nothing new in week 1, and builds
   * from there as the mornings allow (C43, with `repeat`). */
  stepped?: true;
  /** The block's last calf session done, when it stepped back (C39): with the next block's first one, two in a row
   * (C49 across the retest; physiotherapist's read: it never fired there). */
  lastBad: Read | null;
  /** C49 held the block without hops: the next block starts without them too (review: a later block's week 1 step
   * brought them back). */
  noHops?: true;
};

/**
 * C49's block end, for the next block to hold (C43): week 1 with the sets the held sessions had taken off, at least one,
 * the lowest dose a block end can name. The held dose is at least one step below the first bad session, often week 1
 * a set or two down (review: the next block started above it; then a block held two sets down resumed one set down,
 * twice the sets it was held at).
 */
export function heldEnd(planned: readonly Week[], held: readonly Week[], date: string, carried: number): BlockEnd {
  const heldSession = held.flatMap((w) => w.sessions).find((s) => s.kind === 'loaded' && s.date > date);
  // Week 1's last loaded session: its first may be a set down for pain that day (C35; review).
  const first = planned[0].sessions.filter((s) => s.kind === 'loaded').at(-1);
  // The sets week 1 planned for a drill the held session still does, less the sets it does now.
  const off = (heldSession?.drills ?? []).map((d) => {
    const was = first?.drills.find((x) => x.drill === d.drill);
    return was ? Math.max(was.left.sets - d.left.sets, was.right.sets - d.right.sets) : 0;
  });
  // `carried`: the sets this block's own weeks already had off (C43 from the block before), which the next block's week
  // 1, rebuilt from the full step, must take off again (review: it started above the held dose).
  return {
    reached: 1,
    setsOff: Math.max(1, ...off) + carried,
    endedInPain: true,
    repeat: false,
    lastBad: null,
    noHops: true,
  };
}

/**
 * The summary after the log moved the weeks: gates are "used from" the first week that really reached them, and when
 * the block ends short of week 4's step, a note says where the next block starts (the advice after week 4 assumes
 * the whole block was done). `heldFrom`: the first week wholly held by C49, which brings nothing in (no hops); C49's
 * own note says where the block stands, so there is no "ends on week N" note then (review: the two disagreed).
 */
export function heldBack(plan: Plan, steps: number[], heldFrom: number | null): Plan['summary'] {
  const last = steps[steps.length - 1];
  if (last === plan.weeks.length && heldFrom === null) return plan.summary;
  // A held week reaches no new step, whatever its planned one.
  const reached = heldFrom === null ? steps : steps.map((st, i) => (i + 1 >= heldFrom ? 0 : st));
  const gates = plan.summary.gates.map((g) => {
    if (g.usedFromWeek === null) return g;
    const k = reached.findIndex((st) => st >= (g.usedFromWeek as number));
    return { ...g, usedFromWeek: k < 0 ? null : k + 1 };
  });
  // C49's hold adds nothing, after week 4 either, until a clinician has looked: no new drill to suggest.
  if (heldFrom !== null)
    return { ...plan.summary, gates, keepGoing: { ...plan.summary.keepGoing, nextDrills: [], held: true } };
  if (last === plan.weeks.length) return { ...plan.summary, gates };
  const note = {
    id: 'flag.block-held-back' as const,
    resume: last + 1,
    injury: null,
    ruleIds: ['R8', 'C40'] as Plan['ruleIds'],
  };
  return { ...plan.summary, gates, flags: [note, ...plan.summary.flags] };
}
