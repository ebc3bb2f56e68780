// The live result: a status line, then the plan (its views load with the first plan: PlanViews.tsx) or the referral. While answers are
// impossible the last good plan stays, with a notice and a list of what to fix.
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { referralTitle } from '../../domain/explain/titles.ts';
import { fieldFor } from '../../lib/plan-io/form-draft.ts';
import { $engineFailed } from '../../stores/engine.ts';
import { $checked, $notices, $view } from '../../stores/plan.ts';
import { $history } from '../../stores/plan-history.ts';
import { $retesting } from '../../stores/plan-retest.ts';
import { $step, changeAnswers, goTo, stepOf } from '../../stores/plan-steps.ts';
import { $bodyWeight, $unit } from '../../stores/units.ts';
import BaselineView from './BaselineView.tsx';
import type { Titles } from './bits.tsx';
import { fid } from './field-id.ts';
import { describeError } from './labels.ts';
import { lazyPart } from './lazy-part.ts';
import PlanActions from './PlanActions.tsx';
import ReferralView from './ReferralView.tsx';

/** The plan views, loaded the first time a plan is shown (a new runner's empty page never needs them). */
const usePlanViews = lazyPart(() => import('./PlanViews.tsx'));

/** One line per field (several bad hard days give one line), each linking to its field. */
function ErrorList() {
  const v = useStore($view);
  const listed = new Set<string>();
  const firsts = v.errors.filter((e) => {
    const key = fieldFor(e.path) || e.path; // errors that fit no form field (a stored group) stay apart by path
    if (listed.has(key)) return false;
    listed.add(key);
    return true;
  });
  return (
    <ul class="error-list">
      {firsts.map((e) => {
        const id = fid(fieldFor(e.path));
        // The field sits in its own step: open it with focus on the field.
        const go = (ev: Event) => {
          ev.preventDefault();
          goTo(stepOf(fieldFor(e.path)), id);
        };
        return (
          <li>
            {fieldFor(e.path) ? (
              <a href={`#${id}`} onClick={go}>
                {describeError(e.path, e.message)}
              </a>
            ) : (
              describeError(e.path, e.message)
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Milliseconds a status must hold before the live region says it (a convention): retyping a number passes
 * through "needs fixing" for a moment, and a screen reader should not announce that each time. */
const SETTLE_MS = 600;

function useSettled<T>(value: T, key: string): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setShown(value), SETTLE_MS);
    return () => clearTimeout(t);
  }, [key]);
  return shown;
}

/** Questions added after answers were first saved: what each asks, and where the form asks it. */
const NEW_QUESTIONS = {
  'history.achillesPart': { what: 'which part of the Achilles hurt', where: 'under your history' },
  'hopTest.where': { what: 'where hopping hurt', where: 'under your hop test' },
} as const;

/** `notice`: shown under the plan's status, in view when the plan opens (the offer to put back a replaced plan sat
 * above the screen, phone review). */
export default function ResultView({ t, host, notice }: { t: Titles; host: string; notice?: ComponentChildren }) {
  const v = useStore($view);
  const checked = useStore($checked);
  const retesting = useStore($retesting);
  // Storage refused the changes (their own notice says so): "kept on this device" would not be true (review).
  const kept = !useStore($notices).draft;
  const unit = useStore($unit);
  const kg = useStore($bodyWeight).kg;
  const history = useStore($history);
  const r = v.result;
  const engineFailed = useStore($engineFailed);
  const step = useStore($step);
  // The views load alongside the engine while a plan is pending, not after it.
  const [views, viewsFailed] = usePlanViews(r?.kind === 'plan' || !!v.pending);
  // A question older answers predate (C27's Achilles part, C22's place of hopping pain): asked, not guessed.
  const asked = v.errors.find((e) => e.path in NEW_QUESTIONS)?.path as keyof typeof NEW_QUESTIONS | undefined;
  const status = v.readOnly
    ? asked
      ? `This shared plan was made before Pushoff asked ${NEW_QUESTIONS[asked].what}, so it cannot be shown as it was. Choose "Use this as my plan" and answer that question in the form.`
      : 'This is a shared plan, shown read-only.'
    : v.pending
      ? 'Building your plan from your answers…'
      : !r && asked
        ? `One more answer is needed before your plan: ${NEW_QUESTIONS[asked].what}. The question is in the form, ${NEW_QUESTIONS[asked].where}.`
        : !r
          ? 'Your plan appears here as soon as both straight-knee counts, your pain right now and a start date are filled in.'
          : v.stale && retesting
            ? // Review: during a retest the plan shown was called "your last complete answers", beside a promise to keep
              // the retest's answers, which are not kept until its plan shows.
              'Your retest makes your next block once every answer is complete (listed below). Until then nothing of it is saved, and the plan shown is from your last complete answers.'
            : v.stale
              ? `${v.errors.length === 1 ? 'One answer needs' : 'Some answers need'} fixing (listed below), so the plan shown is from your last complete answers.${kept ? ' Your changes are kept on this device, and the plan follows them once every answer is complete.' : ''}`
              : r.kind === 'referral'
                ? r.reason === 'red-flag'
                  ? // Its title in the status, so a later tick that makes it more urgent is announced too (screen reader
                    // review: focus stays on the list after the first tick, and "soon" silently became "emergency").
                    `Something in your answers needs a clinician’s check first, so there is no plan. Below: ${referralTitle(r)}.`
                  : 'Your pain today means no loading today, so there is no plan.'
                : 'Your plan is up to date with your answers.';
  // Text and style settle together, so the callout style never shows with the previous words.
  const said = useSettled({ text: status, stale: v.stale }, `${v.stale}|${status}`);
  return (
    <section class="plan-result" aria-labelledby="plan-result">
      <h2 id="plan-result" tabIndex={-1} class={r?.kind === 'referral' ? 'keep-in-print' : undefined}>
        {r?.kind === 'referral'
          ? 'No plan today'
          : r && r.block.number > 1
            ? `Your four-week plan (block ${r.block.number})`
            : 'Your four-week plan'}
      </h2>
      {/* "Up to date" is said to screen readers but not shown: on a phone it would push today's session down. */}
      <p
        role="status"
        class={said.stale ? 'callout' : r?.kind === 'plan' && !v.readOnly && !v.stale ? 'visually-hidden' : 'hint'}
      >
        {said.text}
      </p>
      {notice}
      {!v.readOnly && (v.stale || (checked && !r) || (!r && asked)) && <ErrorList />}
      {/* A referral comes first, before the buttons: it is what the runner must read. */}
      {r?.kind === 'referral' && <ReferralView r={r} />}
      {/* Phone review: on a referral the steps' row sat above the screen and nothing below it led back to the answers. */}
      {r?.kind === 'referral' && !v.readOnly && step === 'plan' && (
        <p class="buttons no-print">
          <button type="button" onClick={changeAnswers}>
            Change my answers
          </button>
        </p>
      )}
      {/* On paper a referral is taken to the appointment: the answers behind it go with it, for the clinician. */}
      {r?.kind === 'referral' && v.baseline && (
        <div class="print-only">
          <BaselineView b={v.baseline} title="Your answers, for the clinician" />
        </div>
      )}
      {views && r?.kind === 'plan' && v.baseline && (
        <views.PlanTop plan={r} b={v.baseline} t={t} today={!v.readOnly && history ? history.today : null} />
      )}
      {r && v.baseline && <PlanActions b={v.baseline} result={r} t={t} host={host} />}
      {views && r?.kind === 'plan' && v.baseline && (
        <views.PlanMain
          plan={r}
          b={v.baseline}
          t={t}
          w={{ kg: v.readOnly ? null : kg, unit }}
          host={host}
          history={!v.readOnly ? history : null}
        />
      )}
      {(viewsFailed || (v.pending && engineFailed)) && (
        <p class="error" role="alert">
          The plan could not be shown: part of the page did not load. Check your connection and reload.
        </p>
      )}
    </section>
  );
}
