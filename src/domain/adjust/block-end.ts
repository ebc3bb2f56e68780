// How a logged block ended (C41, C43, C49), for the next block, and the block's summary once the log moved its weeks.
// Pure; split from adjust-plan.ts, which decides the weeks.
import type { Plan } from '../model/plan-types.ts';

/**
 * How a block ended, for the next one (C41, C43): the planned week whose dose it ended on, whether that dose was one
 * set fewer (a step back from week 1), and whether its last week ended in pain (a morning or a session that steps
 * back under C39), so the next block holds that dose instead of building on it.
 */
export type BlockEnd = { reached: number; fewerSets: boolean; endedInPain: boolean };

/**
 * C49's block end, for the next block to hold (C43): week 1 with a set off, the lowest dose a block end can name. The
 * held dose is at least one step below the first bad session, often week 1 a set or two down (review: the next block
 * started above it); a block held two sets down resumes one set down, and the retest and the clinician come first.
 */
export const HELD_END: BlockEnd = { reached: 1, fewerSets: true, endedInPain: true };

/**
 * The summary after the log moved the weeks: gates are "used from" the first week that really reached them, and when
 * the block ends short of week 4's step, a note says where the next block starts (the advice after week 4 assumes
 * the whole block was done).
 */
export function heldBack(plan: Plan, steps: number[]): Plan['summary'] {
  const last = steps[steps.length - 1];
  if (last === plan.weeks.length) return plan.summary;
  const gates = plan.summary.gates.map((g) => {
    if (g.usedFromWeek === null) return g;
    const k = steps.findIndex((st) => st >= (g.usedFromWeek as number));
    return { ...g, usedFromWeek: k < 0 ? null : k + 1 };
  });
  const note = {
    id: 'flag.block-held-back' as const,
    resume: last + 1,
    injury: null,
    ruleIds: ['R8', 'C40'] as Plan['ruleIds'],
  };
  return { ...plan.summary, gates, flags: [note, ...plan.summary.flags] };
}
