// A Dose in words, shared by the CLI, the plan page, print and the calendar file: one side ("3 × 12", "5 × 45 s",
// "3 × 10 landings"), the whole drill ("left 3 × 13, right 3 × 12, right side first"), and how ("3 s up, 2 s hold,
// 3 s down; rest 120 s; about 70% effort").

import { type DrillId, risesOnBoth } from '../model/drill-catalog.ts';
import type { PhraseOf } from '../model/phrases.ts';
import type { PrescribedDrill, SideDose, Tempo } from '../model/plan-types.ts';

/** "3 × 12" that a phone never breaks between "3 ×" and "12" (phone review): no-break spaces around the ×. */
export const setsBy = (n: number | string, per: number | string) => `${n}\u00a0×\u00a0${per}`;

/** One side's dose; '' when this side does not do the drill (sets 0). `times`: ' x ' for the CLI's and CSV's plain
 * text. */
export function sideDoseText(x: SideDose, times?: string): string {
  if (x.sets === 0) return '';
  const per =
    x.contacts != null
      ? `${x.contacts} landings`
      : x.reps != null
        ? String(x.reps)
        : x.seconds != null
          ? `${x.seconds} s`
          : '';
  return times ? `${x.sets}${times}${per}` : setsBy(x.sets, per);
}

/** Whole-drill dose in one line: "left 3 × 13, right 3 × 12, right side first" or "3 × 15, both legs together". */
export function drillDose(d: PrescribedDrill): string {
  const l = sideDoseText(d.left);
  const r = sideDoseText(d.right);
  if (d.stance === 'double') return `${l}, both legs together`;
  if (d.stance === 'none') return l;
  // "First" only where both legs do the drill (physiotherapist's read: "right 1 × 30 s, right side first").
  const first = d.firstSide && l && r ? `, ${d.firstSide} side first` : '';
  if (l === r) return `${l} each side${first}`;
  if (!l || !r) return `${l ? `left ${l}` : `right ${r}`} only`;
  return `left ${l}, right ${r}${first}`;
}

export const effortText = (percent: number) => `about ${percent}% effort`;

/** #12 dosing (C30): in one-leg drills done in rounds the rest is each leg's, and the other leg's set counts. "Legs in
 * turn" says so: the session's time holds only if the legs alternate (physio read: all sets on one leg first, which
 * "rest 120 s per leg" also allowed, made a 27-minute session about 38). */
export const restText = (d: PrescribedDrill) =>
  inTurn(d) ? `legs in turn, rest ${d.restSeconds} s per leg` : `rest ${d.restSeconds} s`;

/** A one-leg drill with sets on both legs and a rest: its sets go legs in turn (restText says so). */
export const inTurn = (d: PrescribedDrill) =>
  d.stance === 'single' && d.left.sets > 0 && d.right.sets > 0 && d.restSeconds != null;

/** Not a drill's name but its rest ("legs in turn, rest 120 s per leg", C30): the physiotherapist's read timed a session
 * at 29-30 minutes done this way and about 44 read as "rest after every set". The plan explains it where it first
 * appears (plain-words.ts), the printed sheet in `short`, the player at each rest, the CLI once at the end. */
export const LEGS_IN_TURN = {
  term: 'legs in turn',
  meaning:
    'a set on one leg, then the same set on the other; each leg’s rest counts from the end of its own set, so the other leg’s set is part of it',
  // Print page 1 has room for one short clause (the fullest handout is at its five pages on Letter).
  short: '"legs in turn": one leg’s set, then the other’s, within each leg’s rest',
};

/** "Legs in turn" for a plan with heel drops done so: a drop's rise works both legs, so only the other leg's lowering
 * rests this one (session-length.ts, the player). Physiotherapist's reads: paper that said "the other leg's set"
 * halved the pause a drop gets in the player, and the drop's clause confused plans with no drop. */
const LEGS_IN_TURN_DROPS = {
  ...LEGS_IN_TURN,
  meaning: `${LEGS_IN_TURN.meaning} (of a heel drop only its lowering: both feet do the rise)`,
  // Paper said the short clause without the drop's exception (session 38's note).
  short: '"legs in turn": one leg’s set (of a drop, its lowering), then the other’s, within each leg’s rest',
};

/** The words for "legs in turn" that fit a plan's drills. */
export const legsInTurnFor = (drills: readonly PrescribedDrill[]) =>
  drills.some((d) => inTurn(d) && risesOnBoth(d.drill)) ? LEGS_IN_TURN_DROPS : LEGS_IN_TURN;

/** A rep's tempo: "3 s up, 2 s hold, 3 s down", or for a drop "3 s up on both feet, 3 s down on one". */
// Phone review: "3 s up" alone read as a rise on one leg beside "only the lowering half" of a drop.
export const tempoText = (drill: DrillId, t: Tempo) =>
  risesOnBoth(drill)
    ? `${t.up} s up on both feet, ${t.pause ? `${t.pause} s hold, ` : ''}${t.down} s down on one`
    : `${t.up} s up, ${t.pause ? `${t.pause} s hold, ` : ''}${t.down} s down`;

/** Tempo, rest and effort in words, e.g. "3 s up, 2 s hold, 3 s down; rest 120 s". */
export function drillHow(d: PrescribedDrill): string {
  const t = d.tempo;
  return [
    t && tempoText(d.drill, t),
    d.restSeconds && restText(d),
    d.effortPercent != null && effortText(d.effortPercent),
  ]
    .filter(Boolean)
    .join('; ');
}

/** When strides after an easy run are skipped, said by the week's note and the day's line alike. */
export const STRIDES_SKIP = 'Skip them if your calf, Achilles or heel hurt during the run';

/** The plan page's line on a day whose strides follow an easy run (C16, C30): they are in no session to start. */
export const stridesTodayText = (n: PhraseOf<'week.strides-run'>) =>
  `After today's easy run: strides, ${setsBy(n.sets, n.seconds)} s, walk about ${n.restSeconds} s between them. ${STRIDES_SKIP}.`;
