// Every block the runner has planned, in order: each earlier Baseline is planned again and follows the log, so the
// next block can start from the dose it reached (C41), and the retest is compared with the test before it (rule 4).
// Pure: the log, today's date and the earlier Baselines come in (History).
import { adjustBlock, type History } from './adjust/adjust-plan.ts';
import { compareTests } from './assess/retest.ts';
import { buildBlock } from './build-plan.ts';
import { type Baseline, missingAnswers } from './model/baseline.ts';
import { testPoint } from './model/block.ts';
import type { BlockInfo, PlanOrReferral, TestPoint } from './model/plan-types.ts';
import type { Carry } from './prescribe/next-block.ts';
import { screen } from './screen/screen.ts';

const info = (tests: TestPoint[], before: Baseline | null, now: Baseline): BlockInfo => ({
  number: tests.length,
  tests,
  retest: before ? compareTests(before, now) : null,
});

/** The plan (or referral) for `current`, the latest block, after the blocks in `history.earlier`. */
export function planBlocks(current: Baseline, history?: History): PlanOrReferral {
  const tests: TestPoint[] = [];
  let carry: Carry | null = null;
  let before: Baseline | null = null;
  for (const b of history?.earlier ?? []) {
    tests.push(testPoint(b));
    // A block that could not be planned (a referral, a missing answer) leaves nothing to start from: start afresh.
    if (screen(b) || missingAnswers(b).length > 0) carry = null;
    else {
      const built = buildBlock(b, carry, info([...tests], before, b));
      const { reached } = history ? adjustBlock(built.plan, b.painNow, history) : { reached: built.steps.length };
      carry = { state: built.steps[reached - 1].state, profile: built.profile };
    }
    before = b;
  }
  const referral = screen(current);
  if (referral) return referral;
  const { plan } = buildBlock(current, carry, info([...tests, testPoint(current)], before, current));
  return history ? adjustBlock(plan, current.painNow, history).plan : plan;
}
