// Today's session, guided: a full-screen dialog that goes drill by drill and set by set, then asks for the
// check-in. Loaded only when the runner presses Start (dynamic import from SessionLauncher.tsx).
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { keepsCalfLimit } from '../../domain/adjust/calf-limit.ts';
import { checkAsked, waitNote } from '../../domain/adjust/lighter.ts';
import type { Runner } from '../../domain/adjust/pain-check.ts';
import { holdsBack, type Plan, type PrescribedDrill, type Session, sessionTitle } from '../../domain/index.ts';
import type { PainCheckAnswer } from '../../domain/model/session-log.ts';
import { doneRows } from '../../lib/session/drills-done.ts';
import { firstStepOf, type Step, sessionSteps, suggestedStatus } from '../../lib/session/session-steps.ts';
import { unlockAudio } from '../../lib/session/sound.ts';
import CheckIn from './CheckIn.tsx';
import LeaveAsk from './LeaveAsk.tsx';
import MuteButton from './MuteButton.tsx';
import PainCheck, { type PainCheckParts } from './PainCheck.tsx';
import PlayerControls from './PlayerControls.tsx';
import StepView from './StepView.tsx';
import { isTimed, LEAD_IN, usePlayer } from './use-player.ts';
import { usePlayerBack } from './use-player-back.ts';
import { usePlayerFocus } from './use-player-focus.ts';
import { nextWords, startLabel } from './words.ts';
import './session.css';

export type PlayerProps = {
  /** The plan the session is from: the pain check leaves out drills new this block on a 4-5/10 day (C35). */
  plan: Plan;
  session: Session;
  /** The runner's past problems and age, which shape the pain check's referral (C24 under 16). */
  runner: Runner;
  /** Ask the pain check first: not when the session is reopened after a check-in of done or partly done (to read it
   * or correct it), since its pain was checked when it started. */
  askPain: boolean;
  /** Week number and the session's place in the week: with the date, the log's key. */
  week: number;
  index: number;
  /** Drill display names by id (the plan page's build-time titles). */
  drillTitles: Record<string, string>;
  /** The plan page's referral view and "Why?" for the pain check (PainCheckParts says why they are handed in). */
  parts: PainCheckParts;
  /** Cue labels by id (CUES): handed in, so this lazily loaded part does not share the page's engine chunk. */
  cueLabels: Record<string, string>;
  /** A drill's line under its figure: how its reps are done, then its load. Asked of each drill as the player shows
   * it, not by place in the planned session (phone review: a changed session showed the drop's words under a raise). */
  howFor: (drill: PrescribedDrill) => string;
  onClose: () => void;
};

/** The late check-in rides in this chunk (LateCheckIns loads it from here): see LateCheckIn.tsx. */
export { default as LateCheckIn } from './LateCheckIn.tsx';

export default function SessionPlayer({
  plan,
  session: planned,
  runner,
  askPain,
  week,
  index,
  drillTitles,
  cueLabels,
  parts,
  howFor,
  onClose,
}: PlayerProps) {
  // The pain check comes first (rule 7, C35): it may hand back a lighter session, or stop with a referral. `stopped`:
  // no loading today, so the check-in offers "Skipped".
  const [checked, setChecked] = useState<Session | null>(askPain ? null : planned);
  const [stopped, setStopped] = useState(false);
  const [answer, setAnswer] = useState<PainCheckAnswer | undefined>(undefined);
  const session = checked ?? planned;
  /** The check changed the session: not the one planned, so the check-in suggests "Partly" (C40). */
  const changed = session !== planned;
  const steps = useMemo(() => sessionSteps(session), [session]);
  const [muted, setMuted] = useState(false);
  const { st, step, call, message, setMessage, actions } = usePlayer(steps, muted);
  const dialog = useRef<HTMLDialogElement>(null);
  /** Focus inside the player once the render that shows `selector` is done (its button or heading, not the page). */
  const focusLater = (selector: string) =>
    setTimeout(() => dialog.current?.querySelector<HTMLElement>(selector)?.focus(), 0);
  const title = (s: Step) => drillTitles[s.drill] ?? s.drill;
  // Phone review: Close mid-set shut the player at once, and the sets done were lost without a check-in. Once a set
  // is done or under way, Close (and Escape) ask first.
  const [leaving, setLeaving] = useState(false);
  /** Ended by the runner before its last set (End session, or End and check in): the check-in offers the way back. */
  const [ended, setEnded] = useState(false);
  const endNow = () => {
    setEnded(true);
    actions.end();
  };
  /** The session in the log (its check-in saved now or before); until then a session that was begun still asks before
   * closing, from its check-in too (phone review: Close there shut it at once, and the session never reached the log,
   * so the plan counted it as missed). */
  const [checkedIn, setCheckedIn] = useState(false);
  const finished = st.run === 'finished';
  const underWay = finished
    ? !checkedIn && (st.done.length > 0 || ended)
    : st.done.length > 0 || st.run === 'running' || st.run === 'paused';
  const close = () => {
    if (!underWay) return dialog.current?.close();
    if (st.run === 'running') actions.pause();
    setLeaving(true);
  };
  const takeHistoryEntry = usePlayerBack(dialog, underWay, close);
  const closed = () => {
    takeHistoryEntry();
    onClose();
  };
  useLayoutEffect(() => {
    dialog.current?.showModal();
  }, []);
  usePlayerFocus(dialog, checked !== null, step?.drillIndex, st.i);
  // What to do next, said once per step or state change (never per second).
  useLayoutEffect(() => {
    // A stop from the pain check finishes nothing (phone review: it was announced as "Session finished"), and a session
    // ended with sets still to do has ended, not finished (second phone review).
    if (st.run === 'finished')
      setMessage(
        stopped
          ? 'No session today. Check in as skipped.'
          : `Session ${suggestedStatus(steps, st.done) === 'done' ? 'finished' : 'ended'}. Check in: how did it go?`,
      );
    else if (st.run === 'paused') setMessage('Paused.');
    else if (st.lead > 0) setMessage(`Get ready: the set ${st.t > 0 ? 'goes on' : 'starts'} in ${LEAD_IN} seconds.`);
    else if (checked && (st.run === 'ready' || step.kind === 'rest')) setMessage(nextWords(steps, st.i, title));
    // A set under way: Resume said as Pause is (screen reader review: "Paused." stayed in the region while the set
    // ran on).
    else if (st.run === 'running') setMessage(message === 'Paused.' ? 'Going on.' : '');
  }, [st.i, st.run, checked, st.lead > 0]);
  if (!steps.length) return null;
  /** First step of the nearest drill before (-1) or after (+1) this one that has any sets, or -1. */
  const drillStep = (dir: -1 | 1) => {
    for (let d = step.drillIndex + dir; d >= 0 && d < session.drills.length; d += dir) {
      const k = firstStepOf(steps, d);
      if (k >= 0) return k;
    }
    return -1;
  };
  const [prev, next] = [drillStep(-1), drillStep(1)];
  const timed = isTimed(step);
  const primary =
    step.kind === 'rest'
      ? { label: 'Skip rest', act: actions.complete }
      : st.run === 'running'
        ? { label: 'Pause', act: actions.pause }
        : st.run === 'paused'
          ? { label: 'Resume', act: actions.resume }
          : timed && step.kind === 'work'
            ? { label: startLabel(step), act: actions.start }
            : { label: 'Set done', act: actions.complete };
  return (
    // The dialog closes on Escape too; unmounting stops the timers and releases the wake lock.
    <dialog
      ref={dialog}
      class="player"
      aria-labelledby="player-title"
      onClose={closed}
      onCancel={(e) => {
        if (!underWay) return;
        e.preventDefault();
        close();
      }}
    >
      <div class="player-bar">
        <h2 id="player-title">{sessionTitle(session)}</h2>
        <MuteButton muted={muted} onToggle={() => setMuted(!muted)} />
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      {leaving && (
        <LeaveAsk
          finished={finished}
          onEnd={() => {
            setLeaving(false);
            endNow();
          }}
          onKeep={() => {
            setLeaving(false);
            // Focus where the runner left off, not lost with the question's buttons.
            focusLater(finished ? '.check-in h3' : '.player-main');
          }}
          onClose={() => dialog.current?.close()}
        />
      )}
      <p class="visually-hidden" aria-live="polite">
        {message}
      </p>
      {st.run === 'finished' ? (
        <CheckIn
          date={session.date}
          week={week}
          index={index}
          drills={doneRows(session, drillTitles)}
          suggested={stopped ? 'skipped' : changed && st.done.length ? 'partly' : suggestedStatus(steps, st.done)}
          holdsBack={holdsBack(session.kind)}
          calfLimit={keepsCalfLimit(session)}
          // Only a session on hold is started with "Cleared by a physiotherapist or doctor?" (SessionLauncher); a held
          // one before any stop asks whether the check C49 asked for has cleared the runner.
          hold={waitNote(session) ? 'ticked' : checkAsked(session) ? 'check' : undefined}
          changed={changed}
          unticked={!stopped && st.done.length === 0}
          painCheck={answer}
          onDone={() => dialog.current?.close()}
          onLogged={() => setCheckedIn(true)}
          onResume={
            ended
              ? () => {
                  setEnded(false);
                  actions.goTo(st.i);
                  // Focus on the set's button, not lost with the check-in (phone review: it went to the page).
                  focusLater('.player-main');
                }
              : undefined
          }
        />
      ) : !checked ? (
        <PainCheck
          parts={parts}
          plan={plan}
          session={planned}
          runner={runner}
          title={(id) => drillTitles[id] ?? id}
          onGo={(s, a) => {
            setAnswer(a);
            setChecked(s);
          }}
          onSkip={(a) => {
            setAnswer(a);
            setStopped(true);
            actions.end();
          }}
        />
      ) : (
        <>
          <StepView
            steps={steps}
            i={st.i}
            t={st.t}
            beat={st.beat}
            lead={st.lead}
            call={call}
            done={st.done}
            drill={session.drills[step.drillIndex]}
            how={howFor(session.drills[step.drillIndex])}
            title={title(step)}
            drillCount={session.drills.length}
            cueLabels={cueLabels}
          >
            <button
              type="button"
              class="primary player-main"
              onClick={() => {
                unlockAudio(); // a tap: browsers allow sound from here on
                primary.act();
              }}
            >
              {primary.label}
            </button>
            {/* A timed or paced set can end before its count (phone review: only Pause while it ran); it counts as done.
                Under the main button, not in the drill buttons' row, whose buttons it moved under a thumb. */}
            {step.kind === 'work' && st.run !== 'ready' && (
              <button type="button" class="player-end-set" onClick={actions.complete}>
                End this set now
              </button>
            )}
            {/* Under "Skip rest", as "End this set now" under a set (phone review: in the drill buttons' row it sat
                beside "Previous drill" and left "Next drill" alone on a taller row). */}
            {step.kind === 'rest' && st.run !== 'ready' && (
              <button
                type="button"
                class="player-end-set"
                onClick={st.run === 'paused' ? actions.resume : actions.pause}
              >
                {st.run === 'paused' ? 'Resume rest' : 'Pause rest'}
              </button>
            )}
          </StepView>
          <PlayerControls prev={prev} next={next} goTo={actions.goTo} onEnd={endNow} />
        </>
      )}
    </dialog>
  );
}
