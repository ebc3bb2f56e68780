// The plan page island. Server-rendered with every control disabled; after hydration it loads the saved answers
// and any share link (stores), switches the form on, and shows the step the runner is at: the plan for a returning
// runner, the first question for a new one. Read-only for shared links. A step change moves focus to its heading.
// The form's code (AnswerSteps) loads only when a step asks questions: until then the page's own server-rendered copy
// of the first step (the island's children, disabled) stands in for it, so a new runner's page does not move.
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $draft, $mode, $notices, $outcome } from '../../stores/plan.ts';
import { $retesting, cancelRetest } from '../../stores/plan-retest.ts';
import { adoptShared, leaveShared, startPlan } from '../../stores/plan-session.ts';
import {
  $focusOnShow,
  $step,
  answersTakenWhole,
  changeAnswers,
  goTo,
  landingStep,
  startSteps,
} from '../../stores/plan-steps.ts';
import { $replaced } from '../../stores/plan-undo.ts';
import { startUnits } from '../../stores/units.ts';
import BaselineView from './BaselineView.tsx';
import { RuleTitles, type Titles } from './bits.tsx';
import { lazyPart } from './lazy-part.ts';
import { NoticeText } from './NoticeText.tsx';
import ResultView from './ResultView.tsx';
import StepNav from './StepNav.tsx';

type Props = { titles: Titles; host: string; children?: ComponentChildren };
/** The form's steps, loaded the first time one is shown (a returning runner's page opens on the plan). */
const useAnswerSteps = lazyPart(() => import('./AnswerSteps.tsx'));
// Only after a backup file or a shared plan replaced the answers saved here (stores/plan-undo.ts).
const usePutBack = lazyPart(() => import('./PutBack.tsx'));

/** The notices shown as they are, in this order (the share link's has its own words around it). */
const PLAIN_NOTICES = ['tab', 'storage', 'log', 'blocks', 'replaced', 'save', 'draft'] as const;

/** The shared view's buttons vanish when pressed, so focus goes to the plan heading instead of being lost. */
const focusPlan = () => setTimeout(() => document.getElementById('plan-result')?.focus(), 0);

export default function PlanBuilder({ titles, host: siteHost, children }: Props) {
  // Built without SITE: the page's own address, never a made-up one. Plans render only after mount, so SSR needs none.
  const host = siteHost || (typeof location === 'undefined' ? '' : location.host);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startUnits();
    startPlan();
    startSteps();
    setReady(true);
  }, []);
  const mode = useStore($mode);
  const notices = useStore($notices);
  const flagged = useStore($draft).redFlags.length > 0;
  const step = useStore($step);
  const retesting = useStore($retesting);
  const [steps, stepsFailed] = useAnswerSteps(ready && mode.kind === 'own' && step !== 'plan');
  const [putBack] = usePutBack(useStore($replaced) !== null);
  // The server-rendered first step stands in only for a new runner's safety check: shown for another step, or to a
  // returning runner with their own answers, it flashed the wrong step, empty, while the code loaded (phone review).
  const seenPlan = useRef(false);
  if (step === 'plan') seenPlan.current = true;
  const standIn = !ready || (step === 'safety' && !seenPlan.current);
  // The retest is over once its plan shows. The page's introduction hides on the plan step (plan.css): a returning
  // runner's first screen is for today's session.
  // Not while answers still need fixing: the retest goes on there, its banner in view (review: on the plan step the
  // retest ended with its answers half done, and "Retest" was offered again).
  // Nor on a referral: a warning sign ticked during the retest does not end it (review: Back then unticking offered
  // "Retest" again, which added the finished block twice).
  const outcome = useStore($outcome);
  const planUpToDate = !outcome.stale && outcome.result?.kind === 'plan';
  useEffect(() => {
    if (step === 'plan' && planUpToDate) $retesting.set(false);
    document.documentElement.dataset.planStep = ready ? step : '';
  }, [step, ready, planUpToDate]);
  // Not on the landing step: only a step the runner moved to (by a button or Back) takes focus, on its heading or
  // on the field the move was for.
  // A step that asks questions may show before the form's code has loaded: the move waits for it (`moved`).
  const landed = useRef(false);
  const moved = useRef(false);
  useEffect(() => {
    if (!ready) return;
    if (landed.current) moved.current = true;
    landed.current = true;
  }, [step, ready]);
  useEffect(() => {
    if (!moved.current || (step !== 'plan' && !steps)) return;
    moved.current = false;
    const id = $focusOnShow.get();
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    target.focus({ preventScroll: true });
    // A step's heading under the step bar, so where the runner is shows too (phone review: "Change my answers" opened
    // on the test with the bar above the screen); the plan's heading at the top; a field in the middle, so its label
    // and hint above it stay in view (phone review: the pain field at the very top hid its question).
    const bar = id === 'step-title' ? document.querySelector('.plan-builder nav.steps') : null;
    (bar ?? target).scrollIntoView({ block: target.tagName.startsWith('H') ? 'start' : 'center' });
  }, [step, ready, steps]);
  const own = mode.kind === 'own';
  return (
    <RuleTitles.Provider value={titles.rules}>
      <div class="plan-builder">
        {notices.share && (
          <div class="callout danger no-print" role="alert">
            {/* True with or without a plan saved here (review: "your own saved plan" on a device with none). */}
            <strong>This share link cannot be opened.</strong> <NoticeText n={notices.share} /> Nothing saved on this
            device was changed.
          </div>
        )}
        {PLAIN_NOTICES.map(
          (k) =>
            notices[k] && (
              <div key={k} class={k === 'tab' ? 'callout no-print tab-notice' : 'callout no-print'} role="alert">
                <NoticeText n={notices[k]} />
                {k === 'tab' && (
                  <>
                    {' '}
                    <button type="button" onClick={() => location.reload()}>
                      Reload this page
                    </button>
                  </>
                )}
              </div>
            ),
        )}
        {mode.kind === 'shared' ? (
          <div class="shared no-print">
            <p class="callout">
              You are looking at a plan someone shared with you. It is read-only and is not saved on this device unless
              you choose to use it, which replaces any answers and earlier blocks saved here.
            </p>
            <p class="buttons">
              <button
                type="button"
                class="primary"
                onClick={() => {
                  adoptShared(mode);
                  answersTakenWhole();
                  goTo(landingStep()); // the plan, or the step that asks an answer the link lacks
                  focusPlan();
                }}
              >
                Use this as my plan
              </button>
              <button
                type="button"
                onClick={() => {
                  leaveShared();
                  goTo(landingStep());
                  focusPlan();
                }}
              >
                {/* Phone review: "Back to my own plan" to someone with none on this device. */}
                {outcome.result || outcome.pending ? 'Back to my own plan' : 'Make my own plan'}
              </button>
            </p>
            <BaselineView b={mode.baseline} level={2} />
          </div>
        ) : (
          <>
            {retesting && (
              // Focus lands here when the retest starts, so the runner reads why the test is empty before the steps.
              <section id="retest-banner" tabIndex={-1} class="callout no-print retest-banner" aria-label="Retest">
                <p>
                  <strong>Retest for your next block.</strong> Answer the safety questions and your pain today again,
                  redo the heel-raise test (the next step has the metronome and counters) and check your running week.
                  Your next four weeks start from where this block ended.
                </p>
                <button
                  type="button"
                  onClick={() => {
                    cancelRetest();
                    goTo('plan');
                  }}
                >
                  Keep my current block
                </button>
              </section>
            )}
            {step === 'plan' ? (
              // On the plan the steps and "Change my answers" share one row, so a returning runner's plan starts
              // higher (phone review: the two took about 190 px above today's session).
              <div class="plan-bar no-print">
                <StepNav step={step} ready={ready} flagged={flagged} onGo={goTo} />
                <p class="change-answers">
                  <button type="button" onClick={changeAnswers}>
                    Change my answers
                  </button>
                </p>
              </div>
            ) : (
              <StepNav step={step} ready={ready} flagged={flagged} onGo={goTo} />
            )}
            {step !== 'plan' &&
              (steps ? (
                <steps.default ready={ready} step={step} flagged={flagged} />
              ) : standIn ? (
                children
              ) : (
                <p class="hint">Loading the questions…</p>
              ))}
            {step !== 'plan' && stepsFailed && (
              <p class="error" role="alert">
                The questions could not be shown: part of the page did not load. Check your connection and reload.
              </p>
            )}
          </>
        )}
        {(!own || step === 'plan' || flagged) && (
          <ResultView t={titles} host={host} notice={own && putBack ? <putBack.default /> : null} />
        )}
      </div>
    </RuleTitles.Provider>
  );
}
