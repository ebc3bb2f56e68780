// How long a session takes as the runner lives it (convention C19): work at the prescribed tempo, hold and contact
// time on each side, the listed rests, and a fixed allowance for changing drill. The numbers below are Pushoff
// conventions (rules.md gives none), shown on the rules page with C19.
import { risesOnBoth } from '../model/drill-catalog.ts';
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
  // A rep held on its own (the calf squeeze's 10 s, C9) lasts its hold, as the player times it (physiotherapist's read:
  // a short activation said about 8 minutes, and took about 10).
  const perRep = d.tempo
    ? d.tempo.up + d.tempo.pause + d.tempo.down
    : (d.repHoldSeconds ?? SESSION_TIME.untimedRepSeconds);
  return (x.reps ?? 0) * perRep;
}

/** Seconds of the other leg's set that really rest this one: all of it, except a drop's rises (physio read: the
 * "resting" leg of a drop was counted as resting while it rose on both feet). */
function restingSeconds(d: PrescribedDrill, x: SideDose): number {
  return risesOnBoth(d.drill) && d.tempo && x.reps != null ? x.reps * (d.tempo.pause + d.tempo.down) : setSeconds(d, x);
}

/** Seconds between rounds (or between sets of a both-leg drill). For one-leg drills in rounds the listed rest is each
 * leg's rest between its own sets (C30, #12 dosing): the other leg's set counts towards it (a drop's lowering only),
 * so the pause is only what is left, and never under `setChangeSeconds`. Both-leg drills rest the full time. The
 * session player uses the same pause, so the estimate and the player agree. */
export function roundPauseSeconds(d: PrescribedDrill): number {
  const rest = d.restSeconds ?? SESSION_TIME.setChangeSeconds;
  const shared =
    d.stance === 'single' && d.left.sets > 0 && d.right.sets > 0
      ? Math.min(restingSeconds(d, d.left), restingSeconds(d, d.right))
      : 0;
  return Math.min(rest, Math.max(SESSION_TIME.setChangeSeconds, rest - shared));
}

/** Seconds for one drill. One-leg drills go side by side in rounds (one set on each leg), with the round pause above
 * between rounds; both-leg drills rest between sets. */
export function drillSeconds(d: PrescribedDrill): number {
  const both = d.stance === 'single';
  const work = both
    ? d.left.sets * setSeconds(d, d.left) + d.right.sets * setSeconds(d, d.right)
    : d.left.sets * setSeconds(d, d.left);
  const rounds = both ? Math.max(d.left.sets, d.right.sets) : d.left.sets;
  return work + Math.max(0, rounds - 1) * roundPauseSeconds(d);
}

const isHold = (d: PrescribedDrill) => d.drill === 'isometric-hold-single' || d.drill === 'isometric-hold-double';

/** Seconds between a drill and the next: a change of drill, except a hold straight after another hold (the weaker
 * side's lone one-leg hold after the two-leg holds, C30, C37), which needs no change of place or kit but is a set like
 * the others, so it has the holds' listed rest before it (physio read: the estimate counted neither). */
function betweenSeconds(prev: PrescribedDrill, d: PrescribedDrill): number {
  return isHold(prev) && isHold(d)
    ? (prev.restSeconds ?? SESSION_TIME.setChangeSeconds)
    : SESSION_TIME.drillChangeSeconds;
}

/** C46: a standing raise or drop at a repetition-maximum weight (the seated raise's weight on a knee needs none). */
export const needsWarmUp = (d: PrescribedDrill): boolean =>
  d.load?.kind === 'repetition-maximum' && d.load.on !== 'knees';

/** C46's warm-up before the first weighted set, once a session: rule 1's 10 raises on both legs at `untimedRepSeconds`
 * a rep (physio read: the estimate left it out). Counted wherever the length is, so the 35-minute cap sees it too. */
const WARM_UP_REPS = 10;

/** Whole minutes, rounded up, for a session's drills in order. */
export function sessionMinutes(drills: PrescribedDrill[]): number {
  const warmUp = drills.some(needsWarmUp) ? WARM_UP_REPS * SESSION_TIME.untimedRepSeconds : 0;
  const seconds = drills.reduce(
    (t, d, i) => t + drillSeconds(d) + (i > 0 ? betweenSeconds(drills[i - 1], d) : 0),
    warmUp,
  );
  return Math.ceil(seconds / 60);
}
