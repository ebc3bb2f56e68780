// C49: two calf sessions done in a row that step back (rule 8's worse morning or rule 7's pain during over 5/10). The
// second was already done at a lower dose (C39 steps back from the very next session) and still went badly, so the
// calf is getting worse, not settling: the sessions after it step back once more, as C39 says, and then stay there
// for the rest of the block, with no hops, and the plan asks for a physiotherapist or doctor (physiotherapist's
// read: the dose used to climb back a set the week after, and no note asked for a check). Pure.

import { DRILL_CATALOG } from '../model/drill-catalog.ts';
import type { Flag, PlanSummary, Session, Week } from '../model/plan-types.ts';
import { withDrills } from '../prescribe/session.ts';
import { stepBackDrills } from '../prescribe/session-rules.ts';
import { weekVolume } from '../prescribe/volume.ts';
import type { Response } from './response.ts';

/** Week notes that bring something in or raise running: a held week adds nothing, as C45's held block does not. */
const NEW_THINGS = new Set(['week.running-increase', 'week.strides-new', 'week.strides-run']);
/** The day-before-a-hard-run note: while the calf sessions wait, no run is hard (C49). */
const HARD_DAY = (n: Week['notes'][number]) => n.id === 'week.before-hard-day';

/** One session's check-in as read: its response, the session's own date, the day it was logged, whether it is a
 * calf session (loaded or heel-raise), and whether it was done (a check-in that is not "skipped"). */
export type Read = { r: Response; date: string; session: string; calf: boolean; done: boolean };

/** Two sessions in a row that went badly: the sessions' planned dates, for the hold, and the days their check-ins
 * were logged, for the words (as every other adjustment names them; review: the two disagreed). `third`: a later
 * session, at the held dose, that went badly right after another did (physiotherapist's read: a third bad morning
 * in a row was not mentioned); the calf sessions after it wait for the check. */
export type WorseAgain = {
  first: string;
  date: string;
  said: { first: string; date: string };
  /** The planned date of the calf session checked in as cleared by a clinician after these two, before any stop: the
   * check C49 asks for is done (physiotherapist's read: a runner checked and cleared had nowhere to say so). */
  checked?: string;
  third?: Third;
};
/** The session that stopped the calf sessions (planned date, and the day its check-in was logged); `before`: the bad
 * one right before it, when that is not C49's second (two in a row again, after sessions that went well); `last`: the
 * latest session that went badly since (physiotherapist's read: a fourth bad session was not mentioned). */
export type Third = {
  session: string;
  said: string;
  before?: string;
  last?: string;
  /** The planned date of the calf session the runner checked in as cleared by a clinician after this stop: the calf
   * sessions from it on go on at the held dose (C49). */
  cleared?: string;
  /** This stop came after a clearance: the cleared session's date, and the check-in day of the stop it cleared (none
   * when the runner was cleared after C49's two, before any stop). */
  resumed?: { stop?: string; cleared: string };
};

/** The two sessions done in a row that stepped back (null when none did). A skipped or unlogged session between them
 * does not break the row (review: bad, skipped, bad never held). */
export function worseAgain(
  read: readonly (readonly Read[])[],
  /** Planned dates, in order, of the sessions checked in as done after a clinician cleared the runner (C49's stop). */
  cleared: readonly string[] = [],
): WorseAgain | null {
  const calf = read.flat().filter((x) => x.calf && x.done);
  const bad = (i: number) => calf[i].r.action === 'step-back' && calf[i - 1].r.action === 'step-back';
  const i = calf.findIndex((_, k) => k > 0 && bad(k));
  if (i < 0) return null;
  // Once more, at the held dose: the calf is worse even after two steps down. Three in a row (or, after some sessions
  // that went well, two in a row again) is a Pushoff convention, as C49's two are.
  let j = calf.findIndex((_, k) => k > i && bad(k));
  // Checked and cleared after the two, before any stop: from that session on, one that goes badly stops them, as the
  // note says ("if a session goes badly again, stop and go back to them").
  const checked = cleared.find((d) => d > calf[i].session && (j < 0 || d <= calf[j].session));
  let resumed: Third['resumed'];
  if (checked !== undefined) {
    j = calf.findIndex((x, m) => m > i && x.session >= checked && x.r.action === 'step-back');
    if (j >= 0) resumed = { cleared: checked };
  }
  // A clinician's clearance lifts the stop from the session checked in as cleared; from it on, one session that goes
  // badly stops them again, as the note says ("if one goes badly again, stop and go back to them").
  let stop = j;
  let lifted: string | undefined;
  while (stop >= 0 && lifted === undefined) {
    const at = cleared.find((d) => d > calf[stop].session);
    if (at === undefined) break;
    const k = calf.findIndex((x, m) => m > stop && x.session >= at && x.r.action === 'step-back');
    if (k < 0) lifted = at;
    else [resumed, stop] = [{ stop: calf[stop].date, cleared: at }, k];
  }
  const last = calf.findLast((x, k) => k > stop && x.r.action === 'step-back');
  const third: Third | null =
    stop < 0
      ? null
      : {
          session: calf[stop].session,
          said: calf[stop].date,
          ...(stop === j && !checked && j - 1 > i ? { before: calf[j - 1].date } : {}),
          ...(last ? { last: last.date } : {}),
          ...(lifted ? { cleared: lifted } : {}),
          ...(resumed ? { resumed } : {}),
        };
  return {
    first: calf[i - 1].session,
    date: calf[i].session,
    said: { first: calf[i - 1].date, date: calf[i].date },
    ...(checked ? { checked } : {}),
    ...(third ? { third } : {}),
  };
}

/**
 * Each calf session after `date` takes the drills of the first session of its kind after `date`: the step back C39
 * makes after that second bad session (mid-week.ts in the same week, the next week's own step back after it), held
 * from then on, without hops. Holding the second session's own dose kept a later session heavier than C39 alone
 * (review).
 */
export function holdAfter(
  weeks: readonly Week[],
  { date, said, third, checked }: WorseAgain,
  /** Planned dates of the calf sessions done: one already done after the stop does not read "do this only once…". */
  done: ReadonlySet<string> = new Set(),
): Week[] {
  const all = weeks.flatMap((w) => w.sessions);
  // The dose each kind of calf session (loaded, heel-raise) was at when the second bad session was done.
  const doneAt = (kind: Session['kind']) => all.filter((s) => s.kind === kind && s.date <= date).at(-1);
  // The week's own step back can land on the very dose the session was already done at (a session that stepped back
  // mid-week, C39, to the week below); "once more" then takes a set off, as a step back from week 1 does (C39;
  // physiotherapist's read: the hold kept the dose that had just gone badly). Every kind steps back, not only the
  // second bad session's (review: a bad heel-raise day left the loaded sessions at full dose).
  // A drill the second bad session did holds a set below the sets it went badly at, in every kind of session
  // (physiotherapist's read: the heel-raise days held the towel raise at 2 sets, the loaded session's dose that had
  // just gone badly, while the loaded days held 1).
  const second = stepBackDrills(all.find((s) => s.date === date)?.drills ?? []);
  const cap = (d: Session['drills'][number]): Session['drills'][number] => {
    // Only calf (strength) drills: the step back changes no other (C39), so their sets are not the dose that failed.
    const c = DRILL_CATALOG[d.drill].kind === 'strength' ? second.find((x) => x.drill === d.drill) : undefined;
    const side = (x: typeof d.left, y: typeof d.left) => (x.sets > y.sets ? { ...x, sets: y.sets } : x);
    return c && (d.left.sets > c.left.sets || d.right.sets > c.right.sets)
      ? { ...d, left: side(d.left, c.left), right: side(d.right, c.right) }
      : d;
  };
  const lower = (s: Session): Session['drills'] => {
    const was = doneAt(s.kind);
    // A set off the dose that went badly, not off the week's own step back, which can sit above it (review).
    const lowered = was !== undefined && strengthSets(s) >= strengthSets(was);
    return (lowered ? stepBackDrills(was.drills) : s.drills).map((x) => {
      const d = cap(x);
      return (lowered || d !== x) && !d.ruleIds.includes('C49') ? { ...d, ruleIds: [...d.ruleIds, 'C49'] } : d;
    });
  };
  const first = (kind: Session['kind']) => all.find((s) => s.kind === kind && s.date > date);
  // Sessions after the third bad one wait, up to the session checked in as cleared.
  const waitsOn = (day: string) =>
    third !== undefined && day > third.session && !(third.cleared !== undefined && day >= third.cleared);
  // Sessions done or planned after a clinician cleared the runner: from the clearance on, or up to the stop that came
  // after it (`resumed`).
  const clearedOn = (day: string) =>
    third === undefined
      ? checked !== undefined && day >= checked
      : (third.cleared !== undefined && day >= third.cleared) ||
        (third.resumed !== undefined && day >= third.resumed.cleared && day <= third.session);
  // From a clearance after a stop that itself came after a clearance: the plan's lower dose has failed since one, so
  // the sessions take the clinician's dose.
  const resumedOn = (day: string) =>
    third?.resumed !== undefined && third.cleared !== undefined && day >= third.cleared;
  const templates = new Map<Session['kind'], Session['drills']>();
  const held = (kind: Session['kind']) => {
    if (!templates.has(kind)) {
      const f = first(kind);
      if (f) templates.set(kind, lower(f));
    }
    return templates.get(kind);
  };
  return weeks.map((w) => {
    if (w.endDate <= date) return w;
    // A step back's word on running, in a week the hold reaches, said how to run until the mornings settle; while the
    // note at the top asks for the check it says how to run until then, and the step back points to it
    // (physiotherapist's reads: the two ended differently, and the step back's "at most 5/10" left out the top's 3/10
    // in the calf muscle and shin). Once cleared, that note sits among the plan's notes with the same limits, and the
    // step back says the 3/10 itself (second physiotherapist's read).
    const top = third === undefined ? checked === undefined : third.cleared === undefined;
    const runsTop = <T extends { runs?: 'wait' | 'top' | readonly ('calf' | 'shin')[] }>(x: T): T =>
      x.runs === undefined || x.runs === 'wait' ? x : { ...x, runs: top ? 'top' : (['calf', 'shin'] as const) };
    const sessions = w.sessions.map((s): Session => {
      const from = s.kind === 'activation' || s.date <= date ? undefined : held(s.kind);
      if (!from)
        return s.date <= date
          ? { ...s, notes: s.notes.map((n) => (n.id === 'session.step-back' ? runsTop(n) : n)) }
          : s;
      // After a third bad one, the session waits for the check (its note says so, and today's card holds it), naming
      // the latest bad session before it.
      const stopped: { stopped?: string; resumed?: true } =
        third && waitsOn(s.date) && !done.has(s.date)
          ? {
              stopped: third.last && third.last < s.date ? third.last : third.said,
              // Stopped after a clearance: the plan's lower dose has failed since, so the clinician's own comes first.
              ...(third.resumed ? { resumed: true as const } : {}),
            }
          : {};
      // Cleared again after a stop that came after a clearance: the clinician's own dose (physiotherapist's read).
      const clearedNote: { cleared?: true; resumed?: true } =
        !stopped.stopped && clearedOn(s.date)
          ? { cleared: true as const, ...(resumedOn(s.date) ? { resumed: true as const } : {}) }
          : {};
      const notes = [
        ...s.notes.filter((n) => n.id !== 'session.step-back'),
        { id: 'session.held' as const, date: said.date, ...stopped, ...clearedNote, ruleIds: ['C49' as const] },
      ];
      // No hops while the calf is getting worse (as with hopping pain over 5, C22), until a clinician has looked.
      const next = withDrills(
        s,
        from.filter((d) => DRILL_CATALOG[d.drill].kind !== 'plyometric'),
      );
      // Once cleared, one bad morning stops the sessions again, as it does a session waiting for the check once done:
      // the next-morning check says so. Held until the check, a bad one keeps the dose, or stops the sessions right
      // after another (physiotherapist's read: "repeat this dose or step back" under a dose that could not go lower).
      const readiness = next.readiness.map((c) =>
        c.id !== 'check.next-morning'
          ? c
          : clearedNote.cleared || stopped.stopped
            ? { ...c, cleared: true as const }
            : { ...c, held: true as const },
      );
      return { ...next, notes, readiness };
    });
    // A week wholly after that session does the held dose: its change says so, not the planned step.
    const after = w.startDate > date;
    // A week with a session after the third bad one: its focus, and its change when it is a held week, say the
    // sessions wait (physiotherapist's read: "Lower dose until checked" above "On hold: no calf sessions"), and it has
    // no "run the hard session easier" note (the runs stay easy until the check).
    // Once cleared, a week that reaches the cleared session goes on at the held dose (`cleared`), whatever waited before.
    const lifted = third?.cleared !== undefined && w.endDate >= third.cleared;
    const waits =
      third !== undefined && !lifted && w.sessions.some((s) => s.kind !== 'activation' && s.date > third.session);
    const cleared = !waits && w.sessions.some((s) => s.kind !== 'activation' && clearedOn(s.date));
    const resumed = cleared && w.sessions.some((s) => s.kind !== 'activation' && resumedOn(s.date));
    const reason = {
      id: 'adjust.week' as const,
      action: 'hold' as const,
      doses: w.adjustment?.doses ?? w.number,
      because: 'worse-again' as const,
      // The session that stopped them, as the note at the top names it (a later bad one read as the trigger: review).
      date: waits && third ? third.said : said.date,
      ...(waits ? { stopped: true as const, ...(third?.resumed ? { resumed: true as const } : {}) } : {}),
      ...(cleared ? { cleared: true as const, ...(resumed ? { resumed: true as const } : {}) } : {}),
      fewerSets: false,
      ruleIds: ['R8', 'C49'] as Week['change']['ruleIds'],
    };
    const a = !after && w.adjustment ? runsTop(w.adjustment) : undefined;
    return {
      ...w,
      sessions,
      volume: weekVolume(sessions),
      ...(a && a !== w.adjustment ? { adjustment: a, change: { ...w.change, reason: a } } : {}),
      ...(after
        ? { change: { variable: null, amount: null, reason, ruleIds: reason.ruleIds }, adjustment: reason }
        : {}),
      // Notes about what a week brings in (hops, strides on run days) no longer hold when nothing new is added, and the
      // week's focus says it holds (review: a held week 3 said hops wait for a locked gate, or join the session).
      // Once cleared, the runs stay easy unless the clinician said otherwise (the note says so): no hard-day note either.
      // A held week steps up from nothing: its reserve note says it makes nothing harder, as a repeated week's does
      // (physiotherapist's read: week 3 lost those words where its plan had eased up from a lower dose, week 4 kept them).
      // The week of the second bad session brings in nothing more either (second physiotherapist's read: week 4's
      // "add at most 20% distance a week" stood under "run less until you have been checked").
      notes:
        after || waits || cleared
          ? w.notes
              .filter((n) => !NEW_THINGS.has(n.id) && (!(waits || cleared) || !HARD_DAY(n)))
              .map((n) => {
                if (n.id !== 'week.reps-in-reserve' || !n.up) return n;
                const { up: _, ...repeated } = n;
                return repeated;
              })
          : w.notes.filter((n) => !NEW_THINGS.has(n.id)),
      focus: waits
        ? { id: 'focus.held', stopped: true, ...(third?.resumed ? { resumed: true as const } : {}), ruleIds: ['C49'] }
        : after || cleared
          ? {
              id: 'focus.held',
              ...(cleared ? { cleared: true as const, ...(resumed ? { resumed: true as const } : {}) } : {}),
              ruleIds: ['C49'],
            }
          : w.focus,
    };
  });
}

/** Sets of the strength drills on both sides: how the hold compares its dose with the session that went badly. */
const strengthSets = (s: Session) =>
  s.drills
    .filter((d) => DRILL_CATALOG[d.drill].kind === 'strength')
    .reduce((n, d) => n + d.left.sets + d.right.sets, 0);

/** The flag at the top of the plan (screen/clinician-notes.ts puts it there). `runsWait`: C22 has put the runs on
 * hold already, so the note does not say how to keep running. */
export const worseAgainFlag = (
  x: WorseAgain,
  runs: Pick<PlanSummary, 'runsWait' | 'runsLower'>,
  heel: boolean,
  /** No calf session is left in the block after the two (adjust-plan.ts). */
  ended: boolean,
): Flag => ({
  id: 'flag.worse-again',
  ...x.said,
  ...(ended ? { ended: true as const } : {}),
  ...(x.checked && !x.third ? { cleared: x.checked } : {}),
  ...(x.third
    ? {
        third: x.third.said,
        ...(x.third.before ? { before: x.third.before } : {}),
        ...(x.third.last ? { last: x.third.last } : {}),
        ...(x.third.cleared ? { cleared: x.third.cleared } : {}),
        ...(x.third.resumed ? { resumed: x.third.resumed } : {}),
        ...(heel ? { heel: true as const } : {}),
      }
    : {}),
  runsWait: runs.runsWait,
  lower: runs.runsLower,
  injury: null,
  // Its running words keep C52's 3/10 in the calf muscle and the shin whatever the plan's places (say.ts).
  ruleIds: runs.runsWait ? ['R7', 'R8', 'C49'] : ['R7', 'R8', 'C49', 'C52'],
});
