// One week's candidate change (rule 11: one variable a week) applied to a State, and the guards a change must pass:
// rule 11's 10% on the load index (C5) and C30's time cap. progression.ts chooses which candidate a week takes.

import type { Profile } from '../assess/profile.ts';
import type { ChangedVariable, PerSide } from '../model/plan-types.ts';
import { NO_RESERVE, REPS_CEILING, type State } from './dose-state.ts';
import { hasReserve, loadedSession, SESSION_CAP_MINUTES } from './dosing.ts';
import { doubleAtTop } from './reps-ceiling.ts';
import { type BlockRungs, nextRung, rungStep } from './rungs.ts';
import { sessionMinutes } from './session-length.ts';

/** Rule 11: week-to-week load increase at most 10%. */
export const MAX_WEEKLY_RISE = 1.1;
const EPS = 1e-9;

/** The seated raise keeps 15 reps: its weight is chosen as a 15RM (C2, R11's first rung), so it steps up by load only. */
export const mapReps = (s: State, f: (r: number) => number): State['reps'] => {
  const m = (v: PerSide<number>) => ({ left: f(v.left), right: f(v.right) });
  return { straight: m(s.reps.straight), bent: m(s.reps.bent), seated: s.reps.seated };
};

/** The session's load index per leg (C5). */
export function index(p: Profile, s: State): PerSide<number> {
  return loadedSession(p, s).index;
}

/** Rule 11 guard: the per-leg load index of `to` is at most 10% above `from` (both sides). */
export function withinTenPercent(p: Profile, from: State, to: State): boolean {
  const a = index(p, from);
  const b = index(p, to);
  return b.left <= a.left * MAX_WEEKLY_RISE + EPS && b.right <= a.right * MAX_WEEKLY_RISE + EPS;
}

/** #12 dosing: a step counts only if the session it gives differs from last week's (a raise dosed by its rung keeps its
 * reps, and a seated raise does the bent-knee work, so a reps or range step can change nothing). */
export const sameSession = (p: Profile, a: State, b: State) =>
  JSON.stringify(loadedSession(p, a).drills) === JSON.stringify(loadedSession(p, b).drills);

/** C30 (#12 dosing): a step is taken only if the session still fits its time cap, so a full session grows by load
 * (which takes no longer), not by more reps, a slower tempo or new drills. */
export function fits(p: Profile, s: State): boolean {
  return sessionMinutes(loadedSession(p, s).drills) <= SESSION_CAP_MINUTES.loaded;
}

/** A week's candidate change: a variable, or (later blocks, C41) 'rung': one rung down a heavy-slow ladder only, the
 * standing raise's first, else the seated raise's (rule 11's 3x15, 3x12, 4x10, 4x8, 4x6 RM). A rung is a load change. */
export type Candidate = ChangedVariable | 'rung' | 'lower-on-one';

/** C33: weights that still leave reps in reserve go to their repetition maximum before any other load change (a rung or
 * 2-10%): that is the week's one load change. Null when no weight has reserve left. */
const toFullWeight = (p: Profile, s: State): State | null => (hasReserve(p, s) ? { ...s, reserve: NO_RESERVE } : null);

/** The next state if this candidate can change now, else null. */
export function apply(v: Candidate, p: Profile, s: State, block: BlockRungs): State | null {
  // C33: a rung is a load change too, so weights still leaving reps in reserve go to their RM first (physiotherapist's
  // read: a new 12RM rung "from about 15 times" was written beside a weight still "14-15 times").
  const next =
    v === 'rung'
      ? (toFullWeight(p, s) ?? rungStep(p, s, block))
      : v === 'lower-on-one'
        ? !s.lowerOnOne && !p.tendonPainNow && doubleAtTop(p, s)
          ? { ...s, lowerOnOne: true }
          : null
        : applyRaw(v, p, s, block.rung);
  return next && !sameSession(p, s, next) ? next : null;
}

export function applyRaw(v: ChangedVariable, p: Profile, s: State, blockRung: number | null): State | null {
  const anySingle = p.straight.stance === 'single' || p.bent.stance === 'single';
  switch (v) {
    case 'range':
      return p.has.step && !p.insertional && anySingle && s.range === 'floor' ? { ...s, range: 'step' } : null;
    case 'tempo':
      return s.tempo === 'slow' ? { ...s, tempo: 'pause' } : null;
    case 'plyometric':
      return p.gates.plyometrics.status === 'open' && s.plyo === 'none'
        ? { ...s, plyo: 'double', hopCut: false }
        : null;
    case 'single-leg':
      return p.gates.singleLegHops.status === 'open' && s.plyo === 'double' ? { ...s, plyo: 'single' } : null;
    case 'load': {
      const full = toFullWeight(p, s);
      if (full) return full;
      // C34, C38: a weight-dosed raise climbs its ladder first; that rung is the week's one load change.
      const rung = nextRung(p, s, blockRung);
      if (rung !== null) return { ...s, rung };
      if (!((p.has.weights && anySingle) || p.has.seated)) return null;
      return {
        ...s,
        loadSteps: s.loadSteps + 1,
        seated: { ...s.seated, steps: s.seated.steps + (p.has.seated ? 1 : 0) },
      };
    }
    case 'reps': {
      // C47: never past the ceiling; a side already there keeps its reps while the other catches up.
      const up = (r: number) => Math.min(REPS_CEILING, r + 1);
      const plusOne = { ...s, reps: mapReps(s, up) };
      if (withinTenPercent(p, s, plusOne)) return plusOne;
      // #12 dosing: with the stronger side capped at the weaker side's volume (C37), low counts on the weaker side
      // may only grow one knee position at a time within 10%: the straight knee first, then the bent knee.
      const one = (slot: 'straight' | 'bent'): State => ({
        ...s,
        reps: { ...s.reps, [slot]: { left: up(s.reps[slot].left), right: up(s.reps[slot].right) } },
      });
      for (const x of [one('straight'), one('bent')])
        if (withinTenPercent(p, s, x) && fits(p, x) && !sameSession(p, s, x)) return x;
      const safe = { ...s, reps: mapReps(s, (r) => (r >= 10 ? up(r) : r)) };
      return JSON.stringify(safe.reps) !== JSON.stringify(s.reps) ? safe : null;
    }
  }
}
