// The living plan (issue 14): the four weeks as logged so far. Each week after the first looks back at the week
// before: every session went well (or no answer says otherwise) -> the next planned step; a week to repeat (rule 8
// "not back", a skipped, partly done or unlogged session, C39/C40) -> the same step again; a worse morning or pain
// during over 5/10 (rules 8 and 7) -> one step back. A week off its planned step takes that step's sessions on its
// own dates. The block stays four weeks; a step that did not fit waits for the next block (C40). Pure: `today`
// ('YYYY-MM-DD') comes in. At most one step up a week, so no week rises more than the plan's own steps (R6, +10%).

import type { Baseline } from '../model/baseline.ts';
import type { PhraseOf } from '../model/phrases.ts';
import type { Flag, Note, Plan, Session, Week } from '../model/plan-types.ts';
import type { SessionLog, SessionLogEntry } from '../model/session-log.ts';
import { addDays } from '../prescribe/schedule.ts';
import { withDrills } from '../prescribe/session.ts';
import { cutKinds, stepBackDrills } from '../prescribe/session-rules.ts';
import { movedNotes } from '../prescribe/strides-days.ts';
import { weekVolume } from '../prescribe/volume.ts';
import { type BlockEnd, heldBack, heldEnd } from './block-end.ts';
import { keepsCalfLimit } from './calf-limit.ts';
import { checkInOf, inBlock, type Lookup, loggingSince, lookupOf } from './check-in-lookup.ts';
import { stepBackAfter } from './mid-week.ts';
import { GO_ON, holdsBack, NOT_LOGGED, type Response, RISING, responseOf, weekPain, worst } from './response.ts';
import { holdAfter, type Read, worseAgain, worseAgainFlag } from './worse-again.ts';

/** The training log, today's date, and the Baselines of the blocks before this one, oldest first (C41). */
export type History = { log: SessionLog; today: string; earlier?: readonly Baseline[] };
type Adjustment = Note<PhraseOf<'adjust.week'>>;

/** The week's sessions that are over (dated before today), each with what its log entry says. */
type Found = Read;

/** Each session of week `w` that is over (dated before today) with what its check-in says (checkInOf). */
function responses(
  w: Week,
  log: Lookup,
  usualPain: number,
  today: string,
  since: string,
): { found: Found[]; entries: SessionLogEntry[] } {
  const entries: SessionLogEntry[] = [];
  const found = w.sessions
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.date < today)
    .map(({ s, i }): Found => {
      const e = checkInOf(log, w, i);
      if (e) entries.push(e);
      // Missing a loaded or heel-raise session holds the plan back; a short activation does not (C40). An unlogged
      // session counts as missed only once its week is over (until then it can still be logged), and only from the
      // runner's first check-in on (loggingSince).
      const counts = holdsBack(s.kind);
      const missed = counts && w.endDate < today && s.date >= since;
      // C52's calf answer counts only where the session keeps the calf to 3/10 (physiotherapist's read: a check-in
      // carried over from another plan stepped back a plan whose calf limit is rule 7's 5/10).
      const own = e?.painDuringCalf && !keepsCalfLimit(s) ? { ...e, painDuringCalf: undefined } : e;
      const r = own ? responseOf(own, usualPain, counts) : missed ? NOT_LOGGED : GO_ON;
      // Done: checked in and not skipped, or never logged before the first check-in, which the plan counts as done
      // (physiotherapist's read: a first check-in skipped in week 3 sent week 4 back to week 1's dose, not week 2's).
      const done = e ? e.status !== 'skipped' : s.date < since;
      return { r, date: e?.date ?? s.date, session: s.date, calf: counts, done };
    });
  return { found, entries };
}

/** Repeat causes that come from how the calf answered (rule 8, rule 7), not from a session missed (C40). */
const BODY = new Set<Response['cause']>(['not-back', 'pain-during-4-5', 'pain-rising']);

/** Week 1's reps in reserve (C33) stay in a week that repeats it, said as a repeat: the dose repeated includes the
 * effort (physio read: dropping them made a week that "adds nothing" a true rep max, a heavier weight). */
const asRepeat = (n: Week['notes'][number], found: boolean, up: boolean): Week['notes'][number] =>
  n.id === 'week.reps-in-reserve'
    ? { ...n, again: true, ...(found ? {} : { unfound: true as const }), ...(up ? { up: true as const } : {}) }
    : n;

/** Planned week `step`'s sessions moved to calendar week `number` (whole weeks, so weekdays stay). `found`: a calf
 * session of this block was done before it, so its weights were found (physiotherapist's read: "keep the weight you
 * used then" to a runner who had done none). */
function weekFrom(plan: Plan, step: number, number: Week['number'], adjustment: Adjustment, found: boolean): Week {
  const source = plan.weeks[step - 1];
  const days = (number - step) * 7;
  // The plan's first loaded session may be cut for pain that day (C35); a repeat copies a full one.
  const loaded = source.sessions.filter((s) => s.kind === 'loaded');
  const template = loaded[loaded.length - 1];
  // Week 1's own extras stay in week 1 (physiotherapist's read: a step back to its dose brought back "activation this
  // week only" days and "week 1 is for learning each drill").
  const firstOnly = source.number === 1 && number > 1;
  const sessions = source.sessions
    .filter((s) => !(firstOnly && s.kind === 'activation'))
    .map((s): Session => {
      const from = s.kind === 'loaded' && template ? template : s;
      const fewer = adjustment.fewerSets && s.kind !== 'activation';
      // A set fewer is a shorter session, and its checks follow: its time says so (physio read: a 1-set session still
      // said "about 27 min"), and at one set the pain check keeps it (C35) rather than take "one set off" (review).
      const done = fewer ? withDrills(from, stepBackDrills(from.drills), true) : from;
      return { ...done, date: addDays(s.date, days), weekday: s.weekday };
    });
  return {
    ...source,
    // The dose as it will be done: one set fewer shows in the load index too (physio review, #14). Otherwise the
    // planned week's own volume holds (and recounting every week would cost the step its time budget, npm run bench).
    volume: adjustment.fewerSets ? weekVolume(sessions) : source.volume,
    number,
    startDate: addDays(source.startDate, days),
    endDate: addDays(source.endDate, days),
    change: { variable: null, amount: null, reason: adjustment, ruleIds: adjustment.ruleIds },
    // With a set off, the focus says so too (physio read: "week 1's dose again" beside "one set fewer than week 1").
    focus: firstOnly
      ? { id: 'focus.again', week: step, ...(adjustment.fewerSets ? { fewer: true as const } : {}), ruleIds: ['R8'] }
      : source.focus,
    notes: movedNotes(
      firstOnly ? source.notes.map((n) => asRepeat(n, found, adjustment.eased !== undefined)) : source.notes,
      days,
    ),
    sessions,
    adjustment,
  };
}

export function adjustPlan(plan: Plan, usualPain: number, h: History): Plan {
  return adjustBlock(plan, usualPain, h).plan;
}

/** The block as logged, and how it ended. */
export function adjustBlock(
  plan: Plan,
  usualPain: number,
  h: History,
  /** From the block before: its last calf session done when it stepped back (BlockEnd.lastBad, for C49's row), and the
   * sets this block's weeks already had off (C43). */
  carried: { lastBad: Read | null; setsOff: number } = { lastBad: null, setsOff: 0 },
): { plan: Plan; end: BlockEnd } {
  const logged = inBlock(plan, h.log.entries);
  // Before the first check-in the plan cannot tell a missed session (C40).
  if (logged.length === 0)
    // Nothing logged: the block counts as done as planned, so a bad session before it is not "in a row" with one after.
    return {
      plan,
      end: { reached: plan.weeks.length, setsOff: 0, endedInPain: false, repeat: false, lastBad: null },
    };
  const log = lookupOf(plan, logged);
  const since = loggingSince(plan, h.log.entries) ?? plan.startDate;
  const weeks: Week[] = [plan.weeks[0]];
  const steps = [1];
  // Each week's check-ins as read for the week after it, kept for the mid-week step back below.
  const read: Found[][] = [];
  let painBefore: number | null = null;
  // The last dose a calf session was really done at (C40 below).
  let lastDone = { step: 1, fewer: false };
  let anyDone = false;
  for (let k = 2; k <= plan.weeks.length; k++) {
    const before = steps[k - 2];
    const { found, entries } = responses(weeks[k - 2], log, usualPain, h.today, since);
    read.push(found);
    // Rule 8's "not rising week to week": more pain than the week before holds the next step back.
    const pain = weekPain(entries);
    const rising = pain !== null && painBefore !== null && pain > painBefore;
    const lastDate = entries.length ? entries[entries.length - 1].date : weeks[k - 2].endDate;
    painBefore = pain ?? painBefore;
    const w = worst(
      rising ? [...found, { r: RISING, date: lastDate, session: lastDate, calf: false, done: true }] : found,
    );
    // After a week one set down, going on first gives that set back (the same planned week, in full), and a repeat
    // keeps it off: adding the set and the next step at once would raise the load by half (physiotherapist review).
    const fewerBefore = weeks[k - 2].adjustment?.fewerSets === true;
    // C40: a week without a single calf session done repeats the last dose really done, not the step it planned and
    // never did (physiotherapist's read: after two missed weeks, the first session back was a new step, at full sets).
    const calf = found.filter((f) => f.calf);
    // Only when the week planned a step up: after a step back, its own lower dose stands (review: going back to the
    // last dose done sent the runner back up to the dose that hurt).
    const noneDone = calf.length > 0 && !calf.some((f) => f.done) && w?.r.action === 'repeat' && before > lastDone.step;
    if (calf.some((f) => f.done)) {
      lastDone = { step: before, fewer: fewerBefore };
      anyDone = true;
    }
    const step = noneDone
      ? lastDone.step
      : !w
        ? fewerBefore
          ? before
          : before + 1
        : w.r.action === 'repeat'
          ? before
          : Math.max(1, before - 1);
    steps.push(step);
    if (step === k) {
      weeks.push(plan.weeks[k - 1]);
      continue;
    }
    // A step back from week 1 has no lower week: it drops a set of each strength drill instead (as C35 does).
    const fewerSets = noneDone
      ? lastDone.fewer
      : (w?.r.action === 'step-back' && before === 1) || (w?.r.action === 'repeat' && fewerBefore);
    // The cut takes a set off the holds as well: the words say so only where there are holds to cut.
    const cut = fewerSets ? cutKinds(plan.weeks[step - 1].sessions.flatMap((s) => s.drills)) : [];
    // Several sessions missed, or skipped, are counted (physiotherapist's read: a skipped week named only its first).
    // Skipped and unlogged together are said together (physiotherapist's read: a skip named, the unlogged Friday not).
    const isMissed = (f: { r: Response }) => f.r.cause === 'not-logged' || f.r.cause === 'skipped';
    const many = !!w && isMissed(w);
    const missedOf = many ? found.filter(isMissed) : [];
    const missed = missedOf.length;
    const mixed = missedOf.some((f) => f.r.cause !== w?.r.cause);
    const heldByR9 = plan.weeks[step - 1].change.reason.id === 'change.held';
    // Physiotherapist's read: a week already a set down went badly on Monday, and Friday, a set lower still
    // (mid-week.ts), went well; the next week, one step up from Friday, was said only as a step back for Monday.
    const eased =
      w?.r.action === 'step-back' && fewerSets && fewerBefore
        ? found.findLast((f) => f.calf && f.done && f.date > w.date && f.r.action === 'go-on')
        : undefined;
    const adjustment: Adjustment = w
      ? {
          id: 'adjust.week',
          action: w.r.action,
          doses: step,
          because: w.r.cause,
          date: w.date,
          fewerSets,
          ...(fewerSets ? { cut } : {}),
          ...(missed > 1 ? { missed, ...(mixed ? { mixed: true as const } : {}) } : {}),
          ...(w.r.action === 'step-back'
            ? { runs: plan.summary.runsWait ? ('wait' as const) : plan.summary.runsLower }
            : {}),
          ...(eased ? { eased: eased.date } : {}),
          // A step back says what a second one in a row brings (C49).
          ruleIds: w.r.action === 'step-back' ? [...w.r.ruleIds, 'C49'] : w.r.ruleIds,
        }
      : {
          id: 'adjust.week',
          action: 'go-on',
          doses: step,
          because: null,
          date: null,
          fewerSets: false,
          // Rule 9's held week, one session a week: the step on is the same dose (physiotherapist's read: "one step
          // on" above the same drills had the runner looking for a change).
          ...(heldByR9 ? { sameDose: true as const, ruleIds: ['R8', 'C40', 'R9'] } : { ruleIds: ['R8', 'C40'] }),
        };
    weeks.push(weekFrom(plan, step, k as Week['number'], adjustment, anyDone));
  }
  const lastRead = responses(weeks[weeks.length - 1], log, usualPain, h.today, since);
  const lastFound = lastRead.found;
  const lastPain = weekPain(lastRead.entries);
  const risingAtEnd = lastPain !== null && painBefore !== null && lastPain > painBefore;
  read.push(lastFound);
  // Rule 8 within the week: the sessions after one that went badly already step back (mid-week.ts).
  for (let i = 0; i < weeks.length; i++) {
    const bad = read[i]?.find((f) => f.r.action === 'step-back');
    if (bad?.r.cause)
      weeks[i] = stepBackAfter(plan, weeks[i], steps[i], {
        date: bad.date,
        cause: bad.r.cause,
        ruleIds: bad.r.ruleIds,
      });
  }
  // C49: two calf sessions in a row went badly, the second already at a lower dose: the rest of the block keeps that
  // dose, adds nothing, and asks for a check (worse-again.ts).
  // Sessions the runner checked in as done after a clinician cleared them (C49's check), today's included.
  const cleared = logged
    .filter((e) => e.cleared && e.status !== 'skipped')
    .map((e) => e.date)
    .sort();
  const again = worseAgain(carried.lastBad ? [[carried.lastBad], ...read] : read, cleared);
  const done = new Set(read.flat().flatMap((x) => (x.calf && x.done ? [x.session] : [])));
  const held = again ? holdAfter(weeks, again, done) : weeks;
  // The plan's rule ids plus the adjustments' (weeks only move the plan's own sessions around). Not a fresh walk of
  // the whole plan: that alone cost about 50 us, the step's whole budget (npm run bench).
  const added = held.flatMap((w) => [
    ...(w.adjustment?.ruleIds ?? []),
    ...(w.adjustment?.fewerSets ? ['C39' as const] : []),
    ...w.sessions.flatMap((s) => s.notes.filter((n) => n.id === 'session.step-back').flatMap((n) => n.ruleIds)),
  ]);
  // C49's note says where the block stands; "it ends on week N's dose" would not hold under the hold (review).
  const heldFrom = again ? held.findIndex((w) => w.adjustment?.action === 'hold') + 1 || held.length + 1 : null;
  const plain = heldBack(plan, steps, heldFrom);
  // C49 asks for a check: the whole retest waits for it, as a test that works each calf to its limit is building on
  // a calf that got worse (physiotherapist's reads: its hop test was offered, then its heel-raise test after the two).
  // Once cleared, the retest no longer waits, and its hop test asks what the clinician who cleared the runner said;
  // so too when the runner was cleared after C49's two, before any stop (`checked`).
  const lifted = again?.third ? again.third.cleared !== undefined : again?.checked !== undefined;
  const waits = again && !lifted ? { waits: true as const } : {};
  // C49's two as the block's last calf sessions: none is left to hold at the lower dose or to tick "cleared" in, so
  // none is done until the check, and what follows week 4 waits for it, as after a stop (physiotherapist's read: the
  // note asked for a box in a next session the block did not have, and week 4's advice said to keep training).
  const ended =
    !!again &&
    !again.third &&
    !lifted &&
    !held.some((w) => w.sessions.some((s) => holdsBack(s.kind) && s.date > again.date));
  const summary = again
    ? {
        ...plain,
        retest: {
          ...plain.retest,
          ...(plain.retest.check ? {} : { check: lifted ? ('cleared' as const) : ('worse' as const) }),
          ...waits,
          ruleIds: [...plain.retest.ruleIds, 'C49' as const],
        },
        ...(again.third || lifted || ended
          ? { keepGoing: { ...plain.keepGoing, stop: lifted ? ('cleared' as const) : ('waits' as const) } }
          : {}),
      }
    : plain;
  // With plantar heel pain (its history, now, or when hopping: the plan's heel-signs note says so) the stop's words
  // name the heel as well as the calf and Achilles. Not the heel-raise days: a runner under 15 raises has none.
  const heel = plan.summary.flags.some((f) => f.id === 'flag.heel-signs');
  // A gap's check before week 3 (C54, C13) promised week 2's dose until then; C49 holds a lower one (physio's read).
  const lower = (f: Flag): Flag =>
    (f.id === 'flag.unexplained-gap' || f.id === 'flag.old-injury') && f.holdOn
      ? { ...f, lower: lifted ? ('cleared' as const) : (true as const) }
      : f;
  const flags = again ? [worseAgainFlag(again, summary, heel, ended), ...summary.flags.map(lower)] : summary.flags;
  // Held sessions carry their source's drills, whose rules (a cut set's C39) no week note names (review).
  const heldDrills = again ? held.flatMap((w) => w.sessions.flatMap((s) => s.drills.flatMap((d) => d.ruleIds))) : [];
  const cited = [...plan.ruleIds, ...added, ...heldDrills, ...flags.flatMap((f) => f.ruleIds)];
  const ruleIds = [...new Set(cited)].sort();
  // The last week answers for itself too: its worst check-in decides where the next block starts.
  const lastWeek = weeks[weeks.length - 1];
  const lastDoneCalf = read.flat().findLast((x) => x.calf && x.done) ?? carried.lastBad;
  const final = worst(lastFound);
  const last = steps[steps.length - 1];
  const back = final?.r.action === 'step-back';
  const stepped = back || lastWeek.adjustment?.action === 'step-back';
  // C43, physiotherapist's reads: a block that ends stepped back starts the next at that lower dose, and builds as the
  // mornings allow, as it would within a block. Only C49 (two bad in a row) holds it with a check; its last calf session
  // done, when bad, counts with the next block's first (lastBad).
  const end: BlockEnd = again
    ? heldEnd(plan.weeks, held, again.date, carried.setsOff)
    : {
        reached: back ? Math.max(1, last - 1) : last,
        setsOff: (back && last === 1) || lastWeek.adjustment?.fewerSets === true ? 1 : 0,
        endedInPain: false,
        // The body's answers only: a skipped, partly done or unlogged session (C40) is not stiffness or pain (review).
        repeat: stepped || (final?.r.action === 'repeat' && BODY.has(final.r.cause)) || risingAtEnd,
        ...(stepped ? { stepped: true as const } : {}),
        lastBad: lastDoneCalf?.r.action === 'step-back' ? lastDoneCalf : null,
      };
  return { plan: { ...plan, summary: { ...summary, flags }, weeks: held, ruleIds }, end };
}
