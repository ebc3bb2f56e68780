// The plan's own views, in a chunk of their own: a page with no plan yet (a new runner) never loads them; a page
// with a plan loads them at once, right after the island (issue 13: the empty page's script budget and Lighthouse).
// `PlanTop` goes above the plan's buttons (any request to see a clinician, the morning after, today's session, the
// four weeks at a glance);
// `PlanMain` below them (summary, what changes, print page 1, the weeks, the retest, the log so far).

import { useStore } from '@nanostores/preact';
import type { VNode } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { lookupOf } from '../../domain/adjust/check-in-lookup.ts';
import type { Baseline, History, Plan } from '../../domain/index.ts';
import { painCheckReferral, phraseKey, retestText } from '../../domain/index.ts';
import { pickSession } from '../../lib/session/today.ts';
import { $history } from '../../stores/plan-history.ts';
import LateCheckIns from '../session/LateCheckIns.tsx';
import TodaySession from '../session/TodaySession.tsx';
import BlockSummary from './BlockSummary.tsx';
import type { Titles } from './bits.tsx';
import ChangeTable from './ChangeTable.tsx';
import ClinicianNotes from './ClinicianNotes.tsx';
import type { Weight } from './DrillRow.tsx';
import EarlierBlocks from './EarlierBlocks.tsx';
import LogProgress from './LogProgress.tsx';
import MorningCheck from './MorningCheck.tsx';
import { BlockDone } from './NextBlock.tsx';
import NextSteps from './NextSteps.tsx';
import PainCheckReferral from './PainCheckReferral.tsx';
import PlanAtGlance from './PlanAtGlance.tsx';
import PrintIntro from './PrintIntro.tsx';
import { firstMentions } from './plain-words.ts';
import { figuresOnPrint } from './print-figures.ts';
import SummaryView from './SummaryView.tsx';
import { groupSessions } from './session-groups.ts';
import TestHistory from './TestHistory.tsx';
import WeekView from './WeekView.tsx';

/** How many of a view's parts to render: one more after each task until all `total` are there. */
function useStagesShown(total: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= total) return;
    const t = setTimeout(() => setShown(shown + 1), 0);
    return () => clearTimeout(t);
  }, [shown, total]);
  return Math.min(shown, total);
}

export function PlanTop({ plan, b, t, today }: { plan: Plan; b: Baseline; t: Titles; today: string | null }) {
  const own = today !== null;
  // The last pain check's referral (C23, C50, C51): said in its box, and holding today's session and the runs below.
  const log = useStore($history)?.log;
  const standing = own && log ? painCheckReferral(log, b.history) : null;
  const retest = plan.block.retest;
  return (
    <>
      {/* This week first: a returning runner finds today's session before anything else but a request to see a
          physiotherapist or doctor, which they should read before training. */}
      <ClinicianNotes plan={plan} own={own} />
      {standing && <PainCheckReferral standing={standing} />}
      {own && <BlockDone plan={plan} b={b} today={today} />}
      {own && (
        <TodaySession
          plan={plan}
          drillTitles={t.drills}
          howTo={t}
          usualPain={b.painNow}
          runner={b}
          onHold={standing !== null}
        >
          <MorningCheck
            plan={plan}
            usualPain={b.painNow}
            nested={today !== null && pickSession(plan, today) !== null}
          />
        </TodaySession>
      )}
      {/* Under today's session, calf sessions that are over without a check-in (phone review: a runner who forgot one
          had no way to log it, and the plan counted it as missed). */}
      {today !== null && <LateCheckIns plan={plan} today={today} drillTitles={t.drills} />}
      {/* In a new block's first week, its retest where the runner lands (four-weeks review: the comparison was about
          17 phone screens down, under "Your tests"). */}
      {today !== null && retest && today < plan.weeks[1].startDate && (
        <p class="no-print">
          <strong>Your retest.</strong> {retestText(retest)[0]} <a href="#test-history-title">All your tests</a>
        </p>
      )}
      <PlanAtGlance plan={plan} b={b} own={own} runsWaitFrom={standing?.date ?? null} />
    </>
  );
}

/** Summary and print-only page-1 extras first, then one section per week (one printed page each), then the retest. */
export function PlanMain({
  plan,
  b,
  t,
  w,
  host,
  history,
}: {
  plan: Plan;
  b: Baseline;
  t: Titles;
  w: Weight;
  host: string;
  /** The runner's own log and earlier blocks (null for a shared plan). */
  history: History | null;
}) {
  // One part per task, in page order: the summary, what changes and print page 1, each week's session tables one
  // by one, what comes after, the log's views. A whole plan rendered at once blocked a phone's main thread for a long
  // stretch (Lighthouse's Total Blocking Time: over 1 s), and even a week at a time took 100-200 ms of a throttled
  // phone's time per task; a session table at a time keeps each task short. Today's session (PlanTop) is on screen
  // before any of it, and the DOM ends up the same.
  // Worked out once per plan, not at every stage: each stage re-renders this component.
  const once = useMemo(() => {
    const tables = plan.weeks.map((week) => groupSessions(week.sessions).length);
    return {
      words: firstMentions(plan, t.drills),
      inSummary: new Set(plan.summary.flags.map(phraseKey)),
      tables,
      firstOf: tables.map((_, i) => 3 + tables.slice(0, i).reduce((a, n) => a + n, 0)), // a week's first stage
      weeksDone: 3 + tables.reduce((a, n) => a + n, 0),
    };
  }, [plan, t]);
  // The same element for a part already shown, so Preact skips it instead of re-rendering every part shown so far at
  // each stage (that made the stages' cost grow with the page: Lighthouse with a plan, tenth session).
  const parts = useMemo(() => new Map<string, VNode>(), [plan, t, w, b, host, history]);
  const part = (key: string, make: () => VNode) => {
    const had = parts.get(key);
    if (had) return had;
    const made = make();
    parts.set(key, made);
    return made;
  };
  const { tables, firstOf, weeksDone } = once;
  // The runner's check-ins, found as the plan finds them (on paper, a session checked in on another day of its week
  // fills its own row).
  const checkIns = useMemo(() => history && lookupOf(plan, history.log.entries), [plan, history]);
  // The runner's own block, under way today: its weeks already over fold away on screen (WeekView).
  const today = history?.today ?? '';
  const underWay = today >= plan.startDate && today <= plan.endDate;
  const shown = useStagesShown(weeksDone + 1);
  const done = shown >= weeksDone + 1;
  useEffect(() => (done ? figuresOnPrint() : undefined), [done]);
  return (
    <>
      <div class="page-one">
        {part('summary', () => (
          <SummaryView plan={plan} />
        ))}
        {shown >= 2 &&
          part('change', () => (
            <>
              <ChangeTable plan={plan} t={t} />
              <PrintIntro plan={plan} b={b} host={host} />
            </>
          ))}
      </div>
      {plan.weeks.map((week, i) => {
        if (shown < firstOf[i]) return null;
        const upTo = Math.min(tables[i], shown - firstOf[i] + 1);
        return part(`week ${i} ${upTo}`, () => (
          <WeekView
            week={week}
            over={underWay && week.endDate < today}
            t={t}
            w={w}
            words={once.words}
            inSummary={once.inSummary}
            upTo={upTo}
            checkIns={checkIns}
          />
        ));
      })}
      {shown >= weeksDone &&
        part('next', () => (
          <>
            <NextSteps plan={plan} t={t} b={history ? b : null} />
            <TestHistory plan={plan} />
          </>
        ))}
      {shown >= weeksDone + 1 && history && (
        <>
          <LogProgress plan={plan} log={history.log} />
          {history.log.entries.length > 0 && <BlockSummary plan={plan} log={history.log} b={b} today={history.today} />}
          <EarlierBlocks history={history} />
        </>
      )}
    </>
  );
}
