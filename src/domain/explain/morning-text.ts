// What a morning answer means for the next calf session (rule 8, C39), said the moment it is saved: the plan below
// changes with it, and the runner should not have to find out how by reading four weeks (phone review).
// Two parts, so neither can say something untrue: what this morning was (and whether the session itself holds the
// next one back), then the next calf session as the plan now has it.
import { lighterBy, waitNote } from '../adjust/lighter.ts';
import type { Morning, Response } from '../adjust/response.ts';
import type { PlanSummary, Session, Week } from '../model/plan-types.ts';
import type { STIFFNESS } from '../model/session-log.ts';
import { shortDate } from './dates.ts';
import { becauseText, eachCut, easyRuns } from './say.ts';

const MORNING: Record<Morning, string> = {
  usual: 'Back to your usual.',
  'not-back': 'Not quite back to your usual.',
  worse: 'Worse than your usual.',
};

/** Why the session itself holds the next one back, when the morning does not. */
const SESSION_CAUSE: Partial<Record<NonNullable<Response['cause']>, string>> = {
  partly: 'it was partly done',
  'pain-during-4-5': 'pain during it was 4 or 5 out of 10',
  'pain-during': 'pain during it was over 5 out of 10',
  'pain-during-calf': 'pain in the calf muscle during it was over 3 out of 10',
};

/** The next calf session as the plan has it once the answer is in, and the week after it: read from the plan the
 * domain built, so the words cannot drift from the weeks below them (final phone review: a message that read one
 * session said "goes ahead as planned" above a week that repeated, held back by another session of the week). */
export type NextCalf = {
  session: Session;
  week: Week;
  /** The week after `week`, if the block has one. */
  after: Week | null;
  /** `week` is the week of the session the morning was about, so the dose is that session's own. */
  sameWeek: boolean;
  today: boolean;
};

/** C49: two calf sessions in a row went badly; the plan asks for a check (shown above today's session). */
const HOLD = 'keeps the lower dose your sessions stepped back to, and adds nothing until your calves are checked';
/** C49, once a clinician has cleared the runner after the stop. */
const CLEARED = (resumed: unknown) =>
  resumed
    ? 'takes the dose your physiotherapist or doctor gave you, with nothing added'
    : 'keeps the lower dose your sessions stepped back to, with nothing added, unless your physiotherapist or doctor gave you another';
/** After a third bad session in a row (C49): the next one waits for the check, then goes on at the lower dose, or at
 * the clinician's own when the stop came after a clearance (`resumed`, on the week's change and the session's note). */
const STOPPED = (resumed: unknown) =>
  `waits until a physiotherapist or doctor has checked your calf and cleared you, then ${resumed ? 'takes the dose they give you' : 'keeps the lower dose your sessions stepped back to'}`;

/** C49's held dose, said from a week's change or a session's note: waiting for the check, cleared since, or held. */
const heldDose = (x: { stopped?: unknown; resumed?: true; cleared?: true }) =>
  x.stopped ? STOPPED(x.resumed) : x.cleared ? CLEARED(x.resumed) : HOLD;

/** A week's dose when the log moved it off its planned step (rule 8, C39, C40, C49); undefined for the planned step. */
function weekDose(week: Week): string | undefined {
  const a = week.adjustment;
  if (!a) return undefined;
  if (a.action === 'hold') return heldDose(a);
  if (a.fewerSets)
    return a.action === 'repeat'
      ? `repeats week ${a.doses}’s dose with one set fewer of ${eachCut(a.cut)}`
      : `steps back: one set fewer than week 1 of ${eachCut(a.cut)}`;
  if (a.action === 'repeat') return `repeats week ${a.doses}’s dose`;
  if (a.action === 'step-back') return `steps back to week ${a.doses}’s dose`;
  return `takes one step on, to the dose first planned for week ${a.doses}`;
}

/** A session's dose, from its own note (a step back or hold within the week) or else its week's. */
function sessionDose(n: NextCalf): string {
  const note = n.session.notes.find((x) => x.id === 'session.held' || x.id === 'session.step-back');
  if (note?.id === 'session.held') return heldDose(note);
  if (note?.id === 'session.step-back')
    return note.fewerSets
      ? `steps back: one set fewer of ${eachCut(note.cut)}`
      : `steps back to week ${note.doses}’s dose`;
  if (n.sameWeek) return 'keeps this week’s dose, with nothing added';
  return weekDose(n.week) ?? `takes the next planned step: week ${n.week.number}’s dose`;
}

function nextText(n: NextCalf | null): string {
  if (!n) return 'This block has no calf session left: your retest comes next.';
  const when = n.today ? 'Today’s calf session' : `Your next calf session, ${shortDate(n.session.date)},`;
  const first = `${when} ${sessionDose(n)}.`;
  // Within the week the dose stays; what the answer changes shows in the week after. "As things stand": a later
  // check-in of the week can still change it.
  if (!n.sameWeek || !n.after) return first;
  const later = weekDose(n.after) ?? 'takes the next planned step';
  return `${first} As things stand, week ${n.after.number} ${later === sessionDose(n) ? 'does the same' : later}.`;
}

const STIFF = { usual: '', more: 'stiffer than usual', 'much-more': 'much stiffer than usual' };
/** The runner's answers and their usual pain (the day of the test): what made a morning not usual, said with it
 * (four-weeks review: "As usual" and pain 2 read "Not quite back to your usual", and the runner did not see why). */
export type MorningAnswer = { stiffness: (typeof STIFFNESS)[number]; pain: number; usual: number };
function morningWhy(a: MorningAnswer): string {
  const pain = a.pain > a.usual ? `pain ${a.pain}/10, above the ${a.usual}/10 on your test day` : '';
  const parts = [STIFF[a.stiffness], pain].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** `morning`: this morning's own reading; `next`: the whole session's response (morning and session together);
 * `after`: the next calf session in the plan as it now stands (null when the block has none left); `answer`: the
 * answers behind `morning`; `runs`: the plan's word on running (C22's wait, C52's places). */
export function morningText(
  morning: Morning,
  next: Response,
  after: NextCalf | null,
  answer?: MorningAnswer,
  runs?: Pick<PlanSummary, 'runsWait' | 'runsLower'>,
): string {
  const because = next.cause ? SESSION_CAUSE[next.cause] : undefined;
  const held = because ? ` The session itself holds the next one back (${because}).` : '';
  // After C49's stop the note at the top says how to run until the check (second physiotherapist's read).
  const stopped = after !== null && waitNote(after.session) !== undefined;
  const easy =
    next.action === 'step-back'
      ? easyRuns(runs?.runsWait ? 'wait' : stopped ? 'top' : runs?.runsLower, next.cause)
      : '';
  const why = answer && morning !== 'usual' ? morningWhy(answer) : '';
  return `${MORNING[morning].replace(/\.$/, `${why}.`)}${held} ${nextText(after)}${easy}`;
}

const NEXT_SESSION: Partial<Record<Response['action'], string>> = {
  repeat: 'Your next calf session repeats this dose',
  'step-back': 'Your next calf sessions step back to a lighter dose',
};

/** What a check-in itself means for the next calf session, said when it is saved (C40, rule 7): nothing when it goes
 * ahead (the morning after decides then). */
export function checkInText(r: Response): string {
  const because = r.cause ? SESSION_CAUSE[r.cause] : undefined;
  const next = NEXT_SESSION[r.action];
  return because && next ? `${next} (${because}).` : '';
}

/** Today's card, before the session starts (phone review: the strip marked the day "↓" and the session's note said
 * why, but the card with the Start button did not): what makes a calf session lighter than planned, in one sentence,
 * or null when it is as planned. The cases are adjust/lighter.ts's, which the strip's mark reads too. */
export function lighterText(week: Week, session: Session): string | null {
  const by = lighterBy(week, session);
  const lead = 'Lighter than planned:';
  if (by?.kind === 'held')
    return by.waits
      ? `This session waits until a physiotherapist or doctor has checked your calf and cleared you to train (see the note at the top), then ${by.resumed ? 'takes the dose they give you' : 'keeps the lower dose your sessions stepped back to, with no hops'}.`
      : by.resumed
        ? 'At the dose your physiotherapist or doctor gave you, with no hops (ask them for one if they did not).'
        : `${lead} the lower dose your sessions stepped back to, with no hops, ${by.cleared ? 'unless your physiotherapist or doctor gave you another' : 'until your calves are checked'}.`;
  const step = by?.step;
  if (!step?.because) return null;
  const dose = step.fewerSets
    ? `one set fewer${by?.week ? ' than week 1' : ''} of ${eachCut(step.cut)}`
    : `week ${step.doses}’s dose`;
  return `${lead} ${dose}, because ${becauseText(step.because, step.date)}.`;
}
