// What a week's change says about itself, as data for explain/: why the variable changed (its reason and rules), and its
// value before and after (the page's chart, the session player). Split from progression.ts, which decides the change.

import type { Profile } from '../assess/profile.ts';
import type { ChangeAmount, ChangedVariable, Session, WeekChange } from '../model/plan-types.ts';
import { stopsShort } from '../model/stops-short.ts';
import { LOAD_STEP_PERCENT } from './dose-parts.ts';
import { type State, TEMPO } from './dose-state.ts';
import { loadedSession } from './dosing.ts';
import { FIRST_HOP_LANDINGS, SINGLE_LEG_CONTACTS } from './hop-drills.ts';
import { REPS_IN_RESERVE } from './session-rules.ts';

/** Why each variable changes, as data for explain/ (the drop's rise goes on both feet, so only the lowering gets
 * harder: one change). */
export const WHY: Record<ChangedVariable, (p: Profile) => Omit<WeekChange, 'variable' | 'amount'>> = {
  // Physiotherapist's read: a strong runner's drops are on the standing calf machine (raise-drills.ts), not a step.
  range: (p) => ({
    reason: { id: 'change.range', ...(p.strong && p.has.machine ? { machine: true as const } : {}) },
    ruleIds: ['R11', 'C7'],
  }),
  tempo: (p) => ({
    reason: {
      id: 'change.tempo',
      rangeWaits: p.has.step && !p.insertional && p.straight.stance === 'double' && p.bent.stance === 'double',
      seated: p.has.seated,
    },
    ruleIds: ['R10', 'R11', 'C7'],
  }),
  plyometric: () => ({
    reason: { id: 'change.plyometric', landings: FIRST_HOP_LANDINGS },
    ruleIds: ['R13', 'R14', 'R11', 'C7'],
  }),
  'single-leg': () => ({ reason: { id: 'change.single-leg' }, ruleIds: ['R13', 'R5', 'R11', 'C7'] }),
  load: (p) => ({
    reason: {
      id: 'change.load',
      // #12 dosing: a raise dosed by its rung (C34, C38) and the bent knee's seated raise (C31) take no body-weight step.
      standing:
        p.has.weights &&
        ((p.straight.stance === 'single' && !p.plantar && !p.strong && !p.tendonPainNow) ||
          (p.bent.stance === 'single' && !p.has.seated)),
      drops: p.has.step && !p.insertional,
      seated: p.has.seated,
      percent: { ...LOAD_STEP_PERCENT },
    },
    ruleIds: ['R11', 'C7'],
  }),
  reps: (p) => ({ reason: { id: 'change.reps', seated: p.has.seated }, ruleIds: ['R11', 'C7'] }),
};

/** C33: the load step that takes week 1's weights, which left reps in reserve, to their repetition maximum. */
export const reserveWhy = (p: Profile): Omit<WeekChange, 'variable' | 'amount'> => {
  const w = WHY.load(p);
  return w.reason.id === 'change.load'
    ? {
        reason: {
          ...w.reason,
          fromReserve: { ...REPS_IN_RESERVE },
          ...(!p.has.weights && !p.has.seated ? { kitless: true as const } : {}),
        },
        ruleIds: [...w.ruleIds, 'C33'],
      }
    : w;
};

/** C33: the step from `a` to `b` took weights from reps in reserve to their repetition maximum (only toFullWeight in
 * progression.ts changes the reserve within a block). */
export const reserveEnds = (a: State, b: State): boolean =>
  a.reserve.seated !== b.reserve.seated || a.reserve.standing !== b.reserve.standing;

/** The changed variable's value before and after, for the page's chart and the session player. */
export function amount(v: ChangedVariable, a: State, b: State): ChangeAmount {
  switch (v) {
    case 'range':
      return { variable: v, before: a.range, after: b.range };
    case 'tempo':
      return { variable: v, before: TEMPO[a.tempo], after: TEMPO[b.tempo] };
    case 'plyometric':
      return { variable: v, before: 0, after: FIRST_HOP_LANDINGS, unit: 'landings a session' };
    case 'single-leg':
      return { variable: v, before: 0, after: SINGLE_LEG_CONTACTS, unit: 'single-leg contacts per leg a session' };
    case 'load':
      if (reserveEnds(a, b)) return { variable: v, before: REPS_IN_RESERVE.max, after: 0, unit: 'reps in reserve' };
      return a.rung !== b.rung
        ? { variable: v, before: a.rung ?? 0, after: b.rung ?? 0, unit: 'repetition maximum' }
        : a.seated.rung !== b.seated.rung
          ? { variable: v, before: a.seated.rung, after: b.seated.rung, unit: 'repetition maximum' }
          : { variable: v, before: a.loadSteps, after: b.loadSteps, unit: 'load steps' };
    case 'reps':
      return { variable: v, before: a.reps, after: b.reps };
  }
}

/** The sentence and rules of a hop step that took the strides' time or the raises' pause (C30, C16). */
export function roomNote(why: Omit<WeekChange, 'variable' | 'amount'>, a: State, b: State): typeof why {
  const r = why.reason;
  const pause = a.tempo !== b.tempo;
  const strides = a.strides !== b.strides;
  if ((!pause && !strides) || (r.id !== 'change.plyometric' && r.id !== 'change.single-leg')) return why;
  const made = { ...(pause ? { pauseOff: true as const } : {}), ...(strides ? { stridesOff: true as const } : {}) };
  return { reason: { ...r, ...made }, ruleIds: [...why.ruleIds, 'C30', ...(strides ? (['C16'] as const) : [])] };
}

/** C32 (#14): the double-leg holds leave as the raises pass 3 x 16, in a reps week. */
const holdsIn = (p: Profile, s: State) => loadedSession(p, s).drills.some((d) => d.drill === 'isometric-hold-double');
export const holdsOff = (p: Profile, a: State, b: State) => holdsIn(p, a) && !holdsIn(p, b);
export const repsHoldsOff = (p: Profile): Omit<WeekChange, 'variable' | 'amount'> => ({
  reason: { id: 'change.reps', seated: p.has.seated, holdsOff: true },
  ruleIds: ['R11', 'C7', 'C32'],
});

/** C33's load week: whether a side's sets stop short of its weight's reps, which its words then name (physiotherapist's
 * read: "even on a side whose sets stop short" in a plan with no such side only confused). */
export function withShortSides(c: WeekChange, sessions: readonly Session[]): WeekChange {
  const r = c.reason;
  if (r.id !== 'change.load' || !r.fromReserve) return c;
  if (!sessions.some((s) => s.drills.some(stopsShort))) return c;
  return { ...c, reason: { ...r, fromReserve: { ...r.fromReserve, short: true } } };
}
