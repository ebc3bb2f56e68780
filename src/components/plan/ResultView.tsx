// The live result: a status line, then the plan (summary, chart, weeks) or the referral. While answers are
// impossible the last good plan stays, with a notice and a list of what to fix.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { type Baseline, type Plan, phraseKey } from '../../domain/index.ts';
import { fieldFor } from '../../lib/plan-io/form-draft.ts';
import { $checked, $view } from '../../stores/plan.ts';
import { $history } from '../../stores/plan-history.ts';
import { goTo, stepOf } from '../../stores/plan-steps.ts';
import { $bodyWeight, $unit } from '../../stores/units.ts';
import TodaySession from '../session/SessionLauncher.tsx';
import type { Titles } from './bits.tsx';
import ChangeTable from './ChangeTable.tsx';
import { fid } from './fields.tsx';
import LogProgress from './LogProgress.tsx';
import { describeError } from './labels.ts';
import MorningCheck from './MorningCheck.tsx';
import NextSteps from './NextSteps.tsx';
import PlanActions from './PlanActions.tsx';
import PlanAtGlance from './PlanAtGlance.tsx';
import PrintIntro from './PrintIntro.tsx';
import { firstMentions } from './plain-words.ts';
import ReferralView from './ReferralView.tsx';
import SummaryView from './SummaryView.tsx';
import WeekView, { noteKey, type Weight } from './WeekView.tsx';

/** Drill notes of the weeks before week index `i`: on paper each note prints once, where it first applies. */
const notesBefore = (plan: Plan, i: number) =>
  new Set(
    plan.weeks
      .slice(0, i)
      .flatMap((w) => w.sessions.flatMap((s) => s.drills.flatMap((d) => d.notes.map((n) => noteKey(d, n))))),
  );

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

export default function ResultView({ t, host }: { t: Titles; host: string }) {
  const v = useStore($view);
  const checked = useStore($checked);
  const unit = useStore($unit);
  const kg = useStore($bodyWeight).kg;
  const history = useStore($history);
  const r = v.result;
  const asksPart = v.errors.some((e) => e.path === 'history.achillesPart');
  const status = v.readOnly
    ? asksPart
      ? 'This shared plan was made before Pushoff asked which part of the Achilles hurt, so it cannot be shown as it was. Choose "Use this as my plan" and answer that question in the form.'
      : 'This is a shared plan, shown read-only.'
    : !r && asksPart
      ? 'One more answer is needed before your plan: which part of the Achilles hurt. The question is in the form, under your history.'
      : !r
        ? 'Your plan appears here as soon as both straight-knee counts, your pain right now and a start date are filled in.'
        : v.stale
          ? `${v.errors.length === 1 ? 'One answer needs' : 'Some answers need'} fixing (listed below), so the plan shown is from your last complete answers.`
          : r.kind === 'referral'
            ? r.reason === 'red-flag'
              ? 'A warning sign in your answers means there is no plan: see below who to see.'
              : 'Your pain today means no loading today, so there is no plan.'
            : 'Up to date with your answers.';
  // Text and style settle together, so the callout style never shows with the previous words.
  const said = useSettled({ text: status, stale: v.stale }, `${v.stale}|${status}`);
  return (
    <section class="plan-result" aria-labelledby="plan-result">
      <h2 id="plan-result" tabIndex={-1} class={r?.kind === 'referral' ? 'keep-in-print' : undefined}>
        {r?.kind === 'referral' ? 'No plan today' : 'Your four-week plan'}
      </h2>
      <p role="status" class={said.stale ? 'callout' : 'hint'}>
        {said.text}
      </p>
      {!v.readOnly && (v.stale || (checked && !r) || (!r && asksPart)) && <ErrorList />}
      {/* A referral comes first, before the buttons: it is what the runner must read. */}
      {r?.kind === 'referral' && <ReferralView r={r} />}
      {/* This week first: a returning runner finds today's session before anything else. */}
      {r?.kind === 'plan' && !v.readOnly && <MorningCheck />}
      {r?.kind === 'plan' && !v.readOnly && <TodaySession plan={r} drillTitles={t.drills} />}
      {r?.kind === 'plan' && v.baseline && <PlanAtGlance plan={r} b={v.baseline} />}
      {r && v.baseline && <PlanActions b={v.baseline} result={r} t={t} host={host} />}
      {r?.kind === 'plan' && v.baseline && (
        <PlanBody plan={r} b={v.baseline} t={t} w={{ kg: v.readOnly ? null : kg, unit }} host={host} />
      )}
      {r?.kind === 'plan' && !v.readOnly && history && <LogProgress plan={r} log={history.log} />}
    </section>
  );
}

/** Summary and print-only page-1 extras first, then one section per week (one printed page each), then the retest. */
function PlanBody({ plan, b, t, w, host }: { plan: Plan; b: Baseline; t: Titles; w: Weight; host: string }) {
  const words = firstMentions(plan, t.drills);
  const inSummary = new Set(plan.summary.flags.map(phraseKey));
  return (
    <>
      <div class="page-one">
        <SummaryView plan={plan} />
        <ChangeTable plan={plan} t={t} />
        <PrintIntro plan={plan} b={b} host={host} />
      </div>
      {plan.weeks.map((week, i) => (
        <WeekView week={week} t={t} w={w} printed={notesBefore(plan, i)} words={words} inSummary={inSummary} />
      ))}
      <NextSteps plan={plan} t={t} />
    </>
  );
}
