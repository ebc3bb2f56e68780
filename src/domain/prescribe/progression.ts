// Week-to-week progression: ONE variable per week (rule 11), in the order of convention C7, never
// raising the load index by more than 10% (rule 11), and only every second session with one
// session a week (rule 9).

import type { Profile } from '../assess/profile.ts';
import type { ChangedVariable, PerSide } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import { loadedSession, type State, startReps } from './dosing.ts';

/** Rule 11: week-to-week load increase at most 10%. */
export const MAX_WEEKLY_RISE = 1.1;
const EPS = 1e-9;

export type Step = { state: State; variable: ChangedVariable | null; text: string; ruleIds: RuleId[] };

/** Candidate variables per week, first applicable wins (C7). */
export const ORDER: Record<2 | 3 | 4, ChangedVariable[]> = {
  2: ['range', 'tempo'],
  3: ['plyometric', 'reps', 'load', 'tempo', 'range'],
  4: ['single-leg', 'load', 'reps', 'tempo', 'range'],
};

export function initialState(p: Profile): State {
  return {
    range: 'floor',
    tempo: 'slow',
    loadSteps: 0,
    plyo: 'none',
    reps: { straight: startReps(p.straight), bent: startReps(p.bent), seated: { left: 15, right: 15 } },
  };
}

/** The seated raise keeps 15 reps: its weight is chosen as a 15RM (C2, R11's first rung), so it steps up by load only. */
const mapReps = (s: State, f: (r: number) => number): State['reps'] => {
  const m = (v: PerSide<number>) => ({ left: f(v.left), right: f(v.right) });
  return { straight: m(s.reps.straight), bent: m(s.reps.bent), seated: s.reps.seated };
};

function index(p: Profile, s: State): PerSide<number> {
  return loadedSession(p, s, false).index;
}

/** Rule 11 guard: the per-leg load index of `to` is at most 10% above `from` (both sides). */
export function withinTenPercent(p: Profile, from: State, to: State): boolean {
  const a = index(p, from);
  const b = index(p, to);
  return b.left <= a.left * MAX_WEEKLY_RISE + EPS && b.right <= a.right * MAX_WEEKLY_RISE + EPS;
}

/** The next state if this variable can change now, else null. */
function apply(v: ChangedVariable, p: Profile, s: State): State | null {
  const anySingle = p.straight.stance === 'single' || p.bent.stance === 'single';
  switch (v) {
    case 'range':
      return p.has.step && !p.insertional && anySingle && s.range === 'floor' ? { ...s, range: 'step' } : null;
    case 'tempo':
      return s.tempo === 'slow' ? { ...s, tempo: 'pause' } : null;
    case 'plyometric':
      return p.gates.plyometrics.status === 'open' && s.plyo === 'none' ? { ...s, plyo: 'double' } : null;
    case 'single-leg':
      return p.gates.singleLegHops.status === 'open' && s.plyo === 'double' ? { ...s, plyo: 'single' } : null;
    case 'load':
      return (p.has.weights && anySingle) || p.has.seated ? { ...s, loadSteps: s.loadSteps + 1 } : null;
    case 'reps': {
      const plusOne = { ...s, reps: mapReps(s, (r) => r + 1) };
      if (withinTenPercent(p, s, plusOne)) return plusOne;
      const safe = { ...s, reps: mapReps(s, (r) => (r >= 10 ? r + 1 : r)) };
      return JSON.stringify(safe.reps) !== JSON.stringify(s.reps) ? safe : null;
    }
  }
}

const WHY: Record<ChangedVariable, (p: Profile) => { text: string; ruleIds: RuleId[] }> = {
  // The drop's rise goes on both feet, so the lift gets easier while the lowering goes deeper: only one thing gets harder.
  range: () => ({
    ruleIds: ['R11', 'C7'],
    text:
      'Range: your single-leg raises become heel drops off the edge of a step, so the heel lowers below step level. ' +
      'You rise on both feet and lower on one, so only the lowering, which now goes deeper, gets harder. Sets and reps stay the same.',
  }),
  tempo: (p) => ({
    ruleIds: ['R10', 'R11', 'C7'],
    text:
      'Tempo: each raise now has a 2-second hold at the top (3 s up, 2 s hold, 3 s down). Sets and reps stay the same.' +
      (p.has.step && !p.insertional && p.straight.stance === 'double' && p.bent.stance === 'double'
        ? ' Range off your step waits, because a drop lowers on one leg and your raises still start on both.'
        : ''),
  }),
  plyometric: () => ({
    text: 'Hops: your numbers pass the hop gate, so double-leg hops start at 30 landings a session. The strength work stays the same.',
    ruleIds: ['R13', 'R14', 'R11', 'C7'],
  }),
  'single-leg': () => ({
    text: 'Single-leg: after a week of double-leg hops, one hop set becomes single-leg hops; contacts per leg stay the same.',
    ruleIds: ['R13', 'R5', 'R11', 'C7'],
  }),
  load: (p) => {
    const standing = p.has.weights && (p.straight.stance === 'single' || p.bent.stance === 'single');
    const where = [
      standing
        ? `the standing single-leg raises${p.has.step && !p.insertional ? ' or drops' : ''} (backpack or dumbbells, 2-10% of body weight)`
        : '',
      p.has.seated ? 'the seated-raise weight (2-10% more)' : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return {
      text: `Load: add weight to ${where}, only if you managed 1-2 reps above target last week. Sets and reps stay the same.`,
      ruleIds: ['R11', 'C7'],
    };
  },
  reps: (p) => ({
    ruleIds: ['R11', 'C7'],
    text: `Reps: one more rep per set where that keeps the weekly load rise within 10%.${
      p.has.seated
        ? ' The seated raise stays at 15 reps: its weight is one you could lift about 15 times, so it gets heavier only in a load week.'
        : ''
    }`,
  }),
};

/** Rule 9: with one session a week the dose steps up only every second session, so weeks 2 and 4 repeat. */
export const holdsForRule9 = (sessionsPerWeek: number, week: number) => sessionsPerWeek === 1 && week % 2 === 0;

/** The four weekly states. Week 1 is the start; weeks 2-4 each change at most one variable. */
export function progress(p: Profile, sessionsPerWeek: number): Step[] {
  const steps: Step[] = [
    {
      state: initialState(p),
      variable: null,
      text: 'Starting point: the dose comes from your own test counts, leg by leg.',
      ruleIds: ['C2', 'R11'],
    },
  ];
  for (const w of [2, 3, 4] as const) {
    const prev = steps[steps.length - 1].state;
    if (holdsForRule9(sessionsPerWeek, w)) {
      steps.push({
        state: prev,
        variable: null,
        ruleIds: ['R9'],
        text: 'No change: with one session a week, the dose steps up only every second session.',
      });
      continue;
    }
    let step: Step | null = null;
    for (const v of ORDER[w]) {
      const next = apply(v, p, prev);
      if (next && withinTenPercent(p, prev, next)) {
        step = { state: next, variable: v, ...WHY[v](p) };
        break;
      }
    }
    steps.push(
      step ?? {
        state: prev,
        variable: null,
        ruleIds: ['R11', 'C7'],
        text: 'No change: every next step would either raise your weekly load by more than 10% or needs kit or a gate you do not have yet. Repeat last week and let the 24-hour rule guide you.',
      },
    );
  }
  return steps;
}
