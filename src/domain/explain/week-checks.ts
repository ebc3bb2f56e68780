// A week's readiness checks said once (issue 12): the same "rate your pain before you start" under every session of a
// week is noise a runner learns to skip. Sessions keep their own checks as data; the views list the week's set once.
import type { CutKind } from '../model/phrases.ts';
import type { ReadinessCheck, Week } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import { phraseKey } from './say.ts';

type PainNow = Extract<ReadinessCheck, { id: 'check.pain-now' }>;
type PainPlace = Extract<ReadinessCheck, { id: 'check.pain-place' }>;

/** The pain check of several sessions as one: a 4-5/10 day takes a set off every kind any of them has, and "as it
 * stands" only when each session with something to cut is the one the plan already cut (C35). When only some are
 * (that is week 1's first loaded session, build-week.ts), it says so: physiotherapist's read, "one set off each raise"
 * for the whole week beside a Monday already a set down read as a second cut. */
function onePainCheck(all: PainNow[]): PainNow {
  const cut = (['raise', 'drop'] as const).filter((k: CutKind) => all.some((c) => c.cut?.includes(k)));
  const cutting = all.filter((c) => c.cut);
  const already = cutting.filter((c) => c.already).length;
  const ruleIds = [...new Set(all.flatMap((c) => c.ruleIds))] as RuleId[];
  return {
    id: 'check.pain-now',
    ...(cut.length > 0 ? { cut } : {}),
    ...(already > 0 && already === cutting.length ? { already: true as const } : {}),
    ...(already > 0 && already < cutting.length ? { firstAlready: true as const } : {}),
    ...(all.some((c) => c.least) ? { least: true as const } : {}),
    ...(all.some((c) => c.young) ? { young: true as const } : {}),
    ruleIds,
  };
}

/** The drill the holds stand in for, when every session with holds says the same one. */
function holdsFor(held: PainPlace[]): Pick<PainPlace, 'holdsFor'> {
  const f = held[0]?.holdsFor;
  return f && held.every((c) => c.holdsFor === f) ? { holdsFor: f } : {};
}

/** What pain in a place changes, over several sessions: every change any of them has. */
function onePlaceCheck(all: PainPlace[]): PainPlace {
  const any = (k: 'step' | 'hops' | 'holds' | 'stretch') => all.some((c) => c[k]);
  const ruleIds = [...new Set(all.flatMap((c) => c.ruleIds))] as RuleId[];
  return {
    id: 'check.pain-place',
    step: any('step'),
    hops: any('hops'),
    holds: any('holds'),
    stretch: any('stretch'),
    ...(all.some((c) => c.holds) && all.every((c) => !c.holds || c.holdsBoth) ? { holdsBoth: true as const } : {}),
    ...holdsFor(all.filter((c) => c.holds)),
    ...(all.some((c) => c.young) ? { young: true as const } : {}),
    ruleIds,
  };
}

/** Every different check, in the order they first appear, with the pain checks said once. */
export function distinctChecks(checks: readonly ReadinessCheck[]): ReadinessCheck[] {
  const pain = checks.filter((c): c is PainNow => c.id === 'check.pain-now');
  const place = checks.filter((c): c is PainPlace => c.id === 'check.pain-place');
  const merged: Partial<Record<ReadinessCheck['id'], ReadinessCheck>> = {
    ...(pain.length ? { 'check.pain-now': onePainCheck(pain) } : {}),
    ...(place.length ? { 'check.pain-place': onePlaceCheck(place) } : {}),
  };
  // The sessions from a clinician's clearance on (C49) stop at one bad morning, and those it holds until the check
  // keep their dose: the latest of those next-morning checks is the week's only one (physiotherapist's read: week 2
  // said both "repeat this dose" and "stop your calf sessions").
  const rank = (c: ReadinessCheck) => (c.id !== 'check.next-morning' ? 0 : c.cleared ? 2 : c.held ? 1 : 0);
  const top = Math.max(0, ...checks.map(rank));
  const seen = new Map<string, ReadinessCheck>();
  for (const c of checks) {
    if (c.id === 'check.next-morning' && rank(c) < top) continue;
    const one = merged[c.id];
    const key = one ? c.id : phraseKey(c);
    if (!seen.has(key)) seen.set(key, one ?? c);
  }
  return [...seen.values()];
}

/** Every different check of the week's sessions, in the order they first appear. */
export function weekChecks(w: Week): ReadinessCheck[] {
  return distinctChecks(w.sessions.flatMap((s) => s.readiness));
}
