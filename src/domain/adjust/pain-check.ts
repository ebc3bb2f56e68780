// The pain check before a session starts (rule 7, C35, C23, C50): the runner scores pain right now (0-10) and ticks
// where it is; the session goes ahead, goes ahead lighter, or stops with a Referral. It reads pain the way the test day
// did (the same screening), so a session day cannot be more lenient than the form (phone review: Start went straight
// into drill 1, with the pain rule in a closed fold far down the page).
import type { Baseline } from '../model/baseline.ts';
import type { DrillId } from '../model/drill-catalog.ts';
import type { CutKind } from '../model/phrases.ts';
import type { Plan, PrescribedDrill, Referral, Session } from '../model/plan-types.ts';
import { type PainLocation, RED_FLAG_IDS, type RedFlagId } from '../model/vocabulary.ts';
import { cutKinds, isHold, painTodayDrills } from '../prescribe/session-rules.ts';
import { NO_LOADING_ABOVE } from '../screen/pain-today.ts';
import { screen } from '../screen/screen.ts';

/** Rule 7: pain right now up to this (0-10) is the safe band; above it, up to NO_LOADING_ABOVE, acceptable (C35). */
const SAFE_UP_TO = 3;
const NO_FLAGS = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])) as Record<RedFlagId, boolean>;

export type PainCheckAnswer = { painNow: number; painLocations: readonly PainLocation[] };

export type PainCheck =
  /** Pain over 0 with no place ticked: asked, not guessed (as the form asks, C50). */
  | { kind: 'needs-place' }
  | { kind: 'go'; pain: number }
  /** C35: one set fewer of each calf drill but rule 12's holds; drills new in this block left out ("nothing new").
   * `already`: the plan had cut this session for pain at the test (C35), so it is not cut twice. */
  | {
      kind: 'lighter';
      pain: number;
      session: Session;
      cut: CutKind[];
      /** New drills done as last time instead (the drill that stood in their place). */
      swapped: { from: DrillId; to: DrillId }[];
      /** New drills with nothing in their place last time: left for a day with pain at 3/10 or less. */
      leftOut: DrillId[];
      already: boolean;
      /** The session has rule 12's holds, which keep their sets. */
      holds: boolean;
    }
  /** Rule 7's "no loading today", or a warning sign (C23 shin pain at rest, C50 calf-muscle pain at rest). */
  | { kind: 'stop'; referral: Referral };

/** "Nothing new" (C35) for `session`: each drill no earlier session of its block has had gives way to the drill the
 * last session of the same kind had in its place (the floor raise a week brought to the step's edge), or is left out
 * (hops brought in this week). None in week 1, where everything is new and a block starts from what the runner already
 * does (C35 cuts the first session at the test instead). */
function nothingNew(plan: Plan, session: Session) {
  const week = plan.weeks.find((w) => w.sessions.includes(session));
  const earlier = plan.weeks.flatMap((w) => w.sessions).filter((s) => s.date < session.date);
  const seen = new Set(earlier.flatMap((s) => s.drills.map((d) => d.drill)));
  const last = earlier.filter((s) => s.kind === session.kind).at(-1);
  const here = new Set(session.drills.map((d) => d.drill));
  const swapped: { from: DrillId; to: DrillId }[] = [];
  const leftOut: DrillId[] = [];
  const drills: PrescribedDrill[] = [];
  for (const [i, d] of session.drills.entries()) {
    const before = last?.drills[i];
    if (!week || week.number === 1 || seen.has(d.drill)) drills.push(d);
    else if (before && !here.has(before.drill)) {
      swapped.push({ from: d.drill, to: before.drill });
      drills.push(before);
    } else leftOut.push(d.drill);
  }
  return { drills, swapped, leftOut };
}

/** The pain check's answer for `session` of `plan`. `history`: the runner's answers about past problems, which shape a
 * referral's "while you wait" advice (heel-bone Achilles pain, an old calf strain). */
export function painCheck(
  plan: Plan,
  session: Session,
  answer: PainCheckAnswer,
  history: Baseline['history'],
): PainCheck {
  const { painNow, painLocations } = answer;
  if (painNow > 0 && painLocations.length === 0) return { kind: 'needs-place' };
  const referral = screen({ redFlags: NO_FLAGS, painNow, painLocations: [...painLocations], history });
  if (referral) {
    // On a session day the way back is the next session's check, not a new baseline test.
    if (referral.reason === 'no-loading-today')
      return {
        kind: 'stop',
        referral: { ...referral, reEntry: { id: 'reentry.next-session', ruleIds: ['R7', 'R8'] } },
      };
    return { kind: 'stop', referral };
  }
  if (painNow <= SAFE_UP_TO || painNow > NO_LOADING_ABOVE) return { kind: 'go', pain: painNow };
  const already = session.notes.some((n) => n.id === 'session.pain-today');
  const { drills: kept, swapped, leftOut } = nothingNew(plan, session);
  const drills = already ? kept : painTodayDrills(kept);
  const lost = drills.filter((d, i) => d.left.sets < kept[i].left.sets || d.right.sets < kept[i].right.sets);
  return {
    kind: 'lighter',
    pain: painNow,
    session: { ...session, drills },
    cut: cutKinds(lost),
    swapped,
    leftOut,
    already,
    holds: drills.some(isHold),
  };
}
