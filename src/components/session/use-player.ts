// The session player's state: which step, whether it runs, where in the step it is. Steps that the player paces
// (tempo sets, holds, rests) run on a timeline driven by the injected clock; the screen shows the time of the
// last timeline event, so what it says follows the clock exactly (and Playwright's fake clock drives it).
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browserClock, type Clock, type Position, runTimeline, type Timeline } from '../../lib/session/clock.ts';
import type { Step } from '../../lib/session/session-steps.ts';
import { hush, say, tone } from '../../lib/session/sound.ts';
import { type Call, callAt, secondsLeft, tempoCalls, timelineSeconds } from '../../lib/session/tempo.ts';
import { screenLock } from '../../lib/session/wake-lock.ts';

export type Run = 'ready' | 'running' | 'paused' | 'finished';
export type PlayerState = {
  i: number;
  run: Run;
  /** Seconds into the current step, as of the last timeline event. */
  t: number;
  /** Timeline events fired in this step (the visual beat). */
  beat: number;
  /** Indexes of the work steps finished (sets ticked). */
  done: number[];
  /** Seconds left of the count-in before a timed set (LEAD_IN); 0 outside it. */
  lead: number;
};

/** Seconds counted in, a beat each, before a timed set starts (phone review: the first rep began the instant Start was
 * tapped, before the runner stood on one leg at the wall). A Pushoff convention, as interval timers do. Not before
 * each of a few short holds, done in place with a relax between (the calf squeeze). */
export const LEAD_IN = 3;

const callsOf = (s: Step): Call[] =>
  s.kind === 'work' && s.mode === 'tempo' && s.tempo && s.reps != null ? tempoCalls(s.tempo, s.reps) : [];
/** Timed steps run on the timeline; runner-paced ones (reps, hops) wait for "Set done". */
export const isTimed = (s: Step) => s.kind === 'rest' || s.duration != null;

const WORDS = { up: 'up', hold: 'hold', down: 'down' } as const;

export function usePlayer(steps: readonly Step[], muted: boolean, clock: Clock = browserClock) {
  const [st, setSt] = useState<PlayerState>({ i: 0, run: 'ready', t: 0, beat: 0, done: [], lead: 0 });
  const [message, setMessage] = useState('');
  const timeline = useRef<Timeline | null>(null);
  const paused = useRef<Position | null>(null);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;
  const lock = useMemo(() => (typeof document === 'undefined' ? null : screenLock()), []);

  const stop = () => {
    const at = timeline.current?.stop() ?? null;
    timeline.current = null;
    hush();
    return at;
  };

  /** Sounds for the event at `t` seconds of step `s`: a call where one starts, else the beat; the last 3 s tick. */
  const sound = (s: Step, t: number, duration: number) => {
    const m = mutedRef.current;
    if (t >= duration) return tone('end', m);
    const call = callsOf(s).find((c) => c.at === t);
    if (call) {
      tone(call.phase, m);
      say(WORDS[call.phase], m);
    } else if (s.kind === 'work' && s.mode === 'tempo') tone('beat', m);
    else if (secondsLeft(duration, t) <= 3) tone('beat', m);
  };

  const finish = (i: number, done: number[]) => {
    const next = i + 1;
    const doneNow = steps[i].kind === 'work' ? [...done, i] : done;
    if (next >= steps.length) {
      setSt({ i, run: 'finished', t: 0, beat: 0, done: doneNow, lead: 0 });
      return;
    }
    if (steps[next].kind === 'rest') play(next, doneNow);
    else setSt({ i: next, run: 'ready', t: 0, beat: 0, done: doneNow, lead: 0 });
  };

  /** The count-in: a beat on each of LEAD_IN seconds, then the set from its start, or from `at` (a paused set). */
  function countIn(i: number, done: number[], at?: Position) {
    stop();
    setSt((p) => ({ ...p, i, run: 'running', ...(at ? {} : { t: 0, beat: 0 }), done, lead: LEAD_IN }));
    timeline.current = runTimeline(
      clock,
      (k) => (k <= LEAD_IN ? k * 1000 : null),
      (k) => {
        if (k === LEAD_IN) return;
        tone('beat', mutedRef.current);
        setSt((p) => ({ ...p, lead: LEAD_IN - k }));
      },
      () => {
        timeline.current = null;
        play(i, done, at);
      },
    );
  }
  /** Counts in before a set the runner starts or goes on with; a rest, or one of a few short holds done in place (the
   * calf squeeze, relaxing between), starts on the press. */
  const countsIn = (s: Step) => s.kind === 'work' && !s.rep;

  function play(i: number, done: number[], at?: Position) {
    stop();
    const s = steps[i];
    const duration = s.duration ?? 0;
    const times = timelineSeconds(duration, callsOf(s));
    setSt((p) => ({ i, run: 'running', t: at ? p.t : 0, beat: at ? p.beat : 0, done, lead: 0 }));
    timeline.current = runTimeline(
      clock,
      (k) => (k < times.length ? times[k] * 1000 : null),
      (_, ms) => {
        const t = ms / 1000;
        sound(s, t, duration);
        setSt((p) => ({ ...p, t, beat: p.beat + 1 }));
      },
      () => {
        timeline.current = null;
        finish(i, done);
      },
      at,
    );
  }

  const actions = {
    start: () => (countsIn(steps[st.i]) ? countIn(st.i, st.done) : play(st.i, st.done)),
    pause: () => {
      // Paused in the count-in: back where it was, Start (or Resume for a set already under way, its place kept).
      if (st.lead > 0) {
        stop();
        setSt((p) => ({ ...p, run: st.t > 0 ? 'paused' : 'ready', lead: 0 }));
        return;
      }
      paused.current = stop();
      setSt((p) => ({ ...p, run: 'paused' }));
    },
    // A set goes on after a count-in too: the runner has to get back in place (phone review of the count-in).
    resume: () =>
      countsIn(steps[st.i])
        ? countIn(st.i, st.done, paused.current ?? undefined)
        : play(st.i, st.done, paused.current ?? undefined),
    /** A runner-paced set is done, or a rest or set is cut short. */
    complete: () => {
      stop();
      finish(st.i, st.done);
    },
    goTo: (i: number) => {
      stop();
      if (steps[i].kind === 'rest') play(i, st.done);
      else setSt((p) => ({ ...p, i, run: 'ready', t: 0, beat: 0, lead: 0 }));
    },
    end: () => {
      stop();
      setSt((p) => ({ ...p, run: 'finished', lead: 0 }));
    },
  };

  // Layout effects run right after the render, not on the next frame: the lock follows the state at once.
  useLayoutEffect(() => {
    if (st.run === 'running') lock?.hold();
    else lock?.release();
  }, [st.run, lock]);
  useEffect(
    () => () => {
      stop();
      lock?.dispose();
    },
    [],
  );

  const step = steps[st.i];
  // No call before the set starts: the screen says Ready (or counts in), not Up.
  const call: Call | null = st.run === 'ready' || st.lead > 0 ? null : callAt(callsOf(step), st.t);
  return { st, step, call, message, setMessage, actions };
}
