// The plan page as steps: the safety check, the test, the running week, the plan. Each step is a browser history
// entry at the same address (the state object carries the step), so Back walks the steps and a share link's fragment
// is left alone. Answers live in $draft whatever step shows, so going back and forth loses nothing.
import { atom } from 'nanostores';
import { localStore } from '../lib/local-storage.ts';
import { FIELD_ORDER, placeErrors } from '../lib/plan-io/form-draft.ts';
import { $draft, $outcome, $safety, anyRedFlag, touch } from './plan.ts';

export const STEPS = ['safety', 'test', 'week', 'plan'] as const;
export type Step = (typeof STEPS)[number];
export type FormStep = Exclude<Step, 'plan'>;

export const $step = atom<Step>('safety');

/** The safety check asks the warning signs and pain right now (PainNowFields.tsx): pain that rules out loading is
 * answered before the test, which loads the calf to fatigue. The test step asks the fields from the counts to sex
 * (TestFields.tsx); the running week starts at the history. */
const TEST_FROM = FIELD_ORDER.indexOf('straightKnee.left');
const WEEK_FROM = FIELD_ORDER.indexOf('history.calfStrain');
export const stepOf = (field: string): FormStep => {
  const at = FIELD_ORDER.indexOf(field as (typeof FIELD_ORDER)[number]);
  return at < TEST_FROM ? 'safety' : at < WEEK_FROM ? 'test' : 'week';
};

/** The step's fields with an error in the current answers, in form order. */
export function errorsIn(step: FormStep): string[] {
  const placed = placeErrors($outcome.get().errors);
  return FIELD_ORDER.filter((k) => stepOf(k) === step && placed[k]);
}

/** The first step holding an error, with its fields touched so their messages show when it opens (`show` false: a
 * visit landing on a half-typed step, whose fields not reached yet are not errors; phone check). */
export function firstStepWithErrors(show = true): FormStep | null {
  for (const step of ['safety', 'test', 'week'] as const) {
    const fields = errorsIn(step);
    if (fields.length > 0) {
      if (show) for (const k of fields) touch(k);
      return step;
    }
  }
  return null;
}

/**
 * The step a new runner was on when they left, until they first reach their plan: complete
 * answers are saved (and make a plan) as soon as the test is filled in, because the running week's fields all have
 * defaults, so without this a runner who stopped at the test came back to a plan built on a running week never seen
 * (phone review). A runner who has reached a plan (or whose visit opened on one) is settled: changing an answer later
 * updates the plan they land on, as before. Kept in its own key; anything but a form step's name reads as nothing.
 */
const UNFINISHED_KEY = 'pushoff:unfinished-step';
let settled = false;
function unfinishedStep(): FormStep | null {
  const s = localStore()?.getItem(UNFINISHED_KEY);
  return s === 'safety' || s === 'test' || s === 'week' ? s : null;
}
function rememberStep(step: Step): void {
  if (step === 'plan') settled = true;
  else if (settled) return;
  try {
    if (step === 'plan') localStore()?.removeItem(UNFINISHED_KEY);
    else localStore()?.setItem(UNFINISHED_KEY, step);
  } catch {
    // Storage full or blocked: the visit lands on the plan as before.
  }
}

/** Answers taken whole (a backup file, a shared plan adopted) count as reviewed: the next visit opens on their plan. */
export const answersTakenWhole = (): void => rememberStep('plan');

/**
 * Where a visit starts: a runner with a plan lands on it, unless they changed answers and left before reaching it
 * (then where they stopped); answers with a warning sign open on the safety check, where its referral shows; answers
 * started but not finished open where they stop; a first visit starts at the beginning.
 */
export function landingStep(): Step {
  const d = $draft.get();
  const o = $outcome.get();
  if (anyRedFlag(d)) return 'safety';
  if ((o.result || o.pending) && !o.stale) return unfinishedStep() ?? 'plan'; // pending: the plan's code still loads
  const started = d['straightKnee.left'] !== '' || d['straightKnee.right'] !== '';
  return (started && firstStepWithErrors(false)) || 'safety';
}

type Entry = { pushoffStep?: unknown; pushoffFrom?: unknown };
const isStep = (s: unknown): s is Step => (STEPS as readonly unknown[]).includes(s);

/** The element id that takes focus when the step shows: its heading, unless the move was to reach a field. */
export const $focusOnShow = atom<string | null>(null);
const HEADING = (step: Step) => (step === 'plan' ? 'plan-result' : 'step-title');

/** Show a step as a new history entry, so the browser's Back returns to the one before. */
export function goTo(step: Step, focusId?: string): void {
  $focusOnShow.set(focusId ?? HEADING(step));
  const from = $step.get();
  if (from === step) return;
  // The entry first: the step's view reads where it came from (cameFrom) as it renders.
  history.pushState({ ...(history.state as Entry | null), pushoffStep: step, pushoffFrom: from }, '');
  $step.set(step);
}

/** The step this visit came to the current one from, when it came by a move (goTo) rather than landing on it. */
export const cameFrom = (): Step | null => {
  // No history while the page is built: its server-rendered first step came from nowhere.
  const from = typeof history === 'undefined' ? null : (history.state as Entry | null)?.pushoffFrom;
  return isStep(from) ? from : null;
};

/** The form's Back: the browser's own Back when this visit came to the step from the one before, so the two agree
 * (phone review: the form's Back added an entry, and the browser's Back then went forward again). */
export function goBack(step: Step): void {
  if ((history.state as Entry | null)?.pushoffFrom === step) history.back();
  else goTo(step);
}

/**
 * "Change my answers": where a safety-check answer stopped the plan, that step with focus on pain right now (phone
 * review: focus on the heading left the field 1,700 px below, under the warning signs); otherwise the test, where most
 * changes are (from step 1 a count took two long scrolls, and the test day's pain score read as today's).
 */
export function changeAnswers(): void {
  if ($safety.get()) goTo('safety', 'f-painNow');
  else goTo('test');
}

/** Start on the landing step and follow Back and Forward. Call once after the saved answers are loaded. */
export function startSteps(): () => void {
  const first = landingStep();
  $step.set(first);
  settled = false;
  // Every step shown is remembered (a new runner's) or settles the visit (the plan), however it was reached.
  rememberStep(first);
  const offStep = $step.listen(rememberStep);
  history.replaceState({ ...(history.state as Entry | null), pushoffStep: first }, '');
  const onPop = (e: PopStateEvent) => {
    const s = (e.state as Entry | null)?.pushoffStep;
    // A fragment change (a share link) has no step, and the session player's own entry (Back out of it) the same
    // step: the step and the focus stay.
    if (!isStep(s) || s === $step.get()) return;
    $focusOnShow.set(HEADING(s));
    $step.set(s);
  };
  addEventListener('popstate', onPop);
  return () => {
    offStep();
    removeEventListener('popstate', onPop);
  };
}
