// Every block the runner has planned, in order: each earlier Baseline is planned again and follows the log, so the
// next block can start from the dose it reached (C41), and the retest is compared with the test before it (rule 4).
// Pure: the log, today's date and the earlier Baselines come in (History).
import { adjustBlock, type History } from './adjust/adjust-plan.ts';
import type { BlockEnd } from './adjust/block-end.ts';
import { doneOrAhead, stepsDone, weightsDone } from './adjust/weights-done.ts';
import type { Read } from './adjust/worse-again.ts';
import { compareTests, fallenSides, painRose } from './assess/retest.ts';
import { buildBlock } from './build-plan.ts';
import { type Baseline, missingAnswers, PLACE_PATHS } from './model/baseline.ts';
import { testPoint } from './model/block.ts';
import type { BlockInfo, PlanOrReferral, TestPoint } from './model/plan-types.ts';
import { type Carry, carriedSetsOff } from './prescribe/carry.ts';
import { withStepsBefore } from './prescribe/weight-steps.ts';
import { screen } from './screen/screen.ts';

/** The block's place, its retest, and where its week 1 starts. */
function place(tests: TestPoint[], before: Baseline | null, now: Baseline, carry: Carry | null) {
  const retest = before ? compareTests(before, now) : null;
  // C42: a side that fell by the test's noise or more (since the last test or the best before it) is not built on: the
  // block starts again from the new counts.
  const dropped = fallenSides(tests).sides.length > 0;
  // C56: pain that rose since the last test holds the block as C43's pain does (a block with nothing to start from
  // starts afresh, from the test alone).
  const rise = painRose(tests);
  const rose = carry !== null && rise !== null;
  const start: BlockInfo['start'] =
    tests.length === 1
      ? 'first'
      : dropped
        ? 'afresh-after-drop'
        : carry?.endedInPain || rose
          ? 'held-in-pain'
          : 'resumed';
  const info: BlockInfo = { number: tests.length, start, tests, retest, painRose: rise };
  return { info, carry: carry && { ...carry, dropped, painRose: rose } };
}

/** The plan (or referral) for `current`, the latest block, after the blocks in `history.earlier`. */
export function planBlocks(current: Baseline, history?: History): PlanOrReferral {
  const tests: TestPoint[] = [];
  let carry: Carry | null = null;
  let before: Baseline | null = null;
  // The last block's last calf session done, when it went badly: C49 counts it with the next block's first.
  let lastBad: Read | null = null;
  for (const b of history?.earlier ?? []) {
    tests.push(testPoint(b));
    // A block that could not be planned (a referral, a missing answer) leaves nothing to start from: start afresh. Not
    // a pain score without its place: tests taken before the place was asked for (C50) were planned without it.
    if (screen(b) || missingAnswers(b).some((e) => !PLACE_PATHS.includes(e.path))) {
      carry = null;
      lastBad = null;
    } else {
      const at = place([...tests], before, b, carry);
      const built = buildBlock(b, at.carry, at.info);
      const adjusted = history
        ? adjustBlock(built.plan, b.painNow, history, { lastBad, setsOff: carriedSetsOff(at.carry) })
        : null;
      const end: BlockEnd = adjusted?.end ?? {
        reached: built.steps.length,
        setsOff: 0,
        endedInPain: false,
        repeat: false,
        lastBad: null,
      };
      lastBad = end.lastBad;
      carry = {
        state: built.steps[end.reached - 1].state,
        profile: built.profile,
        ...end,
        dropped: false,
        painRose: false,
        weights: adjusted && history ? weightsDone(adjusted.plan, history.log.entries) : [],
        // Without a log (the CLI, a shared plan's earlier blocks) the block is taken as planned, as its dose is.
        steps: stepsDone(adjusted?.plan ?? built.plan, history?.log.entries ?? []),
      };
    }
    before = b;
  }
  const referral = screen(current);
  if (referral) return referral;
  const at = place([...tests, testPoint(current)], before, current, carry);
  const { plan } = buildBlock(current, at.carry, at.info);
  const adjusted = history
    ? adjustBlock(plan, current.painNow, history, { lastBad, setsOff: carriedSetsOff(at.carry) }).plan
    : plan;
  // Each weight said against the last session done (rule 11), once the log has settled the weeks.
  const counts = history ? doneOrAhead(adjusted, history.log.entries, history.today) : () => true;
  return { ...adjusted, weeks: withStepsBefore(adjusted.weeks, at.carry?.steps ?? null, counts) };
}
