// The form: red-flag screening first, then the test and the week. Disabled until the island has hydrated (a
// disabled fieldset disables every control inside it). "Check my answers" shows every error and moves focus
// to the first one; without errors it moves to the plan. The plan itself updates while you type.
// A ticked warning sign is answered where it is asked: the rest of the form goes away, the referral follows the
// questions directly, and focus moves to it (its heading is read out) so nothing else competes with it.
import { useStore } from '@nanostores/preact';
import { RED_FLAG_QUESTIONS } from '../../domain/index.ts';
import { FIELD_ORDER, placeErrors } from '../../lib/plan-io/form-draft.ts';
import { href } from '../../lib/url.ts';
import { $checked, $draft, $outcome } from '../../stores/plan.ts';
import { Checks, fid } from './fields.tsx';
import TestFields from './TestFields.tsx';
import WeekFields from './WeekFields.tsx';

const QUESTIONS = Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, q.question]));

/** After the first tick only: later ticks keep focus on the list, so a runner can go on answering. */
function focusReferral(value: string, on: boolean): void {
  if (!on || $draft.get().redFlags.join() !== value) return;
  // After the stores re-render the result (Preact renders in a microtask, before this timer).
  setTimeout(() => {
    const title = document.getElementById('referral-title');
    title?.focus();
    title?.scrollIntoView({ block: 'start' });
  }, 0);
}

export default function PlanForm({ ready }: { ready: boolean }) {
  const flagged = useStore($draft).redFlags.length > 0;
  const onSubmit = (e: Event) => {
    e.preventDefault();
    $checked.set(true);
    const errors = placeErrors($outcome.get().errors);
    const first = flagged ? undefined : FIELD_ORDER.find((k) => errors[k]);
    // After the store re-renders (its own timer runs first), so the error text exists when focus lands.
    setTimeout(() => document.getElementById(first ? fid(first) : 'plan-result')?.focus(), 0);
  };
  return (
    <form class="plan-form no-print" noValidate onSubmit={onSubmit}>
      <fieldset disabled={!ready} class="bare">
        <legend class="visually-hidden">Your answers</legend>
        {/* The same one line before and after hydration, so the questions below do not jump when the form switches on. */}
        <p class="hint">
          {ready ? 'Complete answers are saved in this browser.' : 'The form switches on once the page has loaded.'}
        </p>
        <p class="hint">Answers marked (optional) may stay empty; the others are needed for a plan.</p>
        <Checks
          path="redFlags"
          label="First, any warning signs?"
          hint={
            <>
              Tick each question you would answer yes. Any yes means no plan today: the page tells you who to see
              instead (<a href={href('guides/how-plans-are-built/#R18')}>rule R18</a>).
            </>
          }
          options={QUESTIONS}
          onTick={focusReferral}
        />
        {flagged ? (
          <p class="hint">
            While a warning sign is ticked, the rest of the form is hidden and no exercises are shown. If you ticked one
            by mistake, untick it: your other answers are kept.
          </p>
        ) : (
          <>
            <TestFields />
            <WeekFields />
            <button type="submit" class="primary">
              Check my answers
            </button>
          </>
        )}
      </fieldset>
    </form>
  );
}
