// A week's notes (the one-time advice of week 1, the checks that follow its drills, strides after an easy run):
// which apply to this week of this runner, as data for explain/.
import { shutBeyondStrain } from '../assess/gates.ts';
import { blockHeld, gapHolds, type Profile, runningWaitsForCheck } from '../assess/profile.ts';
import type { Note } from '../model/plan-types.ts';
import type { Weekday } from '../model/vocabulary.ts';
import { STRIDES_DOSE } from './dosing.ts';
import { REPS_IN_RESERVE } from './session-rules.ts';

/** Rule 15: running distance rises by at most this much a week (percent). */
const RUNNING_RISE_PERCENT = 20;

const other = (s: 'left' | 'right') => (s === 'left' ? 'right' : 'left');

/** Strides this week: 'new' the week they begin, 'on' the first week of a block that carries them (C16, C41); 'run' and
 * 'run-new' when they are done after an easy run instead (C30: no room in the session), every week. */
export type StridesNow = 'new' | 'on' | 'run' | 'run-new' | null;

/** What the week's sessions hold that its notes speak of: hops, and any drill done with a weight. */
export type Holds = { hops: boolean; weight: boolean; kept: boolean; heelDays: boolean };

/** Strides after an easy run: the days (strides-days.ts), why they are not in the session ('room': C30's 35 minutes;
 * 'no-run': a calf day without a run, C16; 'no-runs': none with one), and whether a day is a calf-session day or the day after one. */
export type RunStrides = { dates: string[]; why: 'room' | 'no-run' | 'no-runs'; afterCalf: boolean };

/** `beforeHard`: this week's calf-session days (loaded, or C38's short heel-raise days) that fall on the day before a
 * hard session. */
export function weekNotes(
  n: number,
  p: Profile,
  strides: StridesNow,
  holds: Holds,
  perWeek: number,
  run: RunStrides,
  beforeHard: Weekday[],
  repeats1 = false,
): Note[] {
  const notes: Note[] = [];
  // (Week 1's activation days are in its focus line, "short activation on the days between loaded sessions": a note
  // saying it again cost the fullest plans' printed week 1 the line the note below needs.)
  // C6 (physiotherapist's read: a session the day before intervals, unsaid), every week: each printed week stands
  // alone, and weeks 2-4 load more than week 1 (a later read: only week 1's sheet said it). A week note, not a session
  // note: it would make those sessions differ from the week's others and split the printed week's one table.
  if (beforeHard.length) notes.push({ id: 'week.before-hard-day', days: beforeHard, ruleIds: ['C6', 'R8'] });
  // #12 dosing: week 1 sets end with reps in reserve (C33); plantar heel pain's short heel-raise days (C38).
  // Its weight advice only where week 1 has a weight (physio read: a child's plan, C44, was told to pick one).
  // A later block's week 1 says why without "learning each drill" (sixth physio read: it did, after 8 weeks of them).
  // A week that repeats week 1's dose (a held block, rule 9) keeps its reserve too, until a load week (C33): said as a
  // repeat, as the log's repeats say it (physiotherapist's read: held weeks 2-4 after a retest that fell did not).
  if (n === 1 || repeats1)
    notes.push({
      id: 'week.reps-in-reserve',
      ...REPS_IN_RESERVE,
      weight: holds.weight,
      later: p.later,
      ...(p.later && holds.kept ? { kept: true as const } : {}),
      ...(n > 1 ? { again: true as const } : {}),
      ...(blockHeld(p) ? { held: true as const } : {}),
      ruleIds: ['C33'],
    });
  // Only where the week has such days (physiotherapist's read: three sessions a week leave none, and the note spoke of
  // them).
  if (n === 1 && p.plantar && holds.heelDays) notes.push({ id: 'week.heel-raise-days', ruleIds: ['C38'] });
  // C37: the stronger side's maintenance dose, said once for the block (it holds until a retest shows 90%).
  // Only a knee position whose drill is done on one leg has a stronger side's dose to cap: raises on both legs are the
  // same for both (physio read: a 13-year-old on two-leg raises was told the stronger side did a maintenance dose).
  const k =
    p.straight.extraSet && p.straight.stance === 'single'
      ? p.straight
      : p.bent.extraSet && (p.bent.stance === 'single' || p.has.seated)
        ? p.bent
        : null;
  // Said for its knee position when only one is capped (physiotherapist's read: "never more than your weaker side"
  // above a straight-knee drop of left 3 x 14, right 3 x 16, the sides within 10% with the knee straight).
  const capped = (x: typeof p.straight) => x.extraSet && (x.stance === 'single' || (x === p.bent && p.has.seated));
  const knee =
    capped(p.straight) === capped(p.bent) ? {} : ({ knee: capped(p.straight) ? 'straight' : 'bent' } as const);
  // Second read: the weaker side differs by knee position (straight right, bent left), so each is said apart.
  const crossed =
    capped(p.straight) && capped(p.bent) && p.straight.weaker && p.bent.weaker && p.straight.weaker !== p.bent.weaker;
  if (n === 1 && crossed)
    for (const x of ['straight', 'bent'] as const) {
      const w = p[x].weaker;
      if (w) notes.push({ id: 'week.stronger-maintains', side: other(w), knee: x, ruleIds: ['R5', 'C37'] });
    }
  else if (n === 1 && k?.weaker)
    notes.push({ id: 'week.stronger-maintains', side: other(k.weaker), ...knee, ruleIds: ['R5', 'C37'] });
  // Not in a held block: its focus already says no hops start, and why (phone review: said twice).
  const plyo = p.gates.plyometrics;
  if (n >= 3 && plyo.status === 'locked' && !blockHeld(p) && !gapHolds(p))
    notes.push(
      // No "retest after week 4" when only a strain's check locks them (C13): ticking "cleared" rebuilds the plan.
      shutBeyondStrain(plyo)
        ? { id: 'week.no-hops', ruleIds: ['R13', 'R4'] }
        : { id: 'week.no-hops', strain: true, ruleIds: ['R13', 'C13'] },
    );
  // #12 screen: C25 hops with a hand support over 65; C22 no advice to run more with hopping pain over 5/10.
  if (holds.hops && p.older) notes.push({ id: 'week.hops-support', ruleIds: ['C25'] });
  // No running-increase line while hopping hurts over 2/10 (C45's hold, C22 over 5; at 3-5 the pain rule guides the
  // running instead, third physio read), in a block held after a fall or pain (C42, C43), without any runs, or with
  // Achilles pain of 3/10 or more now (rule 12's holds; the running check is locked, and the pain rule guides running:
  // physiotherapist's read), or calf-muscle pain now (C52: its own pain limit guides the running; second read), or
  // while a wide gap between the calves waits for its check (C54: "keep your running where it is until then"), or an
  // old injury's (C13; physiotherapist's read: "+20%" in week 4 could come before the check it asked for).
  if (
    n === 4 &&
    !p.hopPainOverGate &&
    p.runs &&
    !p.held &&
    !p.tendonPainNow &&
    !p.calfPainNow &&
    !runningWaitsForCheck(p)
  )
    notes.push({ id: 'week.running-increase', percent: RUNNING_RISE_PERCENT, ruleIds: ['R15'] });
  if (strides === 'new' || strides === 'run-new')
    notes.push({ id: 'week.strides-new', ruleIds: ['C16', 'C36', 'R15'] });
  if (strides === 'new' || strides === 'on') notes.push({ id: 'week.strides-where', ruleIds: ['R15', 'C9'] });
  // After an easy run the strides are in no session, so the week says their dose (C16, C30).
  if (strides === 'run' || strides === 'run-new')
    notes.push({
      id: 'week.strides-run',
      ...STRIDES_DOSE,
      times: perWeek,
      // The session's walking check (C15) comes with the strides wherever they are done.
      walk: p.gates.running.conditions.some((c) => c.met === null),
      ...run,
      ruleIds: run.why === 'room' ? ['R15', 'C9', 'C30', 'C16'] : ['R15', 'C9', 'C16'],
    });
  return notes;
}

/** C16, C30: which easy runs the strides follow this week (the loaded sessions' offsets, 0-6, are the week's too);
 * `noRun`: a calf session falls on a day without a run, so the session never lists them (Profile.stridesInSession). */
