// A Session as the ordered list of steps the session player walks through: one work step per set per side, weaker
// side first (the engine's firstSide, rule 5), and a rest after each round of sets. Pure: no DOM, no clock.
// Reads only the numeric dose fields of a PrescribedDrill (sets, reps, seconds, contacts, tempo, restSeconds).
import type { DrillId, PrescribedDrill, Session, Side, SideDose, Tempo } from '../../domain/index.ts';
import { roundPauseSeconds } from '../../domain/prescribe/session-length.ts';

/** 'both' = a double-leg (or not leg-by-leg) drill done once for both sides. */
export type StepSide = Side | 'both';

/**
 * How a set is paced: 'tempo' = the player calls up, hold and down; 'hold' = a timer runs for `seconds`;
 * 'reps' and 'contacts' = the runner counts and says when the set is done.
 */
export type WorkMode = 'tempo' | 'hold' | 'reps' | 'contacts';

export type WorkStep = {
  kind: 'work';
  /** Position of the drill in the session, from 0. */
  drillIndex: number;
  drill: DrillId;
  side: StepSide;
  /** This set's number on this side, from 1, and the sets this side does. */
  set: number;
  sets: number;
  mode: WorkMode;
  /** Reps per set, foot contacts per set, hold seconds per set, as prescribed (null when not used). */
  reps: number | null;
  contacts: number | null;
  seconds: number | null;
  tempo: Tempo | null;
  /** Seconds the set takes when the player paces it (tempo: reps x one rep's seconds; hold: seconds); null = runner-paced. */
  duration: number | null;
  /** For reps held one by one (the calf squeeze): this step is hold `n` of the set's `of` reps, timed for `seconds`;
   * the runner relaxes, then starts the next. null for every other set (one step per set). */
  rep: { n: number; of: number } | null;
};

export type RestStep = {
  kind: 'rest';
  drillIndex: number;
  drill: DrillId;
  /** Rest in seconds: the drill's restSeconds, less the other leg's set in one-leg rounds (C30, as the engine's
   * session length counts it). */
  duration: number;
  /** The drill's rest per leg as the plan prints it (seconds): the player says why its pause is shorter. */
  planned: number;
};

export type Step = WorkStep | RestStep;

/** Seconds one rep takes at this tempo (up + pause at the top + down). */
export const repSeconds = (t: Tempo) => t.up + t.pause + t.down;

function mode(d: SideDose, tempo: Tempo | null): WorkMode {
  if (d.seconds != null && d.seconds > 0) return 'hold';
  if (d.reps != null && tempo && repSeconds(tempo) > 0) return 'tempo';
  if (d.contacts != null) return 'contacts';
  return 'reps';
}

/** The sides in the order they work: the engine's first side, else the session's lead side (see sessionSteps), then
 * the other; one 'both' when not single-leg. */
export function sideOrder(p: PrescribedDrill, lead: Side = 'left'): StepSide[] {
  if (p.stance !== 'single') return ['both'];
  const first: Side = p.firstSide ?? lead;
  return [first, first === 'left' ? 'right' : 'left'];
}

const doseFor = (p: PrescribedDrill, side: StepSide): SideDose =>
  side === 'both' ? (p.left.sets > 0 ? p.left : p.right) : p[side];

export function workStep(p: PrescribedDrill, drillIndex: number, side: StepSide, set: number): WorkStep {
  const d = doseFor(p, side);
  const m = mode(d, p.tempo);
  const duration =
    m === 'hold' ? d.seconds : m === 'tempo' && p.tempo && d.reps != null ? d.reps * repSeconds(p.tempo) : null;
  return {
    kind: 'work',
    drillIndex,
    drill: p.drill,
    side,
    set,
    sets: d.sets,
    mode: m,
    reps: d.reps,
    contacts: d.contacts,
    seconds: d.seconds,
    tempo: m === 'tempo' ? p.tempo : null,
    duration,
    rep: null,
  };
}

/** A set's steps: one, or one timed hold per rep when the drill's reps are held one by one (phone review: the calf
 * squeeze said "5 reps, at your pace" with no timer for its 10 s holds). */
function setSteps(p: PrescribedDrill, drillIndex: number, side: StepSide, set: number): WorkStep[] {
  const w = workStep(p, drillIndex, side, set);
  const [hold, reps] = [p.repHoldSeconds, w.reps];
  if (!hold || reps == null || reps < 1) return [w];
  return Array.from({ length: reps }, (_, k) => ({
    ...w,
    mode: 'hold' as const,
    seconds: hold,
    duration: hold,
    rep: { n: k + 1, of: reps },
  }));
}

/**
 * A drill's steps in rounds: round r holds set r+1 of every side that has that many sets (an extra set for the
 * weaker side alone makes a one-side round). The rest follows each round but the last: with legs alternating,
 * each leg's own set-to-set rest is the other leg's set plus this pause, about restSeconds in all (C30).
 */
export function drillSteps(p: PrescribedDrill, drillIndex: number, lead: Side = 'left'): Step[] {
  const sides = sideOrder(p, lead);
  const rounds = Math.max(0, ...sides.map((s) => doseFor(p, s).sets));
  const steps: Step[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const side of sides) {
      if (doseFor(p, side).sets > r) steps.push(...setSteps(p, drillIndex, side, r + 1));
    }
    if (r < rounds - 1 && p.restSeconds != null && p.restSeconds > 0) {
      steps.push({ kind: 'rest', drillIndex, drill: p.drill, duration: roundPauseSeconds(p), planned: p.restSeconds });
    }
  }
  return steps;
}

/** Every step of the session, drill by drill, in the engine's drill order. Drills the engine gives no first side
 * (rolling, knee-to-wall) start on the session's weaker side too, so the runner starts every drill on the same leg
 * (phone review: the plan said "your weaker right leg goes first" and the rolling then showed "Left leg first"). */
export function sessionSteps(s: Session): Step[] {
  const lead = s.drills.find((p) => p.firstSide)?.firstSide ?? 'left';
  return s.drills.flatMap((p, i) => drillSteps(p, i, lead));
}

/** Index of the first step of a drill, or -1 when the drill has no steps (0 sets on both sides). */
export const firstStepOf = (steps: readonly Step[], drillIndex: number) =>
  steps.findIndex((s) => s.drillIndex === drillIndex);

/** Whether a work step ends its set: every step but the first holds of a set held rep by rep. */
export const endsSet = (s: WorkStep) => s.rep == null || s.rep.n === s.rep.of;

/** The check-in's first answer, from the sets ticked (phone review: after every set of a session the runner still had
 * to say "done"): all of them done, some partly, none nothing chosen. The runner can change it. */
export function suggestedStatus(steps: readonly Step[], done: readonly number[]): 'done' | 'partly' | '' {
  const work = steps.filter((s) => s.kind === 'work').length;
  return done.length === 0 ? '' : done.length >= work ? 'done' : 'partly';
}
