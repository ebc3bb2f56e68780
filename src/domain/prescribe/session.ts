// One dated session: its drills, the cues to watch, the readiness checks (rules 7, 8, 13, 15, 16) and
// notes such as "least bad day" (C6).

import type { Profile } from '../assess/profile.ts';
import { DRILL_CATALOG } from '../model/drill-catalog.ts';
import type { Clash, PhraseOf } from '../model/phrases.ts';
import type { Note, PrescribedDrill, ReadinessCheck, Session } from '../model/plan-types.ts';
import type { CueId, Weekday } from '../model/vocabulary.ts';
import { sessionMinutes } from './session-length.ts';
import { cutKinds, heldOver, isHold } from './session-rules.ts';

const check = (c: ReadinessCheck): ReadinessCheck => ({ ...c, ruleIds: [...c.ruleIds] });
const CHECKS = {
  painNow: { id: 'check.pain-now', ruleIds: ['R7'] },
  painDuring: { id: 'check.pain-during', ruleIds: ['R8'] },
  nextMorning: { id: 'check.next-morning', ruleIds: ['R8'] },
  tendon: { id: 'check.tendon', ruleIds: ['R7', 'R8'] },
  loadStep: { id: 'check.load-step', ruleIds: ['R11'] },
  walk: { id: 'check.walk', ruleIds: ['R15', 'C15'] },
} satisfies Record<string, ReadinessCheck>;

/** The hop-pain check (rule 13's 2/10). Single-leg hops must stay pain-free (C17), and hopping that hurts at all holds
 * back the same session's strides (rule 15's check, C15): each adds its clause and its rule id. */
function hopCheck(single: boolean, strides: boolean): ReadinessCheck {
  return {
    id: 'check.hop-pain',
    single,
    strides,
    ruleIds: ['R13', ...(single ? ['C17' as const] : []), ...(strides ? ['C15' as const] : [])],
  };
}

/** Rule 16's cramp advice; with heel-bone pain the gentle stretch gives way to rule 17 (no dorsiflexion stretch). */
export function crampAdvice(p: Profile): Note<PhraseOf<'cramp'>> {
  return { id: 'cramp', insertional: p.insertional, ruleIds: p.insertional ? ['R16', 'R17'] : ['R16'] };
}

/** The pain check before a guided session changes a session by where it hurts today (adjust/pain-check.ts); paper and
 * the calendar say the same (physiotherapist's read: a runner with only the printed plan dropped below a step with
 * heel-bone pain, and hopped with the Achilles at 4/10, both of which the app would have changed). */
function placeCheck(drills: PrescribedDrill[], young: boolean): ReadinessCheck | null {
  const info = (d: PrescribedDrill) => DRILL_CATALOG[d.drill];
  const step = drills.some((d) => info(d).level === 'step');
  const hops = drills.some((d) => info(d).kind === 'plyometric' || info(d).kind === 'running');
  // The drill rule 12's holds stand in for, on both legs where it is done on both (C3).
  const straight = heldOver(drills);
  const holds = straight !== undefined;
  // As the pain check's floorLevel: a cooldown already made for heel-bone pain has no such stretch to leave out.
  const stretch = drills.some(
    (d) =>
      d.drill === 'knee-to-wall' ||
      (d.drill === 'cooldown-mobility' && !d.notes.some((n) => n.id === 'drill.cooldown-insertional')),
  );
  if (!step && !hops && !holds && (!stretch || young)) return null;
  const ruleIds: ReadinessCheck['ruleIds'] = [
    ...(step || stretch ? (['R17'] as const) : []),
    ...(step || hops ? (['C52'] as const) : []),
    ...(holds ? (['R12', 'C32'] as const) : []),
    ...(hops ? (['C36'] as const) : []),
  ];
  return {
    id: 'check.pain-place',
    step,
    hops,
    holds,
    stretch,
    ...(straight?.stance === 'double' ? { holdsBoth: true as const } : {}),
    // Physiotherapist's read: "for the straight-knee raise" where the drill is the towel heel raise (C38).
    ...(straight && info(straight).level === 'step'
      ? { holdsFor: 'drop' as const }
      : straight?.drill === 'high-load-heel-raise'
        ? { holdsFor: 'heel-raise' as const }
        : {}),
    ...(young ? { young: true as const } : {}),
    ruleIds,
  };
}

/** The pain check before a session: its stops, and what a 4-5/10 day takes a set off. */
function painNowCheck(drills: PrescribedDrill[], painToday: boolean, young: boolean): ReadinessCheck {
  // Physiotherapist's reads: "one set off each raise and drop" stood in plans with no drop, and over short activation
  // days with no raise at all; on the session the plan already cut for the test's pain it read as a second cut. Only
  // Achilles pain can be 4-5 on a day with a session, and then the straight-knee drill gives way to rule 12's holds
  // (heldOver): the set comes off the others.
  const held = heldOver(drills);
  const left = held ? drills.filter((d) => d !== held) : drills;
  // C35 cuts no drill below one set: a kind already at one set on each side (C49's held dose) keeps it, and the check
  // says so (physiotherapist's read: "one set off each raise" beside a dose of one set).
  const cut = cutKinds(left.filter((d) => d.left.sets > 1 || d.right.sets > 1)).filter((k) => k !== 'hold');
  // A side at one set keeps it (physiotherapist's read: "one set off each raise" beside "left 1 x 15").
  const least = left.some(
    (d) => DRILL_CATALOG[d.drill].kind === 'strength' && !isHold(d) && Math.min(d.left.sets, d.right.sets) === 1,
  );
  return {
    ...CHECKS.painNow,
    ...(cut.length > 0 ? { cut } : {}),
    ...(least ? { least: true as const } : {}),
    ...(painToday && cut.length > 0 ? { already: true as const } : {}),
    // C24: a heel that hurts at all, under 16, stops the session as it would the form (physiotherapist's read).
    ...(young ? { young: true as const } : {}),
    ruleIds: [...(cut.length > 0 ? ['R7', 'C35'] : ['R7']), ...(young ? ['C24'] : [])] as ReadinessCheck['ruleIds'],
  };
}

const isHop = (d: PrescribedDrill) => ['plyometric', 'running'].includes(DRILL_CATALOG[d.drill].kind);

/** A session's checks for the other drills it now does (C49's held dose): the pain checks follow the drills, and the
 * hop, strides and load-step checks go with the hops and the step (physiotherapist's read: a held week of floor raises
 * still read "heel drops" and "holds for the drop"). */
export function recheck(s: Session, drills: PrescribedDrill[], step = false): ReadinessCheck[] {
  const young = s.readiness.some((c) => c.id === 'check.pain-now' && c.young === true);
  const place = placeCheck(drills, young);
  const hops = drills.some(isHop);
  return s.readiness.flatMap((c): ReadinessCheck[] => {
    if (c.id === 'check.pain-now') {
      // A session the plan already cut for the test's pain (C35) stays said as cut, while a set can still come off.
      const now = painNowCheck(drills, c.already === true, young);
      return place ? [now, place] : [now];
    }
    if (c.id === 'check.pain-place' || (c.id === 'check.load-step' && !step)) return [];
    if ((c.id === 'check.hop-pain' || c.id === 'check.walk') && !hops) return [];
    return [c];
  });
}

/** The session `s` doing `drills` instead: its time, cues and checks follow them (recheck; `step`: it keeps its
 * load step, as a set fewer of the same drills does). */
export const withDrills = (s: Session, drills: PrescribedDrill[], step = false): Session => ({
  ...s,
  drills,
  minutes: sessionMinutes(drills),
  cues: cuesOf(drills),
  readiness: recheck(s, drills, step),
});

export function readiness(
  p: Profile,
  kind: Session['kind'],
  drills: PrescribedDrill[],
  loadStep: boolean,
  painToday = false,
): ReadinessCheck[] {
  const painNow = painNowCheck(drills, painToday, p.young);
  const place = placeCheck(drills, p.young);
  const withPlace = place ? [painNow, place] : [painNow];
  if (kind === 'activation') return [...withPlace, check(CHECKS.nextMorning)];
  // C52: a sore calf muscle keeps its pain during the session to 3/10, as on a run (second physiotherapist's read: "5/10
  // during the session" stood beside the running note's 3/10; third: also for a calf that hurt hopping).
  const during: ReadinessCheck = p.calfSore
    ? { id: 'check.pain-during', calf: true, ruleIds: ['R8', 'C52'] }
    : CHECKS.painDuring;
  const out: ReadinessCheck[] = [...withPlace, ...[during, CHECKS.nextMorning].map(check)];
  if (p.tendon) out.push(check(CHECKS.tendon));
  if (p.cramps) out.push(crampAdvice(p));
  const strides = drills.some((d) => d.drill === 'strides');
  if (drills.some((d) => DRILL_CATALOG[d.drill].kind === 'plyometric'))
    out.push(
      hopCheck(
        drills.some((d) => d.drill === 'single-leg-hops'),
        strides,
      ),
    );
  if (loadStep) out.push(check(CHECKS.loadStep));
  if (strides && p.gates.running.conditions.some((c) => c.met === null)) out.push(check(CHECKS.walk));
  return out;
}

export function cuesOf(drills: PrescribedDrill[]): CueId[] {
  return [...new Set(drills.flatMap((d) => d.cues))];
}

export function session(args: {
  date: string;
  weekday: Weekday;
  kind: Session['kind'];
  drills: PrescribedDrill[];
  p: Profile;
  /** A 2-10% load step this week (rule 11), which waits for spare reps; not a rung's new weight or C33's full dose. */
  loadStep: boolean;
  /** C35: the plan's first session already one set down for the test's pain of 4-5/10. */
  painToday?: boolean;
  clashes: Clash[];
  sessionsPerWeek: number;
}): Session {
  const { kind, drills, clashes } = args;
  const notes: Session['notes'] = [];
  // Rule 5's extra set, said once for the session rather than on every drill that has it.
  const extra = [
    ...new Set(
      drills
        .filter((d) => d.ruleIds.includes('R5') && d.left.sets !== d.right.sets)
        .map((d) => (d.left.sets > d.right.sets ? 'left' : 'right')),
    ),
  ];
  // Not when the extra set is only a lone hold for one side: nothing then "goes first", and the hold's own note says
  // why it is there (physiotherapist's read: "goes first, with an extra set in each drill" over two-leg work).
  const onBoth = drills.some((d) => d.ruleIds.includes('R5') && d.left.sets > 0 && d.right.sets > 0);
  if (extra.length > 0 && onBoth)
    notes.push({ id: 'session.extra-set', side: extra.length === 1 ? extra[0] : null, ruleIds: ['R5'] });
  if (clashes.length > 0)
    notes.push({ id: 'session.clash', clashes, sessionsPerWeek: args.sessionsPerWeek, ruleIds: ['R9', 'C6', 'R8'] });
  return {
    date: args.date,
    weekday: args.weekday,
    kind,
    minutes: sessionMinutes(drills),
    drills,
    cues: cuesOf(drills),
    readiness: readiness(args.p, kind, drills, args.loadStep, args.painToday),
    notes,
    ruleIds:
      kind === 'loaded'
        ? ['R9', 'C6', 'R14', 'C11', 'C19', 'C30']
        : kind === 'heel-raise'
          ? ['C38', 'C19', 'C30']
          : ['C8', 'C11', 'C19', 'C30'],
  };
}
