// How a logged block ended (C41, C43, C49), for the next block, and the block's summary once the log moved its weeks.
// Pure; split from adjust-plan.ts, which decides the weeks.
import type { Plan, Week } from '../model/plan-types.ts';

/**
 * How a block ended, for the next one (C41, C43): the planned week whose dose it ended on, whether that dose was one
 * set fewer (a step back from week 1), and whether its last week ended in pain (a morning or a session that steps
 * back under C39), so the next block holds that dose instead of building on it.
 */
export type BlockEnd = { reached: number; fewerSets: boolean; endedInPain: boolean };

/**
 * C49's block end: the dose of the second bad session, for the next block to hold (C43). That session did its week's
 * step when the first bad one was in the week before (the week itself stepped back), or one step lower when both were
 * in the same week (mid-week.ts lowered it); below week 1 that is week 1 with a set off.
 */
export function heldEnd(
  weeks: readonly Week[],
  steps: readonly number[],
  x: { first: string; date: string },
): BlockEnd {
  const i = weeks.findIndex((w) => w.startDate <= x.date && x.date <= w.endDate);
  const sameWeek = weeks[i].startDate <= x.first;
  const step = sameWeek ? steps[i] - 1 : steps[i];
  return {
    reached: Math.max(1, step),
    fewerSets: step < 1 || weeks[i].adjustment?.fewerSets === true,
    endedInPain: true,
  };
}

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
