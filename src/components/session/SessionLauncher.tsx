import type { ComponentChildren, FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { waitsForCheck } from '../../domain/adjust/lighter.ts';
import type { Runner } from '../../domain/adjust/pain-check.ts';
import {
  BLOCK_WEEKS,
  CUES,
  checkInText,
  holdsBack,
  lighterText,
  type Plan,
  responseOf,
  type Session,
  say,
  sessionTitle,
} from '../../domain/index.ts';
import type { SessionLogEntry } from '../../domain/model/session-log.ts';
import type { HowTo } from '../../lib/how-to.ts';
import { howText } from '../../lib/session/how-text.ts';
import { canStartEarly, localIsoDate } from '../../lib/session/today.ts';
import { Why } from '../plan/bits.tsx';
import { longDay } from '../plan/labels.ts';
import ReferralView from '../plan/ReferralView.tsx';
import type { PainCheckParts } from './PainCheck.tsx';
import type { PlayerProps } from './SessionPlayer.tsx';

const PARTS: PainCheckParts = { ReferralView, Why };

type LauncherProps = {
  plan: Plan;
  /** The runner's past problems and age, for the pain check before drill 1. */
  runner: Runner;
  session: Session;
  week: number;
  index: number;
  when: 'today' | 'next';
  drillTitles: Record<string, string>;
  /** The drills' one-line how-tos (the printed plan's), for the player. */
  howTo: HowTo;
  /** The session's check-in, once saved: the launcher then says it is done (phone review: it still said "Start"). */
  logged?: SessionLogEntry;
  /** The runner's pain on the day of the test (0-10): the "usual" a check-in is read against (rule 8). */
  usualPain: number;
  /** Shown before the start button: the morning check, whose answer can change this session's dose. */
  children?: ComponentChildren;
  /** The last pain check asked for a clinician (PainCheckReferral, above): sessions wait until they clear the runner. */
  onHold?: boolean;
};

const STATUS_WORDS = { done: 'done', partly: 'partly done', skipped: 'skipped' } as const;

/** What the check-in said, in a line: "effort 6/10, pain during 2/10". */
const loggedWords = (e: SessionLogEntry) =>
  [e.effort !== null && `effort ${e.effort}/10`, e.painDuring !== null && `pain during ${e.painDuring}/10`]
    .filter(Boolean)
    .join(', ');

/** The log counts weeks on across blocks (week 5 = block 2's week 1); the page names the week within its block. */
const weekWords = (week: number) =>
  week <= BLOCK_WEEKS
    ? `Week ${week}`
    : `Block ${Math.ceil(week / BLOCK_WEEKS)}, week ${((week - 1) % BLOCK_WEEKS) + 1}`;

export function SessionLauncher({
  plan,
  runner,
  session,
  week,
  index,
  when,
  drillTitles,
  howTo,
  logged,
  usualPain,
  children,
  onHold = false,
}: LauncherProps) {
  const checkIn = logged ? checkInText(responseOf(logged, usualPain, holdsBack(session.kind))) : '';
  const inWeek = plan.weeks.find((w) => w.sessions.includes(session));
  // C6: the week names its calf-session days that fall before a hard session; a runner reads it here, on the day (phone
  // review: it sat in the week's notes, about four screens down).
  const beforeHard = inWeek?.notes.find((n) => n.id === 'week.before-hard-day');
  const hardTomorrow =
    beforeHard?.id === 'week.before-hard-day' && beforeHard.days.includes(session.weekday) ? beforeHard : null;
  const early = !logged && when === 'next' && holdsBack(session.kind);
  const lighter = !logged && inWeek ? lighterText(inWeek, session) : null;
  // C49's third bad session: this one waits for a clinician's check, as after a pain check that asked for one.
  const waits = !logged && inWeek !== undefined && waitsForCheck(inWeek, session);
  const held = onHold || waits;
  const [Player, setPlayer] = useState<FunctionComponent<PlayerProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const open = () => {
    setFailed(false);
    return import('./SessionPlayer.tsx').then(
      (m) => setPlayer(() => m.default),
      () => setFailed(true),
    );
  };
  return (
    <section class="session-launcher no-print" aria-labelledby="today-session">
      <h3 id="today-session" tabIndex={-1}>
        {when === 'today' ? "Today's session" : `Next session: ${longDay(session.date)}`}
        {logged && `: ${STATUS_WORDS[logged.status]}`}
      </h3>
      {logged ? (
        <p class="hint">
          {weekWords(week)}, {sessionTitle(session).toLowerCase()}: checked in
          {loggedWords(logged) ? ` (${loggedWords(logged)})` : ''}.
          {/* What the check-in itself means for the next session, from the domain (C40, rule 7; phone review: a
              partly done session's repeat was learned only the next morning). */}
          {checkIn && ` ${checkIn}`}
          {logged.status !== 'skipped' && ' The next morning, your plan asks how your calves feel.'}
        </p>
      ) : (
        <p class="hint">
          {weekWords(week)}, {sessionTitle(session).toLowerCase()}: {session.drills.length} drills, guided set by set
          with a timer and a metronome.
        </p>
      )}
      {lighter &&
        (waits ? (
          <p class="next-day">
            <strong>On hold.</strong> {lighter}
          </p>
        ) : (
          <p class="hint">{lighter}</p>
        ))}
      {/* Phone review: on a run day the next session's big Start button invited doing Friday's session on Tuesday, the
          day after Monday's (rule 9: loaded sessions at least 48 hours apart). */}
      {early && (
        <p class="next-day">
          <strong>No calf session today.</strong> Keep this one for {longDay(session.date)}: calf sessions need at least
          48 hours between them to adapt.
        </p>
      )}
      {!logged && hardTomorrow && <p class="hint">{say(hardTomorrow)}</p>}
      {/* Second phone review: under the red box, "Start today's session" still invited the session it had stopped. */}
      {!logged && onHold && (
        <p class="next-day">
          <strong>On hold.</strong> Your last pain check asked you to see a clinician (above): start this session only
          once they have cleared you.
        </p>
      )}
      {/* Phone reviews: "Start this session now" right under "No calf session today" read as an invitation, and the
          day after a loaded session it was offered at all. Moving a session stays possible, one step away and right
          under that line, once rule 9's 48 hours have passed. */}
      {early && !held && canStartEarly(plan, localIsoDate(new Date())) && (
        <details class="start-early">
          <summary>Doing this session today instead?</summary>
          <p class="hint">
            Only if your last calf session was at least 48 hours ago. It then counts as {longDay(session.date)}'s
            session.
          </p>
          <button type="button" onClick={open}>
            Start it today
          </button>
        </details>
      )}
      {children}
      {!early && (
        <button type="button" class={logged || when === 'next' || held ? undefined : 'primary'} onClick={open}>
          {logged
            ? 'Open this session again'
            : // Physiotherapist's read: "On hold." right above "Start today's session" read as an invitation; the
              // runner cleared by a clinician still needs the button (the plan cannot know they were).
              waits
              ? 'Cleared by a physiotherapist or doctor? Start this session'
              : when === 'today'
                ? "Start today's session"
                : 'Start this session now'}
        </button>
      )}
      {failed && (
        <p class="error" role="alert">
          The session player could not be loaded. Check your connection and try again.
        </p>
      )}
      {Player && (
        <Player
          plan={plan}
          runner={runner}
          askPain={!logged || logged.status === 'skipped'}
          session={session}
          week={week}
          index={index}
          drillTitles={drillTitles}
          cueLabels={CUES}
          parts={PARTS}
          howFor={(d) => howText(d, howTo)}
          onClose={() => setPlayer(null)}
        />
      )}
    </section>
  );
}
