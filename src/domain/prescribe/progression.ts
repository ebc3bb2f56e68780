// Week-to-week progression: ONE variable per week (rule 11), in the order of convention C7, never
// raising the load index by more than 10% (rule 11), and only every second session with one
// session a week (rule 9).

import { gapHolds, type Profile } from '../assess/profile.ts';
import type { NotNow } from '../model/phrases.ts';
import type { WeekChange } from '../model/plan-types.ts';
import { apply, applyRaw, type Candidate, fits, mapReps, sameSession, withinTenPercent } from './candidates.ts';
import { amount, holdsOff, repsHoldsOff, reserveEnds, reserveWhy, roomNote, WHY } from './change-reasons.ts';
import { HEEL_RAISE, STRONG_RUNGS } from './dose-parts.ts';
import { type State, startReps } from './dose-state.ts';
import { SEATED_RM } from './raise-drills.ts';
import { LOWER_ON_ONE, noChange } from './reps-ceiling.ts';
import { type BlockRungs, ladderOf, roomFor, rungWhy } from './rungs.ts';

export { ladderOf };

export type Step = { state: State; change: WeekChange };

/** Candidate variables per week, first applicable wins (C7). */
export const ORDER: Record<2 | 3 | 4, Candidate[]> = {
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
    seated: { rung: SEATED_RM, steps: 0 },
    strides: 'none',
    hopCut: false,
    lowerOnOne: false,
    cap: null,
    reps: { straight: startReps(p.straight), bent: startReps(p.bent), seated: { left: 15, right: 15 } },
    // #12 dosing: the plantar heel raise starts at Rathleff's 12RM (C38), a strong runner's raise at 15RM (C34).
    rung: p.plantar ? HEEL_RAISE.first : p.strong ? STRONG_RUNGS[0] : null,
    // C33: every weight is new in a first block.
    reserve: { seated: true, standing: true },
  };
}

/** C38 (#12 dosing): with plantar heel pain, week 3 is Rathleff's 10RM step, so hops (if open) begin in week 4. */
function orderFor(p: Profile, w: 2 | 3 | 4): Candidate[] {
  const order =
    !p.plantar || w === 2
      ? ORDER[w]
      : w === 3
        ? (['load', ...ORDER[3].filter((v) => v !== 'load')] as Candidate[])
        : (['plyometric', ...ORDER[4]] as Candidate[]);
  // Rule 12: a tendon that hurts 3-5/10 now gets holds, not hops, in a first block as in a later one (C41's nextOrder;
  // physio read of the edges: the first block used to bring hops in from week 3).
  return p.tendonPainNow ? order.filter((v) => v !== 'plyometric' && v !== 'single-leg') : order;
}

/** Rule 9: with one session a week the dose steps up only every second session, so weeks 2 and 4 repeat. A later
 * block whose week 1 kept the dose the block before ended on (a retest with no gain) has already repeated it: its weeks
 * 2 and 4 step up and week 3 repeats (physio read: sessions 4, 5 and 6 were the same dose, a step every fourth). */
export const holdsForRule9 = (sessionsPerWeek: number, week: number, startChanged = true) =>
  sessionsPerWeek === 1 && week % 2 === (startChanged ? 0 : 1);

/** Which variables a week may change, first applicable wins. */
export type Order = (p: Profile, week: 2 | 3 | 4) => Candidate[];

/** C30 (third physio read, finding 1): in a later block, hops the gates allow may take the strides' time (they move to
 * the end of an easy run, C16), then the raises' 2 s pause, when the session has no other room: otherwise a full
 * session kept the hops out block after block. Neither makes the calf work harder, so the week still adds one thing. */
export function roomForHops(v: Candidate, n: State): State[] {
  if (v !== 'plyometric' && v !== 'single-leg') return [n];
  // Strides go first (C16 advises them after an easy run anyway), the pause last (physio read of this change).
  const run = n.strides === 'session' ? [{ ...n, strides: 'run' as const }] : [];
  const slow = n.tempo === 'pause' ? [n, ...run].map((x) => ({ ...x, tempo: 'slow' as const })) : [];
  return [n, ...run, ...slow];
}

/** C13: a once-strained calf, not cleared, that hurts now or is the weaker side keeps week 1's dose, in a first block
 * or a later one, until checked. */
export const heldStrain = (p: Profile): WeekChange => ({
  variable: null,
  amount: null,
  reason: { id: 'change.held-strain', hurts: p.strainHurts },
  ruleIds: p.strainHurts ? ['C13', 'C50'] : ['C13', 'R5'],
});

/** C54: weeks 3 and 4 wait for a wide gap's check; `seen`, a clinician looked at it after the last test. */
const heldGap = (p: Profile): WeekChange => ({
  variable: null,
  amount: null,
  reason: { id: 'change.held-gap', ...(p.gapSeen ? { seen: true as const } : {}) },
  ruleIds: ['C54', 'R5'],
});

/** The four weekly states of a first block. Week 1 is the start; weeks 2-4 each change at most one variable. */
export function progress(p: Profile, sessionsPerWeek: number): Step[] {
  const start: Step = {
    state: initialState(p),
    change: { variable: null, amount: null, reason: { id: 'change.start' }, ruleIds: ['C2', 'R11'] },
  };
  // C22 (physio read): hopping that hurts over 5/10 may be a bone stress injury, so until a clinician has checked it
  // the four weeks keep week 1's floor-level dose, as a retest with hopping pain holds a block (C45).
  // C13 (two physiotherapist's reads): a once-strained calf that hurts now was asked to have a check "this week", but
  // nothing waited for it: week 2 lowered the heel below a step. It keeps week 1's dose too.
  // C53 (physiotherapist's read): hopping that hurt the calf muscle 4/10 still brought drops below a step in week 2,
  // while a once-strained calf aching 2/10 was held: a strain that may not have healed holds too, until the retest.
  // C13 (physiotherapist's read): a strain not yet cleared on the weaker side was checked "before your retest" while
  // week 2 already lowered that side below a step: it holds too, until checked.
  if (p.hopPainHigh || p.strainHold || p.calfHopHold) {
    const held: Step = {
      state: start.state,
      change: p.hopPainHigh
        ? { variable: null, amount: null, reason: { id: 'change.held-hop', first: true }, ruleIds: ['C22', 'R13'] }
        : p.strainHold
          ? heldStrain(p)
          : { variable: null, amount: null, reason: { id: 'change.held-hop', calf: true }, ruleIds: ['C53', 'R13'] },
    };
    return [start, held, held, held];
  }
  return progressFrom(p, sessionsPerWeek, start, orderFor);
}

/** C36 (#12 dosing): hops or single-leg hops begin this week, so strides (another new Achilles load) wait. */
export const newHops = (c: WeekChange) => c.reason.id === 'change.plyometric' || c.reason.id === 'change.single-leg';

/** Weeks 2-4 from a given week 1 (a first block's start, or a later block's, C41). */
export function progressFrom(
  p: Profile,
  sessionsPerWeek: number,
  start: Step,
  order: Order,
  room: (v: Candidate, n: State) => State[] = (_, n) => [n],
  /** A later block's week 1 changed the dose from where the block before ended (rule 9's count of sessions). */
  startChanged = true,
): Step[] {
  const steps: Step[] = [start];
  const block: BlockRungs = { rung: start.state.rung, seated: start.state.seated.rung };
  for (const w of [2, 3, 4] as const) {
    const prev = steps[steps.length - 1].state;
    // C54 (two physiotherapist's reads): a wide gap between the calves, not yet checked, was asked about "before your
    // retest" while week 3 loaded more. Weeks 3 and 4 keep week 2's dose until a clinician has looked at it.
    if (w >= 3 && gapHolds(p)) {
      steps.push({ state: prev, change: heldGap(p) });
      continue;
    }
    if (holdsForRule9(sessionsPerWeek, w, startChanged)) {
      steps.push({
        state: prev,
        change: { variable: null, amount: null, reason: { id: 'change.held' }, ruleIds: ['R9'] },
      });
      continue;
    }
    let step: Step | null = null;
    for (const v of order(p, w)) {
      // A rung that does not fit (4 sets where 3 were) leaves the week's load change to the 2-10% steps (C41).
      const tries = v === 'load' ? [block, { ...block, rung: null }] : [block];
      const ok = (n: State | null): n is State => n !== null && withinTenPercent(p, prev, n) && fits(p, n);
      const next = tries
        .map((r) => apply(v, p, prev, r))
        .flatMap((n) =>
          n && n.rung === prev.rung && n.seated.rung === prev.seated.rung ? room(v, n) : n ? roomFor(n) : [],
        )
        .find(ok);
      if (next) {
        const rung = prev.rung !== next.rung || prev.seated.rung !== next.seated.rung;
        if (v === 'lower-on-one') {
          step = { state: next, change: LOWER_ON_ONE };
          break;
        }
        const variable = v === 'rung' ? 'load' : v;
        const fromReserve = variable === 'load' && reserveEnds(prev, next);
        const off = variable === 'reps' && p.straight.stance === 'double' && holdsOff(p, prev, next);
        const why = fromReserve
          ? reserveWhy(p)
          : rung
            ? rungWhy(p, prev, next)
            : off
              ? repsHoldsOff(p)
              : WHY[variable](p);
        step = {
          state: next,
          change: { variable, amount: amount(variable, prev, next), ...roomNote(why, prev, next) },
        };
        break;
      }
    }
    // C30: one more rep would not fit the session's 35 minutes.
    const full = !fits(p, { ...prev, reps: mapReps(prev, (r) => r + 1) });
    // Physio read: week 2 can only change range or tempo, and "every next step would raise your load by more than 10%"
    // was untrue when neither suited the drills (a heel-bone Achilles keeps to floor level; the heel raise has its pause).
    const rangeOrPause = order(p, w).every((v) => v === 'range' || v === 'tempo') ? notNow(p, prev) : null;
    steps.push(step ?? { state: prev, change: noChange(p, prev, full, rangeOrPause) });
  }
  return withStrides(p, steps, holdsForRule9(sessionsPerWeek, 4, startChanged) || gapHolds(p));
}

/** Why neither range nor a pause could be week 2's step, each in its own words (physio read: "the notes on your plan
 * say why" pointed at notes a plan did not have). The checks are apply()'s and the week's, in their order. */
function notNow(p: Profile, s: State): NotNow {
  const why = (n: State | null) =>
    n && sameSession(p, s, n)
      ? p.tendonPainNow
        ? 'holds'
        : 'no-raise'
      : n && !fits(p, n) && withinTenPercent(p, s, n)
        ? 'time'
        : ('load' as const);
  const range = applyRaw('range', p, s, null);
  const pause = applyRaw('tempo', p, s, null);
  return {
    range: range
      ? why(range)
      : p.young
        ? 'young'
        : p.stepWaits
          ? 'strain'
          : !p.has.step
            ? 'no-step'
            : p.insertional
              ? 'heel-bone'
              : s.range !== 'floor'
                ? 'done'
                : 'two-legs',
    pause: pause ? why(pause) : 'done',
  };
}

/** C16, C36, C30: strides begin in week 4 when the running check allows, no new hops begin that week and rule 9 does
 * not hold it: in the session if it is on a run day and still fits, else after an easy run; once begun they stay (and
 * carry on, C41). */
function withStrides(p: Profile, steps: Step[], held: boolean): Step[] {
  const last = steps[3];
  if (last.state.strides !== 'none' || held || p.gates.running.status !== 'open' || newHops(last.change)) return steps;
  const more = { ...last.state, strides: 'session' as const };
  // A full session (C30) no longer keeps them out block after block (third physio read, finding 1): they begin at the
  // end of an easy run, where C16 advises them anyway.
  const run = { ...last.state, strides: 'run' as const };
  return [...steps.slice(0, 3), { ...last, state: p.stridesInSession && fits(p, more) ? more : run }];
}
