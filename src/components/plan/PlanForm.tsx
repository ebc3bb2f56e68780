// The form, one step at a time: the warning signs and pain right now first, then the test, then the running week.
// Disabled until the island has hydrated (a disabled fieldset disables every control inside it). "Next" checks only
// the step on screen: its errors show next to their fields and focus moves to the first; the last step's button opens
// the plan, or the earlier step that still needs an answer. The plan itself updates while you type.
// A ticked warning sign is answered where it is asked: the rest of the form goes away, the referral follows the
// questions directly, and focus moves to it (its heading is read out) so nothing else competes with it.
import { RED_FLAG_QUESTIONS } from '../../domain/explain/red-flag-questions.ts';
import { FIELD_ORDER } from '../../lib/plan-io/form-draft.ts';
import { $checked, $draft, $outcome, $safety } from '../../stores/plan.ts';
import {
  cameFrom,
  errorsIn,
  type FormStep,
  firstStepWithErrors,
  goBack,
  goTo,
  STEPS,
} from '../../stores/plan-steps.ts';
import { $bodyWeight } from '../../stores/units.ts';
import { Why } from './bits.tsx';
import { fid } from './field-id.ts';
import { Checks } from './fields.tsx';
import PainNowFields from './PainNowFields.tsx';
import { STEP_NAMES } from './StepNav.tsx';
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

type Props = { ready: boolean; step: FormStep; flagged: boolean };

export default function PlanForm({ ready, step, flagged }: Props) {
  const n = STEPS.indexOf(step);
  // Come from the plan ("Change my answers"), Back returns to it, as the browser's Back does (phone review: Back went
  // to the safety check, and the way to the plan was the step bar's fourth tile).
  const back = cameFrom() === 'plan' ? 'plan' : n > 0 ? STEPS[n - 1] : null;
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const here = errorsIn(step);
    // The body weight is a preference kept apart from the answers, but a wrong one is named like them, in page order
    // (phone review: focus went to the long-run day below it, and its own message scrolled off the top).
    const weight = step === 'week' && $bodyWeight.get().error !== null;
    if (here.length > 0 || weight) {
      firstStepWithErrors(); // touches the fields, so their messages show
      const first =
        weight &&
        (!here.length || FIELD_ORDER.indexOf(here[0] as (typeof FIELD_ORDER)[number]) >= FIELD_ORDER.indexOf('runDays'))
          ? 'f-bodyWeight'
          : fid(here[0]);
      // After the store re-renders (its own timer runs first), so the error text exists when focus lands.
      setTimeout(() => document.getElementById(first)?.focus(), 0);
      return;
    }
    // Answers that mean "no plan" (pain over 5 or at rest in the safety check, a heel that cannot lift in the test)
    // skip the steps after them: the referral is what the runner must read next, not a test that loads the calf.
    // On the safety check only its own answers count: a referral from the test's counts must not keep a runner from
    // the test they came back to change.
    if (step === 'safety' ? $safety.get() : step === 'test' && $outcome.get().result?.kind === 'referral')
      return goTo('plan');
    if (step !== 'week') return goTo(STEPS[n + 1]);
    $checked.set(true); // the plan's list then names every answer still missing
    goTo(firstStepWithErrors() ?? 'plan');
  };
  return (
    <form class="plan-form no-print" noValidate onSubmit={onSubmit} aria-labelledby="step-title">
      <h2 id="step-title" tabIndex={-1}>
        <span class="step-of">
          Step {n + 1} of {STEPS.length}:
        </span>{' '}
        {STEP_NAMES[step]}
      </h2>
      <fieldset disabled={!ready} class="bare">
        <legend class="visually-hidden">{STEP_NAMES[step]}</legend>
        {/* The same one line before and after hydration, so the questions below do not jump when the form switches on. */}
        <p class="hint">
          {ready
            ? 'What you type is kept in this browser, and nowhere else.'
            : 'The form switches on once the page has loaded.'}
        </p>
        {step === 'safety' && (
          <>
            <Checks
              path="redFlags"
              label="First, any warning signs?"
              hint={
                <>
                  Tick each question you would answer yes. Any yes means no plan today: the page tells you who to see
                  instead. Your pain right now comes after the questions.
                  <Why ids={['R18']} />
                </>
              }
              options={QUESTIONS}
              onTick={focusReferral}
            />
            {!flagged && <PainNowFields />}
            {flagged && (
              <p class="hint">
                While a warning sign is ticked, the rest of the form is hidden and no exercises are shown. If you ticked
                one by mistake, untick it: your other answers are kept.
              </p>
            )}
          </>
        )}
        {step === 'test' && <TestFields />}
        {step === 'week' && <WeekFields />}
        {step !== 'safety' && (
          <p class="hint">Answers marked (optional) may stay empty; the others are needed for a plan.</p>
        )}
        {!flagged && (
          <p class="buttons step-buttons">
            {back && (
              <button type="button" onClick={() => goBack(back)}>
                {back === 'plan' ? 'Back to my plan' : 'Back'}
              </button>
            )}
            <button type="submit" class="primary">
              {step === 'week' ? 'See my plan' : `Next: ${STEP_NAMES[STEPS[n + 1]].toLowerCase()}`}
            </button>
          </p>
        )}
      </fieldset>
    </form>
  );
}
