// The pain check before a session starts (rule 7, C35, C23, C50, C51, rule 17): the runner scores pain right now (0-10),
// ticks where it is and whether it has got worse day on day; the session goes ahead, goes ahead changed, or stops with
// a Referral. It reads pain the way the test day did (the same screening) and changes the session the way the form
// would have planned it, so a session day is never more lenient than the form (physiotherapist's read of the first
// version: heel-bone pain still got drops below a step, tendon pain kept its hops, a 4-5 day kept a new weight).
import { tendonSoreNow } from '../assess/gates.ts';
import { type Baseline, NO_FLAGS } from '../model/baseline.ts';
import { DRILL_CATALOG, type DrillId } from '../model/drill-catalog.ts';
import type { CutKind } from '../model/phrases.ts';
import type { Plan, PrescribedDrill, Referral, Session } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import type { PainCheckAnswer } from '../model/session-log.ts';
import type { PainLocation } from '../model/vocabulary.ts';
import { SESSION_CAP_MINUTES } from '../prescribe/dosing.ts';
import { tendonHold, tendonHoldBoth } from '../prescribe/hold-drills.ts';
import { ankleMobility, cooldown } from '../prescribe/mobility-drills.ts';
import { sessionMinutes } from '../prescribe/session-length.ts';
import { cutKinds, heldOver, isHold, painTodayDrills } from '../prescribe/session-rules.ts';
import { NO_LOADING_ABOVE } from '../screen/pain-today.ts';
import { screen } from '../screen/screen.ts';
import { holdsBack } from './response.ts';

export type { PainCheckAnswer } from '../model/session-log.ts';

/** Rule 7: pain right now up to this (0-10) is the safe band; above it, up to NO_LOADING_ABOVE, acceptable (C35). */
const SAFE_UP_TO = 3;

/** Why a drill is left out or done as another today. */
export type LeftOutWhy = 'new' | 'below-step' | 'calf-muscle' | 'hops';
export type SessionChanges = {
  pain: number;
  /** Each raise and drop but rule 12's holds one set fewer (C35); `already`: the plan had cut it for the test's pain. */
  cut: CutKind[];
  already: boolean;
  holds: boolean;
  /** 4-5/10: each drill as last time, not this week's step (C35's "nothing new"). */
  asLastTime: boolean;
  swapped: { from: DrillId; to: DrillId; why: 'new' | 'below-step' | 'calf-muscle' | 'stretch' | 'tendon' }[];
  leftOut: { drill: DrillId; why: LeftOutWhy }[];
  /** Heel-bone pain today with a cooldown: its wall calf stretches are left out (rule 17). */
  cooldownStretches: boolean;
  /** The holds of rule 12 made the session longer than C30's 35 minutes, so `cut` made the room (not the pain band). */
  fit: boolean;
  /** A loaded or heel-raise session, whose change holds the next week back (C40); a short activation does not. */
  holdsBack: boolean;
  ruleIds: RuleId[];
};

export type PainCheck =
  /** Pain over 0 with no place ticked: asked, not guessed (as the form asks, C50). */
  | { kind: 'needs-place' }
  | { kind: 'go'; pain: number }
  /** 4-5/10 with nothing to change (no strength drill, or a session the plan already cut for the test's pain). */
  | { kind: 'gentle'; pain: number; already: boolean }
  | { kind: 'changed'; session: Session; changes: SessionChanges }
  /** Rule 7's "no loading today" (over 5, or worse day on day), or a warning sign (C23 shin, C50 calf muscle, C51 under the heel). */
  | { kind: 'stop'; referral: Referral };

const info = (d: PrescribedDrill) => DRILL_CATALOG[d.drill];

/** The session as last time: for each drill, its dose in the latest session of the same kind in an earlier week of this
 * block (an earlier session of this week already has the week's new step: physiotherapist's read, a Friday on 4-5/10
 * got the new 15RM); a drill not done then gives way to the one that stood in its place, or waits. None in the block's
 * first week, and not a session the plan cut for the test's pain (its sets would be cut twice). */
function asLastTime(plan: Plan, session: Session, out: SessionChanges): PrescribedDrill[] {
  const week = plan.weeks.find((w) => w.sessions.includes(session));
  const earlier = plan.weeks.filter((w) => week && w.number < week.number).flatMap((w) => w.sessions);
  const last = earlier
    .filter((s) => s.kind === session.kind && !s.notes.some((n) => n.id === 'session.pain-today'))
    .at(-1);
  if (!last) return session.drills;
  out.asLastTime = true;
  const here = new Set(session.drills.map((d) => d.drill));
  return session.drills.flatMap((d, i) => {
    const same = last.drills.find((x) => x.drill === d.drill);
    if (same) return [same];
    const before = last.drills[i];
    if (before && !here.has(before.drill)) {
      out.swapped.push({ from: d.drill, to: before.drill, why: 'new' });
      return [before];
    }
    out.leftOut.push({ drill: d.drill, why: 'new' });
    return [];
  });
}

/** No heel below a step today: a drop gives way to the floor raise done in its place last time, when there was one.
 * `why`: heel-bone pain (rule 17, which also changes the mobility: `more`), or calf-muscle pain at rest (C52: lowering
 * under load is what strains a sore calf muscle most; physiotherapist's read). */
function noDrops(
  plan: Plan,
  session: Session,
  drills: PrescribedDrill[],
  out: SessionChanges,
  why: 'below-step' | 'calf-muscle',
  more: (d: PrescribedDrill) => PrescribedDrill[] = (d) => [d],
): PrescribedDrill[] {
  const earlier = plan.weeks.flatMap((w) => w.sessions).filter((s) => s.date < session.date && s.kind === session.kind);
  const floor = earlier
    .flatMap((s) => s.drills)
    .filter((d) => info(d).kind === 'strength' && info(d).level === 'floor' && !isHold(d));
  return drills.flatMap((d) => {
    if (info(d).level !== 'step') return more(d);
    const stand = floor.findLast((x) => info(x).knee === info(d).knee && !drills.some((y) => y.drill === x.drill));
    if (stand) {
      out.swapped.push({ from: d.drill, to: stand.drill, why });
      return [stand];
    }
    out.leftOut.push({ drill: d.drill, why });
    return [];
  });
}

/** Rule 17 for heel-bone pain today: no heel below a step, no stretch into dorsiflexion. */
function floorLevel(plan: Plan, session: Session, drills: PrescribedDrill[], out: SessionChanges): PrescribedDrill[] {
  return noDrops(plan, session, drills, out, 'below-step', (d) => {
    // The warm-up and cooldown a plan made for heel-bone pain has (mobility-drills.ts), and the seated raise's note on it.
    if (d.drill === 'knee-to-wall') {
      out.swapped.push({ from: d.drill, to: 'plantarflexion-mobility', why: 'stretch' });
      return [ankleMobility({ insertional: true })];
    }
    if (d.drill === 'cooldown-mobility' && !d.notes.some((n) => n.id === 'drill.cooldown-insertional')) {
      out.cooldownStretches = true;
      return [cooldown({ insertional: true })];
    }
    if (d.drill === 'seated-soleus-raise' && !d.notes.some((n) => n.id === 'drill.seated-feet-flat'))
      return [{ ...d, notes: [...d.notes, { id: 'drill.seated-feet-flat', ruleIds: ['R17'] }] }];
    return [d];
  });
}

/** Rule 12 as the form reads it (C32): with the Achilles at 3-5 today, holds stand in for the straight-knee raise
 * (physiotherapist's reads: a session day with tendon pain kept its one-leg raise, which the form would not have
 * planned). A session that has holds already keeps them as they are. */
function tendonHolds(drills: PrescribedDrill[], out: SessionChanges): PrescribedDrill[] {
  const held = heldOver(drills);
  if (!held) return drills;
  const i = drills.indexOf(held);
  // A raise that already stood in for another today (last week's, for a drop new this block) is said once: the drop's
  // place goes to the hold.
  const before = out.swapped.findIndex((s) => s.to === drills[i].drill);
  const from = before < 0 ? drills[i].drill : out.swapped[before].from;
  if (before >= 0) out.swapped.splice(before, 1);
  const both = drills[i].stance === 'double';
  out.swapped.push({ from, to: both ? 'isometric-hold-double' : 'isometric-hold-single', why: 'tendon' });
  return drills.map((d, j) => (j === i ? (both ? tendonHoldBoth() : tendonHold(d.firstSide)) : d));
}

/** One set fewer of each raise and drop, holds keeping theirs (C35's cut), noting in `out` what it cut. */
function oneSetOff(drills: PrescribedDrill[], out: SessionChanges): PrescribedDrill[] {
  const cut = painTodayDrills(drills);
  out.cut = cutKinds(cut.filter((d, i) => d.left.sets < drills[i].left.sets || d.right.sets < drills[i].right.sets));
  return cut;
}

/** Rule 17 changed the session (heel-bone pain today). */
export const rule17 = (c: SessionChanges) =>
  c.cooldownStretches ||
  c.swapped.some((s) => s.why === 'below-step' || s.why === 'stretch') ||
  c.leftOut.some((l) => l.why === 'below-step');

/** Who answers the pain check: their past problems shape a referral's "while you wait" advice (heel-bone Achilles pain,
 * an old calf strain); their age is C24's (heel pain under 16 refers, as on the form, with a word to tell a parent). */
export type Runner = Pick<Baseline, 'history' | 'age'>;

/** The pain check's answer for `session` of `plan`, for `runner`. */
export function painCheck(plan: Plan, session: Session, answer: PainCheckAnswer, runner: Runner): PainCheck {
  const { painNow, painLocations, worsening } = answer;
  // Over 5 stops whatever the place (rule 7); below it the place decides (C50, C23), so it is asked.
  if (painNow > 0 && painNow <= NO_LOADING_ABOVE && painLocations.length === 0) return { kind: 'needs-place' };
  const redFlags = { ...NO_FLAGS, painWorsening: worsening };
  const referral = screen({
    redFlags,
    painNow,
    painLocations: [...painLocations],
    history: runner.history,
    age: runner.age,
  });
  if (referral) {
    // On a session day the way back is the next session's check, not a new baseline test.
    if (referral.reason === 'no-loading-today')
      return {
        kind: 'stop',
        referral: { ...referral, reEntry: { id: 'reentry.next-session', ruleIds: ['R7', 'R8'] } },
      };
    return { kind: 'stop', referral };
  }
  const at = (p: PainLocation) => painLocations.includes(p);
  const lighter = painNow > SAFE_UP_TO && painNow <= NO_LOADING_ABOVE;
  // Rule 12's band, in which the form starts no new Achilles load (C36): no hops or strides today either.
  const tendonSore = tendonSoreNow(painNow, painLocations);
  const out: SessionChanges = {
    pain: painNow,
    cut: [],
    already: session.notes.some((n) => n.id === 'session.pain-today'),
    holds: false,
    asLastTime: false,
    swapped: [],
    leftOut: [],
    cooldownStretches: false,
    fit: false,
    holdsBack: holdsBack(session.kind),
    ruleIds: [],
  };
  let drills = lighter ? asLastTime(plan, session, out) : session.drills;
  // C52: a calf muscle that hurts at rest today takes no heel below a step and no landings (second physiotherapist's
  // read: the drops gave way, while single-leg hops stayed).
  const calfSore = painNow > 0 && at('calf');
  if (painNow > 0 && at('achilles-insertion')) drills = floorLevel(plan, session, drills, out);
  else if (calfSore) drills = noDrops(plan, session, drills, out, 'calf-muscle');
  if (tendonSore) drills = tendonHolds(drills, out);
  // Hops and strides load the Achilles most: not on a 4-5 day, nor with the tendon in rule 12's band (C36).
  const hop = (id: DrillId) => DRILL_CATALOG[id].kind === 'plyometric' || DRILL_CATALOG[id].kind === 'running';
  if (lighter || tendonSore || calfSore) {
    // A hop new this block waits for the hops' reason, the one that still holds once it is no longer new.
    const why = lighter || tendonSore ? 'hops' : 'calf-muscle';
    out.leftOut = out.leftOut.map((l) => (hop(l.drill) ? { ...l, why } : l));
    drills = drills.filter((d) => {
      if (hop(d.drill)) out.leftOut.push({ drill: d.drill, why });
      return !hop(d.drill);
    });
  }
  if (lighter && !out.already) drills = oneSetOff(drills, out);
  // C30: rule 12's holds take longer than the raise they stand in for (a property run: up to 38 minutes at 3/10); past 35
  // minutes one set fewer of each raise and drop makes the room, as on a 4-5 day, and the holds keep theirs.
  const held = out.swapped.some((s) => s.why === 'tendon');
  if (held && out.cut.length === 0 && sessionMinutes(drills) > SESSION_CAP_MINUTES.loaded) {
    drills = oneSetOff(drills, out);
    out.fit = out.cut.length > 0;
  }
  out.holds = (lighter || out.fit) && drills.some(isHold);
  const changed = out.cut.length > 0 || out.swapped.length > 0 || out.leftOut.length > 0 || out.cooldownStretches;
  if (!changed)
    return lighter ? { kind: 'gentle', pain: painNow, already: out.already } : { kind: 'go', pain: painNow };
  out.ruleIds = [
    ...(lighter ? (['R7', 'C35'] as const) : []),
    ...(rule17(out) ? (['R17'] as const) : []),
    ...(out.swapped.some((s) => s.why === 'calf-muscle') || out.leftOut.some((l) => l.why === 'calf-muscle')
      ? (['C52'] as const)
      : []),
    ...(held ? (['R12', 'C32'] as const) : []),
    ...(out.fit ? (['C30'] as const) : []),
    ...(out.leftOut.some((l) => l.why === 'hops') ? (['R13', 'C36'] as const) : []),
    ...(out.holdsBack ? (['C40'] as const) : []),
  ];
  return { kind: 'changed', session: { ...session, drills }, changes: out };
}
