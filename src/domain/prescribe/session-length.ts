// How long a session takes as the runner lives it (convention C19): work at the prescribed tempo, hold and contact
// time on each side, the listed rests, and a fixed allowance for changing drill. The numbers below are Pushoff
// conventions (rules.md gives none), shown on the rules page with C19.
import type { PrescribedDrill, SideDose } from '../model/plan-types.ts';

export const SESSION_TIME = {
  /** Seconds per rep when the drill has no tempo (mobility, band and foot work): about the test's 2 s a rep plus
   * getting set. */
  untimedRepSeconds: 3,
  /** Seconds per foot contact in hops: about two contacts a second. */
  contactSeconds: 0.5,
  /** Seconds between sets when the drill lists no rest (getting back into position). */
  setChangeSeconds: 15,
  /** Seconds to change drill: read it, move kit, get set. */
  drillChangeSeconds: 60,
} as const;

function setSeconds(d: PrescribedDrill, x: SideDose): number {
  if (x.seconds != null) return x.seconds;
  if (x.contacts != null) return x.contacts * SESSION_TIME.contactSeconds;
  const perRep = d.tempo ? d.tempo.up + d.tempo.pause + d.tempo.down : SESSION_TIME.untimedRepSeconds;
  return (x.reps ?? 0) * perRep;
}

/** Seconds for one drill. One-leg drills go side by side in rounds (one set on each leg), and the rest comes
 * between rounds, so each leg rests while the other works; both-leg drills rest between sets. */
export function drillSeconds(d: PrescribedDrill): number {
  const both = d.stance === 'single';
  const work = both
    ? d.left.sets * setSeconds(d, d.left) + d.right.sets * setSeconds(d, d.right)
    : d.left.sets * setSeconds(d, d.left);
  const rounds = both ? Math.max(d.left.sets, d.right.sets) : d.left.sets;
  const rest = d.restSeconds ?? SESSION_TIME.setChangeSeconds;
  return work + Math.max(0, rounds - 1) * rest;
}

/** Whole minutes, rounded up, for a session's drills in order. */
export function sessionMinutes(drills: PrescribedDrill[]): number {
  const seconds = drills.reduce((t, d) => t + drillSeconds(d), 0);
  const changes = Math.max(0, drills.length - 1) * SESSION_TIME.drillChangeSeconds;
  return Math.ceil((seconds + changes) / 60);
}
