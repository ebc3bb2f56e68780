// The four weeks at a glance (issue 13): a calendar strip, one row per week, one column per day, with the calf
// sessions and the runner's own runs on each day. It is also the plan's contents: each week links to its section,
// so keyboard users jump instead of tabbing through the weeks before. Screen only; paper has a page per week.
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { type Baseline, type Plan, weekHeld, weekTitle } from '../../domain/index.ts';
import { localIsoDate } from '../../lib/session/today.ts';
import { missedCalf } from '../../lib/session/unchecked.ts';
import { $history } from '../../stores/plan-history.ts';
import { dayStatus, type GlanceDay, glance } from './glance.ts';
import { keyText, LIGHTER_WORDS, MARK, type Mark, SESSION_WORD, type Wait } from './glance-key.ts';
import { day } from './labels.ts';

const RUN_WORD = { easy: 'Run', long: 'Long run', hard: 'Hard run' } as const;
/** A held week's mark under its number: C49's lower dose goes on "until checked", or, once a clinician has cleared the
 * runner, as a "lower dose"; a week whose sessions wait, or a held block, is "on hold". */
const heldMark = ({ adjustment: a }: Plan['weeks'][number]) =>
  a?.action !== 'hold' || a.stopped ? 'on hold' : a.cleared ? 'lower dose' : 'until checked';
const SHORT_DAY = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' } as const;

/** Focus the heading (which scrolls to it) without touching the address, which may hold a share link. The weeks
 * render a part at a time after the strip (PlanMain), so a quick click waits a few frames for its week to exist. */
function jump(e: MouseEvent, id: string, frames = 120): void {
  e.preventDefault();
  const heading = document.getElementById(id);
  if (!heading) {
    if (frames > 0) requestAnimationFrame(() => jump(e, id, frames - 1));
    return;
  }
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' }); // the heading at the top, not wherever focus would scroll it
}

const JumpLink = ({ id, children }: { id: string; children: ComponentChildren }) => (
  <a href={`#${id}`} onClick={(e) => jump(e, id)}>
    {children}
  </a>
);

/** What waits for a clinician on a day: its runs (C22's hopping pain: the calf sessions go on, on both legs), or its runs
 * and calf sessions too (a pain check that asked for a clinician: C23, C50 and C51 say no calf training until then). */
type Held = 'runs' | 'all' | null;

function Day({ d, today, status, held }: { d: GlanceDay; today: string; status: Mark | null; held: Held }) {
  // "No run", not "Run on hold": three lines in a phone's day cell (phone review); the key says why.
  const run = d.run && (held ? 'No run' : `${RUN_WORD[d.run]}${d.strides ? ' + strides' : ''}`);
  // Third phone review: under "your plan below is on hold" the strip still offered "Calf" and "Prep" days.
  // A calf session waiting for a clinician's check after a third bad session (C49) is on hold too; its runs go on.
  const onHold = held === 'all' || d.waits;
  const sessions = onHold ? (d.sessions.length ? ['On hold'] : []) : d.sessions.map((k) => SESSION_WORD[k]);
  const parts = [...sessions, ...(run ? [run] : [])];
  const lighter = d.lighter && !onHold;
  const isToday = d.date === today;
  return (
    <td
      class={`${sessions.length && !onHold ? 'has-session' : ''}${isToday ? ' today' : ''}`}
      aria-current={isToday ? 'date' : undefined}
    >
      {/* Phone review: an outline alone read as keyboard focus; the word says it. A screen reader hears the date
          first, then "today" (the cell's name still starts with its date). */}
      {isToday && (
        <span class="today-label" aria-hidden="true">
          Today
        </span>
      )}
      <span class="visually-hidden">
        {day(d.date)}
        {isToday ? ', today' : ''}:{' '}
      </span>
      {parts.map((p, i) => (
        <>
          {i > 0 && <span class="visually-hidden"> and </span>}
          <span class={i < sessions.length ? 'kind' : 'run'}>
            {p}
            {lighter && d.sessions[i] !== undefined && d.sessions[i] !== 'activation' && (
              <span class="lighter-mark">
                <span aria-hidden="true">↓</span>
                <span class="visually-hidden">, {LIGHTER_WORDS}</span>
              </span>
            )}
          </span>
        </>
      ))}
      {!parts.length && <span aria-hidden="true">·</span>}
      {!parts.length && <span class="visually-hidden">rest</span>}
      {status && (
        <span class={`logged ${status}`}>
          <span aria-hidden="true">{MARK[status].mark}</span>
          <span class="visually-hidden">, {MARK[status].words}</span>
        </span>
      )}
    </td>
  );
}

/** `own`: the runner's own plan, whose check-ins are marked (a shared plan shows none). `runsWaitFrom`: the day of a
 * pain check that asked for a clinician (C23, C50, C51): runs from then on wait. */
export default function PlanAtGlance({
  plan,
  b,
  own,
  runsWaitFrom = null,
}: {
  plan: Plan;
  b: Baseline;
  own: boolean;
  runsWaitFrom?: string | null;
}) {
  const weeks = glance(plan, b);
  const today = localIsoDate(new Date());
  const history = useStore($history);
  const entries = (own ? history?.log.entries : undefined) ?? [];
  const held = (date: string): Held =>
    runsWaitFrom !== null && date >= runsWaitFrom ? 'all' : plan.summary.runsWait ? 'runs' : null;
  const missed = own ? missedCalf(plan, today, entries) : new Set<string>();
  const waits = new Set(weeks.flatMap((w) => w.days.filter((d) => d.waits).map((d) => d.date)));
  const statusOf = (date: string): Mark | null =>
    dayStatus(entries, date) ?? (missed.has(date) && held(date) !== 'all' && !waits.has(date) ? 'missed' : null);
  const statuses = new Set(weeks.flatMap((w) => w.days.map((d) => statusOf(d.date))).filter((s) => s !== null));
  // Second phone review: under "see a clinician, no running until then" the strip still showed the week's runs.
  const wait: Wait = { hop: plan.summary.runsWait, check: runsWaitFrom !== null, calf: waits.size > 0 };
  const lighterShown = weeks.some((w) => w.days.some((d) => d.lighter && !d.waits && held(d.date) !== 'all'));
  return (
    <nav class="plan-glance no-print" aria-label="Plan contents">
      <div class="table-scroll">
        <table>
          <caption>Your four weeks at a glance</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              {weeks[0].days.map((d) => (
                <th scope="col">{SHORT_DAY[d.weekday]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w, i) => (
              <tr>
                <th scope="row">
                  <a href={`#week-${w.number}`} onClick={(e) => jump(e, `week-${w.number}`)}>
                    {/* "Week 2: Strength and eccentric"; a phone shows "2" under the column's "Week", and screen readers
                        still hear "Week 2" (plan.css). One span: the link is a flex box (44 px tall), whose items would
                        otherwise split the name ("Week 2 : Strength"). */}
                    <span>
                      <span class="week-word">Week </span>
                      {w.number}
                      <span class="phase">{weekTitle(plan.weeks[i]).replace(/^Week \d+/, '')}</span>
                    </span>
                  </a>
                  {/* A phone hides the title, and with it the hold (phone review: weeks 2-4 looked like any plan's).
                      Under the link, not in it: inside, the link's no-wrap kept it on the week's line and widened the
                      column until Sunday left the screen (second review). */}
                  {/* C49's held weeks go on at a lower dose: "until checked", as their title ends (physiotherapist's
                      read: "on hold" there read as "do not train", which "On hold" in a day cell means). */}
                  {weekHeld(plan.weeks[i]) && <span class="held-mark">{heldMark(plan.weeks[i])}</span>}
                </th>
                {w.days.map((d) => (
                  <Day d={d} today={today} status={statusOf(d.date)} held={held(d.date)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">
        {keyText(weeks, statuses, wait, lighterShown)} Jump to the <JumpLink id="summary-title">summary</JumpLink>
        {/* Phone review: the log's charts start about 15,000 px down, after all four weeks. */}
        {statuses.size > 0 && (
          <>
            , <JumpLink id="log-progress-title">your log so far</JumpLink>,
          </>
        )}{' '}
        or to the <JumpLink id="next-steps-title">retest and what comes after</JumpLink>.
      </p>
    </nav>
  );
}
