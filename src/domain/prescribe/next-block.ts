// C41: a block after the first starts from the dose the last block reached (its last step as the log allowed), not
// from the beginning. The retest re-checks everything that depends on the test: the gates (rule 13), the stance of
// each knee position (C3) and the reps (C2), which rise at most 10% over the dose reached (rule 11). Weeks 2-4 then
// go on changing one variable a week, climbing the heavy-slow ladder one rung a block (rule 11, C34, C38).
import { HOP_GATE } from '../assess/gates.ts';
import { type Profile, STRONG_FROM_REPS } from '../assess/profile.ts';
import type { Candidate } from './candidates.ts';
import type { Carry } from './carry.ts';
import type { State } from './dose-state.ts';
import { loadedSession } from './dosing.ts';
import { afresh, resume } from './next-block-start.ts';
import { heldStrain, type Order, progressFrom, roomForHops, type Step } from './progression.ts';
import { rungsAtStart } from './rungs.ts';

/**
 * The retest's profile, read against the block before (C41): the move to the weighted ladder (C34's 30 raises a side)
 * waits until two tests in a row reach it, because one test can be about 6 raises off (rule 4).
 */
export function laterProfile(p: Profile, carry: Carry, hopPain: number): Profile {
  const before = carry.profile.straight.counts;
  const confirmed = carry.profile.strong || Math.min(before.left, before.right) >= STRONG_FROM_REPS;
  const q = {
    ...p,
    strong: p.strong && confirmed,
    later: true,
    held: carry.endedInPain || carry.dropped || carry.painRose,
    gapSeen: carry.profile.gapChecked && p.gap?.ask === true && carry.profile.gap?.side === p.gap.side,
  };
  // C45 (physio review): hopping pain over rule 13's 2/10 at a retest holds the block: no new drill either, so a knee
  // position that trained on both legs stays there, and no weight ladder or heel raise begins. C43's block held after
  // pain holds the same way (review: it moved a runner onto one leg while saying it kept the dose).
  const was = carry.profile;
  const keep = (k: 'straight' | 'bent') =>
    was[k].stance === 'double' && q[k].stance === 'single' ? { ...q[k], stance: 'double' as const } : q[k];
  const nothingNew = {
    straight: keep('straight'),
    bent: keep('bent'),
    strong: q.strong && was.strong,
    plantar: q.plantar && was.plantar,
  };
  if (hopPain <= HOP_GATE.maxHopPain)
    return carry.endedInPain || carry.painRose || carry.stepped ? { ...q, ...nothingNew } : q;
  return { ...q, hopHold: true, hopPainAgain: was.hopPainOverGate, ...nothingNew };
}

/** C41: a later block's weeks 2-4. More load before more reps, and hops in the same weeks as in a first block (C8).
 * C47's lowering on one leg comes before reps: raises on both legs at the ceiling otherwise waited while the other
 * knee position kept gaining reps (fourth physio read).
 * A heavy-slow rung comes before a tempo change (physio review, #14): the 2 s pause would take the time its extra set
 * needs, and the ladder is the block's main step. */
const NEXT_ORDER: Record<2 | 3 | 4, Candidate[]> = {
  2: ['range', 'rung', 'tempo', 'load', 'lower-on-one', 'reps'],
  3: ['plyometric', 'single-leg', 'rung', 'load', 'lower-on-one', 'reps', 'tempo', 'range'],
  4: ['single-leg', 'plyometric', 'rung', 'load', 'lower-on-one', 'reps', 'tempo', 'range'],
};
// Tendon pain now (3-5/10, rule 12): no hops come in; they wait for a retest without it (C41).
const nextOrder: Order = (p, w) =>
  p.tendonPainNow ? NEXT_ORDER[w].filter((v) => v !== 'plyometric' && v !== 'single-leg') : NEXT_ORDER[w];

/** Week 1 after a retest that did not fall, and what became of the last block's strides (C16, C41, C30). */
function resumed(p: Profile, carry: Carry): Step {
  const state = resume(p, carry);
  const had = carry.state.strides;
  const now = state.strides;
  const strides =
    had === 'none'
      ? null
      : now === 'none'
        ? ('gate' as const)
        : now === 'session'
          ? ('kept' as const)
          : ('run' as const);
  // Physiotherapist's read: hops the last block did left without a word when the retest closed their checks, while
  // strides said so. 'single': the single-leg hops stop, the double-leg ones go on.
  const PLYO = ['none', 'double', 'single'] as const;
  const hopsOff = PLYO.indexOf(state.plyo) < PLYO.indexOf(carry.state.plyo);
  const hops = hopsOff ? { hops: state.plyo === 'none' ? ('stop' as const) : ('single' as const) } : {};
  const ruleIds: Step['change']['ruleIds'] = [
    'C41',
    'R4',
    'R11',
    ...(strides === 'gate' ? (['R15'] as const) : []),
    ...(hopsOff ? (['R13'] as const) : []),
  ];
  // C45, C43 and rule 8's repeat keep the reps reached as they were, so the sentence must not say they follow the new
  // counts.
  const kept = p.hopHold
    ? 'hops'
    : carry.endedInPain
      ? 'pain'
      : carry.painRose
        ? 'rose'
        : carry.stepped
          ? 'stepped'
          : carry.repeat
            ? 'repeat'
            : null;
  // Physiotherapist's read (age 68, block 2): raises moved from both legs to one at fewer reps, unsaid.
  const was = carry.profile;
  // The bent knee's work is the seated raise, one leg at a time, wherever there is a seat to load.
  const knees = p.has.seated ? (['straight'] as const) : (['straight', 'bent'] as const);
  const oneLeg = knees.some((k) => was[k].stance === 'double' && p[k].stance === 'single')
    ? { oneLeg: true as const }
    : {};
  const at = rungsAtStart(p, carry.state, state);
  const rungs = at.length ? { rungs: at } : {};
  // Physiotherapist's read (block 3, the weaker right caught up): its extra set came off and its sets took the raises
  // it did (right 4 x 9 became 3 x 12) beside a left at 3 x 10, unsaid (resume keeps the side's volume, rule 5).
  const extra = knees
    .map((k) => {
      const x = was[k].weaker;
      if (!x || !was[k].extraSet || was[k].stance !== 'single' || p[k].stance !== 'single') return null;
      if (p[k].extraSet && p[k].weaker === x) return null;
      // A raise dosed by its weight keeps its rung's reps (C34, C38): the set comes off and nothing takes its place
      // (physiotherapist's read: "its sets take more reps instead" above a right side at 3 x 15 from 4 x 15).
      if (k === 'straight' && state.rung !== null) return { side: x, more: false };
      const more = Math.min(state.reps[k][x], state.cap?.[x] ?? Number.POSITIVE_INFINITY) > carry.state.reps[k][x];
      return more ? { side: x, more } : null;
    })
    .find((x) => x !== null);
  const extraOff = extra ? { extraOff: extra.side, ...(extra.more ? { moreReps: true as const } : {}) } : {};
  const reason: Step['change']['reason'] = kept
    ? { id: 'change.resume', strides, kept, ...oneLeg, ...extraOff, ...hops, ...rungs, ...stepWords(carry) }
    : { id: 'change.resume', strides, ...oneLeg, ...extraOff, ...hops, ...rungs };
  const keptIds = {
    hops: ['C45'],
    pain: ['C43', 'R8'],
    rose: ['C56', 'R8', 'R7'],
    stepped: ['C43', 'R8'],
    repeat: ['R8'],
  } as const;
  return {
    state,
    change: {
      variable: null,
      amount: null,
      reason,
      ruleIds: [...ruleIds, ...(extra ? (['R5'] as const) : []), ...(kept ? keptIds[kept] : [])],
    },
  };
}

/** Plain data with its keys in one order, so two states built in different orders compare equal. */
const canon = (x: unknown): unknown =>
  Array.isArray(x)
    ? x.map(canon)
    : x !== null && typeof x === 'object'
      ? Object.fromEntries(
          Object.entries(x)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => [k, canon(v)]),
        )
      : x;
/** C43: what a next block after a step back says of it: a set the step back took off comes back (carried sets are only
 * C49's), and a last calf session that went badly counts with the next one (C49 across the retest). */
const stepWords = (carry: Carry) =>
  carry.stepped && !carry.endedInPain
    ? { ...(carry.setsOff > 0 ? { setBack: true as const } : {}), ...(carry.lastBad ? { twice: true as const } : {}) }
    : {};

/** Whether two states prescribe the same calf work (rule 9 counts a week 1 that kept the dose as a repeat). A difference
 * in anything but the dose only keeps the usual weeks 2 and 4 as the repeats. */
const sameDose = (was: Profile, a: State, p: Profile, b: State) =>
  JSON.stringify(canon(doseOf(was, a))) === JSON.stringify(canon(doseOf(p, b)));
/** The calf work a state prescribes, as the runner does it: only drills in the session (physiotherapist's read: the
 * reps of a bent-knee raise the seated raise stands in for, C31, made a week 1 "changed", so a once-a-week runner did
 * one dose three sessions in a row). */
const doseOf = (p: Profile, s: State) =>
  loadedSession(p, s).drills.map((d) => [d.drill, d.stance, d.left, d.right, d.tempo, d.load]);

/** C42: week 1 after a retest that fell, with a ladder its cap keeps under the rung said (rungsAtStart). */
function startAfresh(p: Profile, carry: Carry): Step {
  const state = afresh(p, carry);
  const at = rungsAtStart(p, null, state);
  // Second physiotherapist's read: heel drops off a step became raises on flat floor, unsaid.
  const floor = carry.state.range === 'step' ? { floor: true as const } : {};
  return {
    state,
    change: {
      variable: null,
      amount: null,
      reason: { id: 'change.start', fell: true, ...floor, ...(at.length ? { rungs: at } : {}) },
      ruleIds: ['C42', 'C2', 'R11'],
    },
  };
}

/** The four weekly states of a block after the first. */
export function nextBlockSteps(p: Profile, sessionsPerWeek: number, carry: Carry): Step[] {
  const start: Step = carry.dropped ? startAfresh(p, carry) : resumed(p, carry);
  if (!carry.endedInPain && !carry.dropped && !carry.painRose && !p.hopHold && !p.strainHold)
    return progressFrom(
      p,
      sessionsPerWeek,
      start,
      nextOrder,
      roomForHops,
      !sameDose(carry.profile, carry.state, p, start.state),
    );
  // C43 (a block that ended in pain), C42 (a retest that fell), C45 (hopping pain over 2/10 at the retest) and C13 (a
  // once-strained calf that hurts at the retest): hold the dose, nothing new, nothing more.
  const held: Step = {
    state: start.state,
    change: carry.dropped
      ? { variable: null, amount: null, reason: { id: 'change.held-drop' }, ruleIds: ['C42'] }
      : carry.endedInPain
        ? { variable: null, amount: null, reason: { id: 'change.held-pain' }, ruleIds: ['C43', 'R8'] }
        : carry.painRose
          ? { variable: null, amount: null, reason: { id: 'change.held-rose' }, ruleIds: ['C56', 'R8'] }
          : p.hopHold
            ? { variable: null, amount: null, reason: { id: 'change.held-hop' }, ruleIds: ['C45', 'R13'] }
            : heldStrain(p),
  };
  return [start, held, held, held];
}
