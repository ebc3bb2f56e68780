// The way into the next block (issue 14, C41): once the four weeks are over, a prompt above everything else; at any
// time, the same button under "After the four weeks". Pressing it starts the retest (stores/plan-retest.ts).
import { useStore } from '@nanostores/preact';
import type { Baseline, Plan } from '../../domain/index.ts';
import { $retesting, startNextBlock } from '../../stores/plan-retest.ts';
import { goTo } from '../../stores/plan-steps.ts';
import { day } from './labels.ts';

export function RetestButton({ plan, b, primary }: { plan: Plan; b: Baseline; primary?: boolean }) {
  // Not during a retest: its banner leads on (review: a second press added the finished block twice).
  if (useStore($retesting)) return null;
  return (
    <button
      type="button"
      class={primary ? 'primary' : undefined}
      onClick={() => {
        startNextBlock(b, plan.endDate);
        goTo('safety', 'retest-banner');
      }}
    >
      Retest and plan my next block
    </button>
  );
}

/** Shown at the top once the block has ended: there is no session left, and the next step is the retest. */
export function BlockDone({ plan, b, today }: { plan: Plan; b: Baseline; today: string }) {
  if (useStore($retesting) || today <= plan.endDate) return null;
  return (
    <section class="block-done callout no-print" aria-labelledby="block-done-title">
      <h3 id="block-done-title">Your four weeks ended on {day(plan.endDate)}</h3>
      <p>
        {/* C49: the test works each calf to its limit, so it waits for the check the plan asked for (physio's read). */}
        {plan.summary.retest.waits
          ? 'Once a physiotherapist or doctor has checked your calf and cleared you to train, redo'
          : 'Redo'}{' '}
        the heel-raise test and your next four weeks start from where this block ended, with the new counts. It takes
        about 15 minutes with the metronome and counters on the next steps.
      </p>
      <RetestButton plan={plan} b={b} primary />
    </section>
  );
}
