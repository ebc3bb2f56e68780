// The words of every Phrase the engine returns: the plan's here, a referral's in referral-words.ts (they load with
// the page; these once there is a plan). The only place an engine sentence is written: the CLI, the plan page, print
// and the calendar file all call say().

import type {
  CutKind,
  NotNow,
  Phrase,
  PhraseOf,
  PlanPhraseId,
  RepsTop,
  RungAt,
  SideGap,
  SymmetryNow,
} from '../model/phrases.ts';
import { EQUIPMENT_QUESTIONS, type Side, WEEKDAY_LABELS } from '../model/vocabulary.ts';
import { shortDate } from './dates.ts';
import { STRIDES_SKIP, setsBy } from './dose-text.ts';
import { REFERRAL_WORDS } from './referral-words.ts';
import { GATES_HEADING } from './titles.ts';

const sidesText = (sides: Side[]) => (sides.length > 1 ? 'left and right' : `${sides[0]} side`);
const symNow = (n: SymmetryNow) =>
  n.bent === null ? `${n.straight}%` : `straight knee ${n.straight}%, bent knee ${n.bent}%`;
const straightAndBent = (n: SymmetryNow) => (n.bent === null ? '' : ' with the knee straight and bent');
const CLASH = {
  'before-long-run': 'the day before your long run',
  'hard-day': 'a hard-session day',
  'long-run-day': 'your long-run day',
};

/** C45: a retest's hopping pain over 2/10 holds the block. */
/** C13 with a once-strained calf hurting now: the block holds week 1's dose until the check. Phone review: "change your
 * pain answer" read as "type a lower number", and the box pushed today's Start below a phone's first screen. */
const UNTIL_CHECKED =
  'Until then your plan keeps week 1’s dose; once cleared, tick “cleared” under the strain question (step 3 of your answers).';
/** What hopping pain of 3-5/10 may be: in the calf muscle alone a strain not yet healed (C53), elsewhere a bone. */
const HOP_PAIN_CALF =
  'In the calf muscle that can be a strain not yet healed: have a physiotherapist or doctor check it this week, keep it to 3/10 in sessions and runs, and stop at once with sudden sharp pain, bruising or a limp.';
/** With the shin's request to book a check (C53), the calf muscle's own signs (physiotherapist's read: calf and shin
 * hopping pain together read of the shin only, under weeks held for the calf). Its 3/10 limit is in the pain notes
 * (C52), so not here: the printed handout keeps its five pages. */
const HOP_PAIN_CALF_TOO =
  'In the calf muscle it can be a strain not yet healed: stop at once with sudden sharp pain, bruising or a limp.';
const HOP_PAIN_BONE =
  'Pain from hopping can be a bone stress injury: if a bone is tender at one spot (about 2-3 cm), hopping on one leg hurts at one point, or it aches at night or at rest, stop running and jumping and see a clinician before any calf training.';
/** The pain check's place changes (check.pain-place): nothing below a step (rule 17, C52), no landings (C52, C36). */
const FLOOR = 'heel drops on flat floor';
const NO_HOPS = 'no hops or strides';
/** C52's places, whose pain keeps to rule 7's safe band (a sore calf muscle, a shin that hurt hopping). */
const placeNames = (places: readonly ('calf' | 'shin')[]) =>
  places.map((x) => (x === 'calf' ? 'the calf muscle' : 'the shin')).join(' and ');
/** C52's 3/10 for those places, said beside a 5/10 limit (physiotherapist's read: "at most 5/10" stood alone after a
 * step back and in C49's note, beside the running note's 3/10). */
const lowerLimit = (places: readonly ('calf' | 'shin')[]) => (places.length ? ` (in ${placeNames(places)}, 3/10)` : '');
const CALF_LIMIT = lowerLimit(['calf']);
/** C49: which place is getting worse is not known, so the runs keep C52's 3/10 in both its places (physiotherapist's
 * read: "at most 5/10" stood for a runner whose pain check had named the calf muscle). */
const WORSE_PLACES = ['calf', 'shin'] as const;
/** rules.md's warning signs not to wait with, rupture's and the blood clot's among them, as C49's stop says them. */
const DANGER_SIGNS =
  'Go the same day after a sudden pop or a feeling of being kicked in the heel or calf, if you cannot rise on one leg or feel a gap in the tendon, or if the calf swells, bruises down to the ankle or makes you limp, and straight away with numbness, pins and needles, or pain spreading down the leg; get emergency care now if one calf is swollen, warm and red, or with breathlessness or chest pain.';
/** " on Mon 31 Mar" after "before your retest", where the date is known. */
const on = (date?: string) => (date ? ` on ${shortDate(date)}` : '');
// Physiotherapist's read: "nothing new" on a pain 4-5 day sat beside a load week's heavier weight, with nothing saying
// which wins. The pain check applies last week's weight on such a day (C35); the week's change says so too.
// Physiotherapist's read of the handout: 4/10 under the heel or in the calf muscle means no session at all (C50,
// C51), so the line names the days it is for.
// "Load" where body weight may be all there is (C38's heel raise without a backpack or weights ticked).
const painDayKeep = (what: 'weight' | 'load') =>
  ` If your pain is 4-5/10 on the day and the readiness rules still allow a session, keep last week’s ${what}.`;

/** Where a weaker leg's count started the raises on both legs (C3). */
const KNEES = {
  straight: 'with the knee straight',
  bent: 'with the knee bent',
  both: 'in both knee positions',
} as const;

const HOLD = {
  last: ', and this block holds your last dose',
  'week-1': ', and the four weeks keep week 1’s dose',
} as const;

const DROPS = 'drops below step level';
const PAUSE = 'a 2-second pause at the top of each standing raise';
/** Why a step would not do, after the step's name (shared when both steps fail for the same reason). */
const WOULD = {
  holds: 'would change none of your drills now, as holds stand in for standing raises while your tendon hurts',
  'no-raise': 'would change none of your drills now',
  time: 'would take the session past about 35 minutes',
  load: 'would raise your weekly load by more than 10%',
} as const;
const RANGE_NOT = {
  'no-step': `${DROPS} need a step, and you did not tick one`,
  strain: `${DROPS} wait until a clinician has checked your old calf strain`,
  young: `under 16, raises stay at floor level (no ${DROPS})`,
  'heel-bone': `with pain at the heel bone, raises stay at floor level (no ${DROPS})`,
  'two-legs': `${DROPS} lower on one leg, and your raises still start on both`,
  done: 'your raises already go below step level',
} as const;

/** C33's reps in reserve. Physiotherapist's read: "stop every set with 2-3 reps still in you" read to a runner whose
 * listed reps are far below their limit (40 raises, a set of 15) as "go on until 2-3 short of it". */
const reserve = (p: { min: number; max: number }) =>
  `stop every set at the reps listed, or sooner while ${p.min}-${p.max} more are still in you`;

/** The week's change is said after its label ("What changes: Load."), so its sentence starts without one. */
const cap = (t: string) => t[0].toUpperCase() + t.slice(1);
/** "Monday, Wednesday and Friday". */
const andList = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

function notNowText({ range, pause }: NotNow): string {
  if (range === pause && range !== 'done') return `this week's possible steps, ${DROPS} and ${PAUSE}, ${WOULD[range]}`;
  const r =
    range in WOULD ? `${DROPS} ${WOULD[range as keyof typeof WOULD]}` : RANGE_NOT[range as keyof typeof RANGE_NOT];
  // A pause that changes nothing without holds: the raises keep a tempo of their own (a weight's 3-0-3, C34; C38's).
  const t =
    pause === 'done'
      ? 'your raises already pause at the top'
      : pause === 'no-raise'
        ? 'a 2-second pause at the top would not change your raises, which keep their own tempo (each drill shows it)'
        : `${PAUSE} ${WOULD[pause]}`;
  return `${r}; ${t}`;
}

const OLD_INJURY = {
  'calf-both': 'calf strains on both sides',
  'calf-left': 'a left calf strain',
  'calf-right': 'a right calf strain',
  achilles: 'past Achilles tendon pain (tendinopathy)',
};

type OldInjuryNote = PhraseOf<'flag.old-injury'>;
const TICK_CLEARED = 'Once cleared, tick “cleared” under the strain question.';
/** C54's check answered the same way: a box under the history questions (WeekFields), ticked only when cleared to
 * train (physiotherapist's read: a runner whose clinician found a problem could still tick it). */
const TICK_CHECKED = 'Cleared to train? Then tick “checked” under the history questions.';
/** After a clearance for C49's check, the same tick, tied to that visit: one check may have covered both, or not
 * (physiotherapist's read: two requests for one clinician read as two visits). */
const tick = (p: { lower?: true | 'cleared' }) =>
  p.lower === 'cleared'
    ? 'Did the physiotherapist or doctor who cleared you also clear this difference? Then tick “checked” under the history questions.'
    : TICK_CHECKED;
/** When not to wait for a wide gap's check (physiotherapist's read: "keeps getting weaker" is nothing a runner can see
 * between tests; one-sided weakness can also come from a nerve in the back). */
const SOONER =
  'Go straight away if the calf hurts, swells or makes you limp, or with numbness, pins and needles, or pain spreading from your back down that leg.';
/** C54's counts, as the request says them: "Your left calf did 6 straight-knee raises to your right’s 12 (50%)". */
const gapCounts = (g: SideGap) =>
  `Your ${g.side} calf did ${g.weaker} ${g.knee}-knee raises to your ${g.side === 'left' ? 'right' : 'left'}’s ${g.stronger} (${g.percent}%)`;
/** C54: what waits for a wide gap's check, asked before week 3 (`holdOn`). */
/** C54's hold, or C49's lower dose when the log holds one (physiotherapist's read: "keep week 2's dose" above weeks
 * held lower). */
const gapHold = (p: { lower?: true | 'cleared' }) =>
  p.lower ? 'your calf sessions keep the lower dose your log set' : 'weeks 3 and 4 keep week 2’s dose';
/** C26's review, after "if": with no Achilles pain now (`past`), once it comes back. */
const REVIEW = (past?: true) =>
  `it ${past ? 'comes back and is' : 'is'} not clearly better after 6-12 weeks of loading (a Pushoff convention), see a clinician.`;
/** C26's review beside a check already asked for in the next few days (the hopping-pain request): after it. */
const AFTER_CHECK = 'After the check asked for at the top, if';
/** C13's note on an old injury, by why it is there. */
const OLD_INJURY_WORDS: Record<OldInjuryNote['why'], (p: OldInjuryNote) => string> = {
  drops: (p) =>
    `You have had ${OLD_INJURY[p.what]} that no physiotherapist or doctor has checked yet: ${p.stepWaits ? `${DROPS}, hops` : 'hops'} and strides wait until one has, so book a check if you want them. ${TICK_CLEARED}`,
  cleared: (p) =>
    `You have had ${OLD_INJURY[p.what]}, and a physiotherapist or doctor has cleared it for training: your plan builds as usual${p.hurtsNow ? ', with pain in the calf muscle kept to 3/10 in sessions and runs' : ''}.${p.gap ? ' Your sides still differ by more than 10%: show these counts to whoever cleared you.' : ''} If the calf starts to hurt or hurts more, reaches 4/10 at rest, or began to hurt after you were cleared, stop the calf work and have it checked again.`,
  pain: (p) =>
    `You have had ${OLD_INJURY[p.what]} and your calf hurts now: book a physiotherapist or doctor this week to check it has recovered. ${UNTIL_CHECKED}`,
  norms: (p) =>
    `You have had ${OLD_INJURY[p.what]}. Your sides are alike, but at least one is short of the runner-ready 25 and below the typical count by more than the test’s day-to-day noise, and with both calves once injured, alike sides do not show that they have fully recovered. Book a physiotherapist or doctor to check it before your retest${p.stepWaits ? `; until then, ${DROPS} wait` : ''}.${p.hurtsNow ? ` Your calf hurts now too: book that check this week. ${UNTIL_CHECKED}` : ''}`,
  // A strain not cleared on a side clearly weaker holds the block, checked this week; otherwise before the retest.
  sides: (p) =>
    p.holds
      ? `Your sides differ by over 10% after ${OLD_INJURY[p.what]}${p.hurtsNow ? ', and your calf hurts now' : ''}: book a physiotherapist or doctor this week to check ${p.what === 'calf-both' ? 'both have' : 'it has'} healed; until then, run no more than now and keep week 1’s dose. ${TICK_CLEARED}`
      : `${p.counts ? `${gapCounts(p.counts)}, and you have had` : 'Your sides differ by over 10% after'} ${OLD_INJURY[p.what]}: ${p.seen ? 'it was looked at after your last test and the gap is still there, so show these counts to a physiotherapist or doctor' : `${p.ask || p.fell ? 'book' : 'have'} a physiotherapist or doctor ${p.ask || p.fell ? 'to check' : 'check'} it has healed`} ${p.fell ? 'now, as your retest found a side weaker than before (above)' : `before ${p.holdOn ? `week 3 starts${on(p.holdOn)}` : `your retest${on(p.retestOn)}`}`}; until then, run no more than now${p.stepWaits ? `, and ${DROPS} wait` : ''}${p.holdOn ? `, and ${gapHold(p)}.` : '.'}${p.ask ? ` ${SOONER}` : ''}${p.holdOn ? ` ${tick(p)}` : ''}`,
};

/** When strides follow an easy run (C16, C30): on the days the plan chose (prescribe/strides-days.ts), or on any easy
 * run when none of the runner's run days is an easy one. */
function stridesWhen(p: PhraseOf<'week.strides-run'>): string {
  const n = p.dates.length;
  const s = n > 1 ? 's' : '';
  const days = p.dates.map((d) => shortDate(d).slice(0, 3)).join(', ');
  return `at the end of ${n ? `your easy run${s} on ${days.replace(/, (?=\w+$)/, ' and ')}` : 'an easy run'} (not a long or hard one), ${
    n && n < p.times
      ? `the only easy run${s} in your week`
      : p.times === 1
        ? 'once this week'
        : `up to ${p.times} times this week, as often as your calf sessions`
  }`;
}

/** The plan's words; a referral's are in referral-words.ts. */
type Words = { [K in PlanPhraseId]: (p: PhraseOf<K>) => string };

/** Why a week follows the log instead of its planned step (issue 14; rules 8 and 7, C39, C40). */
type Because = NonNullable<PhraseOf<'adjust.week'>['because']>;
/** Why the log held a week or a session back, in words (R7, R8, C39, C40). */
export function becauseText(because: Because, date: string | null, missed = 1, mixed = false): string {
  const on = date ? shortDate(date) : '';
  if (mixed && missed > 1)
    return `${missed} calf sessions of the week before, the first on ${on}, were skipped or have no check-in, so they count as missed`;
  return {
    'not-back': `the morning after ${on} your calves were not back to usual`,
    worse: `the morning after ${on} was clearly worse than usual, in stiffness or in pain`,
    'pain-during': `pain during the session on ${on} went over 5/10`,
    'pain-during-calf': `pain in your calf muscle during the session on ${on} went over 3/10, its limit while it hurts`,
    'pain-during-4-5': `pain during the session on ${on} reached 4-5/10, so nothing new is added yet`,
    'pain-rising': `your pain rose from one week to the next (up to ${on})`,
    skipped:
      missed > 1
        ? `${missed} calf sessions of the week before, the first on ${on}, were skipped`
        : `the session on ${on} was skipped`,
    'not-logged':
      missed > 1
        ? `${missed} calf sessions of the week before, the first on ${on}, have no check-in, so they count as missed`
        : `the session on ${on} has no check-in, so it counts as missed`,
    partly: `the session on ${on} was only partly done`,
    'worse-again': `the session on ${on} went badly again, though it was already at a lower dose`,
  }[because];
}

const CUT_WORD: Record<CutKind, string> = { raise: 'raise', drop: 'heel drop', hold: 'hold' };
/** What a step back with no lower week cuts a set from (stepBackDrills), naming only the kinds the drills have
 * (physiotherapist's read: "each raise, heel drop and hold" in a plan with no heel drop). */
export function eachCut(cut: readonly CutKind[] = []): string {
  const words = cut.map((k) => CUT_WORD[k]);
  return `each ${words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? 'drill')}`;
}

/** After a step back, what a second one brings (C49), so the runner knows before it happens (physiotherapist's read: no
 * line said when to call the physiotherapist after pain during over 5 and a worse morning). */
const ifAgain = (because: Because | null) =>
  // Phone review and physiotherapist's read: after calf-muscle pain over its 3/10, "like that (pain during over 5/10…)"
  // left out what had just happened, which counts too (C52).
  ` Two calf sessions in a row like that (pain during over 5/10${because === 'pain-during-calf' ? ', or over 3/10 in the calf muscle' : ''}, or a worse morning) and the plan keeps the lower dose and asks you to have it checked.`;

/** After a step back (rule 8, C39): the runs too, until the mornings settle; nothing while C22 has them wait. Said
 * with the morning answer on screen and in the week's note, so paper and the calendar say it as well
 * (physiotherapist's read: only the screen did). A step back for pain during a session (rule 7, C52) waits for a
 * session that goes well, not for mornings that may never have been off (phone review). */
export const easyRuns = (runs: 'wait' | 'top' | readonly ('calf' | 'shin')[] = [], because?: Because | null) =>
  runs === 'wait'
    ? ''
    : runs === 'top'
      ? ' Keep your runs easy as the note at the top says, until you have been checked.'
      : ` Keep runs easy until ${because === 'pain-during' || because === 'pain-during-calf' ? 'a calf session and the morning after it go well again' : 'your mornings are back to usual'}, with pain during a run at most 5/10${lowerLimit(runs)}.`;

function adjustText(p: PhraseOf<'adjust.week'>): string {
  const why = (b: Because) => becauseText(b, p.date, p.missed, p.mixed);
  if (p.action === 'hold' && p.stopped)
    return `Your calf sessions wait until a physiotherapist or doctor has checked your calf: ${p.date ? `the session on ${shortDate(p.date)}` : 'a session'} went badly ${p.resumed ? 'after you were cleared to train' : 'too, right after another, though already at a lower dose'}. ${p.resumed ? 'Once they have cleared you to train again, do the dose they give you.' : 'Once they have cleared you to train, do these sessions at that lower dose, with no hops and nothing new.'}`;
  if (p.action === 'hold' && p.cleared && p.resumed)
    return 'Takes the dose your physiotherapist or doctor gave you when they cleared you again (ask them for one if they did not: the plan’s lower dose went badly after a clearance), with no hops, and adds nothing. If a session goes badly again, stop and go back to them.';
  if (p.action === 'hold' && p.cleared)
    return `Keeps the lower dose your sessions stepped back to after ${p.date ? shortDate(p.date) : ''}, with no hops, and adds nothing, now that a physiotherapist or doctor has cleared you to train. Follow their advice first; if a session goes badly again, stop and go back to them.`;
  if (p.action === 'hold')
    return `Keeps the lower dose your sessions stepped back to after ${p.date ? shortDate(p.date) : ''}, with no hops, and adds nothing: ${why(p.because ?? 'worse-again')}. Have your calf or Achilles checked by a physiotherapist or doctor before you build on it.`;
  if (p.action === 'go-on' || !p.because)
    // "Week 3's dose" read as what week 3 did, which had repeated week 2 (phone review): name the plan's step.
    // No "Follows your log:" lead: every place that shows it already says so ("What changes: this week follows your
    // log.", the block summary's "Change from the log"), and it read twice (physiotherapist's read).
    // Physiotherapist's read: "one step on" then "the same dose again" read as a contradiction.
    return p.sameDose
      ? `This week counts as the next step, week ${p.doses}'s, which with one session a week keeps the same dose: the dose steps up only every second session.`
      : `One step on from last week, so this week does the dose first planned for week ${p.doses}.`;
  // Eased: the session after it went well, so the runs need no word.
  const again = p.action === 'step-back' ? `${ifAgain(p.because)}${p.eased ? '' : easyRuns(p.runs, p.because)}` : '';
  if (p.fewerSets)
    return p.eased
      ? `One set fewer than week 1 of ${eachCut(p.cut)}: ${why(p.because)}, but ${shortDate(p.eased)}, a set lower still, went well, so this week goes one step up from it.${again}`
      : `One set fewer than week 1 of ${eachCut(p.cut)} (there is no lower week): ${why(p.because)}.${again}`;
  return p.action === 'repeat'
    ? `Repeats week ${p.doses}'s dose: ${why(p.because)}. The next step waits until a week goes well.`
    : `Steps back to week ${p.doses}'s dose: ${why(p.because)}.${again}`;
}

const LADDER_WORD = {
  'heel-raise': 'high-load heel raise',
  raise: 'standing raise',
  drop: 'heel drop',
  seated: 'seated raise',
};

type Held = Record<Side, { sets: number; reps: number }>;
/** A rung's real sets × reps on each side ("left 3 × 12, right 4 × 10"), as the sessions print them. */
export const heldDose = (h: Held) =>
  h.left.sets === h.right.sets && h.left.reps === h.right.reps
    ? `${setsBy(h.left.sets, h.left.reps)} on each side`
    : `left ${setsBy(h.left.sets, h.left.reps)}, right ${setsBy(h.right.sets, h.right.reps)}`;
/** Why a side does fewer reps than its weight allows (C42's cap on a next block, rule 11's 10%). `held`: the block
 * holds its dose (C42 after a fall, C43, C45), so rule 11's 10% is not its reason (physiotherapist's read). */
export function heldWhy(h: Held, rm: number, held = false): string {
  return `fewer reps than that weight allows on ${heldSides(h, rm)}${held ? '' : ' this block, so no week adds more than 10%'}`;
}
/** The sides a cap keeps under a rung's reps: "both sides" or "the right side". */
function heldSides(h: Held, rm: number): string {
  const under = (['left', 'right'] as const).filter((x) => h[x].reps < rm);
  return under.length > 1 ? 'both sides' : `the ${under[0]} side`;
}

/** A later block's week 1 on its weight ladders: a rung lighter than the last block ended, then in one sentence the
 * ladders whose sides stay under the rung's reps (C42's cap, rule 11) and why: within 10% of the last block's end, or no
 * heavier after a retest that fell (`fell`); a stronger side under it too is C37's. Not "this block": a later rung week
 * says its own dose (physiotherapist's read: "stops at … this block" stood above a week 3 of 5 x 10). */
function rungsText(rungs: RungAt[] = [], fell = false): string {
  const backs = rungs
    .filter((r) => r.back)
    .map(
      (r) =>
        ` Your ${LADDER_WORD[r.drill]} starts one weight lighter than your last block ended, with a weight you could lift about ${r.rm} times${r.held ? '.' : ', so this week adds no more than 10%.'}`,
    );
  // Two ladders held alike on steps of the same reps are said once (a strong runner's standing and seated raises).
  const held: { names: string[]; rm: number; h: Held }[] = [];
  for (const r of rungs) {
    const h = r.held;
    if (!h) continue;
    const same = held.find((x) => x.rm === r.rm && heldDose(x.h) === heldDose(h));
    if (same) same.names.push(LADDER_WORD[r.drill]);
    else held.push({ names: [LADDER_WORD[r.drill]], rm: r.rm, h });
  }
  if (!held.length) return backs.join('');
  const each = held.map(
    // C37 said of the drill it holds for (second read: "your stronger left side" was false where the knee positions'
    // weaker sides differ).
    ({ names, rm, h }) =>
      `your ${names.join(' and ')} ${names.length > 1 ? 'each do' : 'does'} ${heldDose(h)} (fewer than the ${rm} reps ${names.length > 1 ? 'their weights allow' : 'its weight allows'} on ${heldSides(h, rm)}${strongerUnder(h, rm) ? ': the stronger side never does more than the weaker' : ''})`,
  );
  return `${backs.join('')} To keep the week ${fell ? 'no heavier than' : 'within 10% of'} where your last block ended, ${each.join(' and ')}.`;
}

/** Whether the stronger side (the one with fewer sets: rule 5's extra set is the weaker side's) stays under the rung's
 * reps too (C37's maintenance dose). */
function strongerUnder(h: Held, rm: number): boolean {
  const side = h.left.sets < h.right.sets ? 'left' : h.right.sets < h.left.sets ? 'right' : null;
  return !!side && h[side].reps < rm;
}

/** A drop's weight: a single-leg raise's repetition maximum (lowering is stronger), found once in the warm-up; a new
 * weight leaves reps in reserve (C33). */
function dropWeight(
  rm: number,
  reserve?: { min: number; max: number },
  found?: 'drop' | 'raise' | false,
  kept?: true,
): string {
  const times = reserve ? `${rm + reserve.min}-${rm + reserve.max}` : `${rm}`;
  // `kept`: no week of this block makes it heavier, so no "until" (physiotherapist's read).
  const later = reserve && !kept;
  if (found)
    return ` Use the weight you found for ${found === 'raise' ? 'your single-leg raises' : 'it'} before, one you could lift ${times} times in a single-leg raise${later ? `, until the week your plan makes it heavier; then one you could lift only ${rm} times` : ''}.`;
  const then = later
    ? ` Keep it until the week your plan makes it heavier; then use one you could lift only ${rm} times.`
    : '';
  // Physiotherapist's read: "about 17-18 raises with it should be all you can do" was a set to failure before the
  // drops; it is judged short of the limit instead, as week 1's weights are (C33). "In a row", not "in all": that read
  // as a session's total (physiotherapist's read).
  return ` The weight is one you could lift ${times} times in a single-leg raise (lowering is stronger). Find it the first time only, before your first set: lift it a few times on one leg and stop well short of your limit; it is right if about ${times} in a row would be the most you could do. Then keep it; that first session takes a few minutes longer.${then}`;
}

/** C30: the strides, then the raises' pause, give their time to the hops (third physio read, finding 1). */
function roomMade(p: { pauseOff?: true; stridesOff?: true }): string {
  if (!p.pauseOff && !p.stridesOff) return '';
  const what = [
    p.stridesOff ? 'your strides move to the end of an easy run (see the week notes)' : '',
    p.pauseOff ? 'the raises drop their 2-second hold at the top (back to 3 s up, 3 s down)' : '',
  ].filter(Boolean);
  return `To make room in your session of about 35 minutes, ${what.join(' and ')}, so this week still adds only the hops.`;
}

/** C47, C30: why the raises stop gaining reps, and the step that moves them on. */
function topText(t: RepsTop): string {
  const why =
    t.why === 'reps'
      ? `your raises are at ${t.reps} reps a set, the most this plan asks for: past that, more reps train endurance more than strength.`
      : 'your session is at about 35 minutes, so one more rep a set no longer fits.';
  const next = {
    weights: ` To keep progressing, add weight: tick "${EQUIPMENT_QUESTIONS.weights}" in your answers if you have a backpack, and the plan makes your raises harder with weight, which takes no extra time.`,
    'one-leg': ' The next step is raising on one leg, which your retest opens once your weaker leg manages 15 raises.',
    pain: ' While a tendon hurts 3-5/10 nothing new starts: your retest decides the next step.',
    retest: ' Your retest decides the next step.',
  }[t.next];
  return `${why}${next}`;
}

const WORDS: Words = {
  'focus.foundation': () =>
    'Foundation: short activation on the days between loaded sessions (this week only), and slow raises (with holds where your plan has them) to set your base.',
  'focus.again': (p) =>
    `Week ${p.week}'s dose again${p.fewer ? ', with one set fewer' : ''}, as your log asked (see what changes).`,
  'focus.held': (p) =>
    p.stopped
      ? `On hold: no calf sessions until a physiotherapist or doctor has checked your calf (see the note at the top), then ${p.resumed ? 'the dose they give you' : 'the lower dose, with no hops and nothing new'}.`
      : p.cleared
        ? `Held: cleared to train after your check, you do ${p.resumed ? 'the dose your physiotherapist or doctor gave you' : 'the plan’s lower dose (or the one your physiotherapist or doctor gave you)'}, with no hops and nothing new.`
        : 'Held: a lower dose, with no hops and nothing new, until a physiotherapist or doctor has checked your calf (see the note at the top).',
  'focus.strength': (p) =>
    p.held
      ? `Your plan holds its dose for now (see the note at the top): ${p.holds ? 'holds with the knee straight and slow raises with it bent' : 'slow, controlled raises in both knee positions'}, as in week 1.`
      : p.holds
        ? 'Strength: holds with the knee straight while your tendon hurts, and slow, controlled raises with it bent.'
        : 'Strength: slow, controlled raises, up and down, in both knee positions.',
  // Phone review: a held week is titled "Same dose, on hold", so its focus does not open with the phase it skips.
  'focus.elastic': (p) =>
    p.hops
      ? p.carried
        ? 'Elastic: your quiet, springy hops carry on beside the strength work.'
        : 'Elastic: quiet, springy hops join the strength work.'
      : p.held
        ? p.locked
          ? `Your dose is held (see the note at the top), and hops are locked anyway (see ${GATES_HEADING}).`
          : 'Your plan holds its dose for now (see the note at the top), so no hops start.'
        : p.open === 'plantar'
          ? 'Elastic: you meet every check for hops, but with heel pain this week takes the heel raise to its full dose first, so hops wait.'
          : p.open === 'full'
            ? 'Elastic: you meet every check for hops, but they would take your session past about 35 minutes, so strength keeps building and hops wait for a block with room.'
            : 'Elastic: hops stay locked until you meet all their checks, so strength keeps building and hops wait.',
  'focus.integration': (p) =>
    p.strides === 'gate'
      ? `Integration: strides wait until you meet the running checks (see ${GATES_HEADING}); the strength work carries on.`
      : p.strides === 'held'
        ? "Integration: with one session a week this week repeats last week's dose, so strides wait until after the retest."
        : p.strides === 'one-new-load'
          ? 'Integration: a new kind of hop begins this week, and the Achilles takes on only one new kind of work a week, so strides wait until after the retest.'
          : p.strides === 'dose-held'
            ? p.locked
              ? `Your dose is held (see the note at the top), and strides are locked anyway (see ${GATES_HEADING}).`
              : 'Your plan holds its dose for now (see the note at the top), so strides wait too.'
            : p.strides === 'full'
              ? 'Integration: your session is already full (about 35 minutes), so strides wait until after the retest; the strength work carries on.'
              : 'Integration: strides carry the new capacity into running.',
  'week.no-hops': (p) =>
    p.strain
      ? 'No hops this week: they wait for your old calf strain’s check (see the notes at the top).'
      : 'No hops this week: you do not meet all their checks yet (the summary shows which). Retest after week 4.',
  // Physio read: "Raise your running distance by 20% a week at most" read as an invitation to run more; it is a cap.
  'week.running-increase': (p) => `If you build your running, add at most ${p.percent}% distance a week.`,
  'week.strides-new': () =>
    'Strides are new this week as the integration step. They load the Achilles in a new way, so they begin only in a week when no new hops begin; they are not one of the calf drills, so the change above stays the one change to those.',
  'week.strides-where': () =>
    'Strides are listed at the end of the loaded sessions so you can tick them off there, but they are best done at the end of an easy run: warm from running, with calves not tired from the drills. Do them after a session only on a day you also run.',
  'week.strides-run': (p) =>
    p.dates.length === 0
      ? 'Strides would come now, at the end of an easy run, but your running week as you gave it has no easy run: leave them out until it has one, and do not add them to a long or hard run.'
      : `Strides: ${setsBy(p.sets, p.seconds)} s, building to a fast but relaxed pace, ${stridesWhen(p)}; walk about ${p.restSeconds} s between them. ${p.why === 'room' ? 'Your calf session has no room for them within about 35 minutes' : p.why === 'no-run' ? 'Not all your calf sessions fall on days you run' : 'Your calf sessions fall on days you do not run'}, so strides are not listed in ${p.why === 'room' ? 'it' : 'those sessions'}.${p.afterCalf ? (p.why === 'no-runs' ? ' The day after a calf session, skip them if your calves are still stiff.' : ' On a calf-session day, run before the session; the day after one, skip them if your calves are still stiff.') : ''} ${STRIDES_SKIP}${p.walk ? ', or if you have not yet walked for 30 minutes without pain' : ''}.`,
  // `fell`: C42's fresh start after a retest that fell (second physiotherapist's read: heel drops off a step became
  // raises on flat floor, and other drills changed form, unsaid).
  'change.start': (p) =>
    p.fell
      ? `Starting point: your retest fell, so the dose starts again from your new counts, leg by leg, as a first block’s would${p.floor ? ', on flat floor (no heel drops off a step)' : ''}.${rungsText(p.rungs, true)}`
      : 'Starting point: the dose comes from your own test counts, leg by leg.',
  'change.held': () => 'With one session a week, the dose steps up only every second session.',
  'change.none': (p) =>
    p.static
      ? 'Same dose as week 1: nothing in this block can change yet (see the note at the top).'
      : p.top
        ? `${cap(topText(p.top))} Repeat last week.`
        : p.rangeOrPause
          ? `${cap(notNowText(p.rangeOrPause))}. Repeat last week and let your next morning decide.`
          : 'Every next step would raise your weekly load by more than 10%, make the session longer than about 35 minutes, or needs kit or a check you do not meet yet. Repeat last week and let your next morning decide.',
  'change.range': (p) =>
    (p.machine
      ? 'Your single-leg raises become heel drops on the standing calf machine, so the heel lowers below its platform. '
      : 'Your single-leg raises become heel drops off the edge of a step, so the heel lowers below step level. ') +
    'You rise on both feet and lower on one, so only the lowering, which now goes deeper, gets harder. Sets and reps stay the same.',
  'change.tempo': (p) =>
    `Each standing raise now has a 2-second hold at the top (3 s up, 2 s hold, 3 s down)${p.seated ? '; the seated raise keeps 3 s up, 3 s down' : ''}. Sets and reps stay the same.` +
    (p.rangeWaits
      ? ' Range off your step waits, because a drop lowers on one leg and your raises still start on both.'
      : ''),
  'change.plyometric': (p) =>
    `Your numbers meet every check for hops, so double-leg hops start at ${p.landings} landings a session. ${roomMade(p) || 'The strength work stays the same.'}`,
  'change.single-leg': (p) =>
    `After a week of double-leg hops, one hop set becomes single-leg hops; landings per leg stay the same.${roomMade(p) ? ` ${roomMade(p)}` : ''}`,
  'change.lower-on-one': (p) =>
    `Your raises on both legs are at ${p.reps} reps, so now you rise on both feet and lower on one, changing legs each rep. Each leg lowers alone on about half the reps, at floor level. Sets, reps and tempo stay the same.`,
  'change.load': (p) => {
    // C33: the step from week 1's weights, which left reps in reserve, to their repetition maximum.
    if (p.fromReserve)
      return `${p.kitless ? 'Your heel raise goes up to its full dose' : 'Your weights go up to their full dose'}. Until now each set ended with ${p.fromReserve.min}-${p.fromReserve.max} reps still in you; from this week ${p.kitless ? 'its load, body weight or a backpack with books, should let you do only about as many reps as its load line says' : `use a weight you could lift only as many times as each drill’s weight says${p.fromReserve.short ? ', even on a side whose sets stop short of that' : ''}`}. Sets and reps stay the same.${painDayKeep(p.kitless ? 'load' : 'weight')}`;
    const pct = `${p.percent.min}-${p.percent.max}%`;
    const where = [
      p.standing
        ? `${pct} of body weight to the standing single-leg raises${p.drops ? ' or drops' : ''} (backpack or dumbbells)`
        : '',
      p.seated ? `${pct} to the seated raise’s weight` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return `If in your last session you could have done 1-2 more reps on every set, add weight: ${where}. Sets and reps stay the same.${painDayKeep('weight')}`;
  },
  'change.reps': (p) =>
    `One more rep per set where that keeps the weekly load rise within 10%.${
      p.seated
        ? ' The seated raise keeps its reps: it is dosed by weight (one you could lift about that many times), so it gets heavier only in a load week.'
        : ''
    }${p.holdsOff ? ` With your raises past ${setsBy(3, 16)} they carry the work, so the double-leg holds come out to make room.` : ''}`,
  'session.extra-set': (p) =>
    p.side
      ? `Your weaker ${p.side} side goes first, with an extra set in each drill that lists one more for it.`
      : 'One extra set for the weaker side of each drill (the side with more sets), which goes first.',
  'session.clash': (p) =>
    `This session falls on ${p.clashes.map((c) => CLASH[c]).join(' and ')}: ${
      p.sessionsPerWeek === 1
        ? 'no day of your week was free of clashes'
        : `with ${p.sessionsPerWeek} loaded sessions a week kept 48 hours apart, no clash-free day was left`
    }. It is the least bad day. If your next mornings are not back to usual, ${
      // Physiotherapist's read: "let your next mornings tell you" gave the runner nothing to do. Rule 9's floor is 2.
      p.sessionsPerWeek === 3
        ? 'choose 2 sessions a week in your answers, which leaves more days free'
        : 'move that run a day away from this session if you can'
    }.${
      p.clashes.some((c) => c === 'hard-day' || c === 'long-run-day')
        ? ' Run first and do this session after the run, later in the day if you can, so you do not run on tired calves.'
        : ''
    }`,
  'check.pain-now': (p) =>
    // The stops first (physiotherapist's read: the 4-5 band, which only the Achilles can reach, hid the rule that
    // mattered for a calf). The raises and drops by name: the holds keep their sets on a 4-5 day (C35). Shin pain at
    // rest (C23, any score) stops the session on paper as in the player; under 16, heel pain too (C24).
    `Before you start, rate your pain right now, at rest (not your first steps this morning), and where it is. ${
      p.young
        ? 'In the shin or the heel (any score: your heel bones are still growing), or 4 or more in the calf muscle: no session, have it checked and tell a parent.'
        : 'In the shin (any score), or 4 or more in the calf muscle or under the heel (in the sole): no session, have it checked.'
    } Otherwise 0-3/10 go ahead; 4-5 in the Achilles, ${
      !p.cut
        ? p.least
          ? 'as planned (one set of each is already the least)'
          : 'as planned'
        : p.already
          ? 'as it stands (it already has a set off)'
          : `one set off ${eachCut(p.cut)}${p.firstAlready ? ' (the week’s first loaded session has it off already)' : p.least ? ', never below one set' : ''}`
    }, nothing new; over 5 or worse than yesterday, no loading today.`,
  'check.pain-place': (p) => {
    // The places as the pain check asks them (phone review: "heel bone" read as the sole, beside "under the heel").
    const holds = `holds halfway up ${p.holdsBoth ? 'on both legs' : 'on one leg'} (${setsBy(5, 45)} s) for the ${p.holdsFor === 'drop' ? 'drop' : p.holdsFor === 'heel-raise' ? 'heel raise with the towel' : 'straight-knee raise'}`;
    const places = [
      // Under 16 any heel pain stops the session (C24): nothing to change there.
      ['Achilles at the heel bone', p.young ? [] : [p.step && FLOOR, p.stretch && 'no stretch that bends the foot up']],
      ['calf muscle', [p.step && FLOOR, p.hops && NO_HOPS]],
      [`Achilles${p.young ? ' above the heel' : ''} at 3/10 or more`, [p.holds && holds, p.hops && NO_HOPS]],
    ] as const;
    const said = places.flatMap(([where, what]) => {
      const w = what.filter(Boolean);
      return w.length ? [`${where}, ${w.join(' and ')}`] : [];
    });
    return `Where it hurts changes the session (a guided session does this for you): ${said.join('; ')}.`;
  },
  'check.pain-during': (p) =>
    p.calf
      ? `During the session, pain stays at 5/10 or less${CALF_LIMIT}. Stop the set if it goes higher.`
      : 'During the session, pain stays at 5/10 or less. Stop the set if it goes higher.',
  'check.next-morning': (p) =>
    p.cleared
      ? 'Next morning, pain and stiffness should be back to your usual level. If not, or if pain during went over 5/10, stop your calf sessions and go back to the physiotherapist or doctor who cleared you.'
      : p.held
        ? 'Next morning, pain and stiffness should be back to your usual level. If not, or if pain during went over 5/10: right after a session that went badly too, stop your calf sessions until you have been checked; otherwise keep this dose next time.'
        : 'Next morning, pain and stiffness should be back to your usual level. If not, or if they creep up week by week, repeat this dose next time or step back instead of taking the next step.',
  'check.tendon': () =>
    'With Achilles or heel pain now or in your history, score that pain each morning (0-10, on your first steps): back to usual by the next morning, not rising week to week.',
  'check.load-step': () =>
    "Take this week's load step only if in your last session you could have done 1-2 more reps on every set; otherwise keep last week's weight.",
  'check.walk': () => 'Before strides: you have walked for 30 minutes without pain. If not, skip the strides today.',
  'check.hop-pain': (p) => {
    const stop = `stop the hops${p.strides ? ' and strides' : ''} for today and keep the rest of the session.`;
    return p.single
      ? `Single-leg hops stay pain-free: if they hurt, do double-leg hops instead for the rest of today${p.strides ? ' and skip the strides' : ''}. If hopping pain goes over 2/10, ${stop}`
      : p.strides
        ? `Hopping pain stays at 2/10 or less; if hopping hurts at all, skip the strides today. If it goes over 2/10, ${stop}`
        : `Hopping pain stays at 2/10 or less. If it goes higher, ${stop}`;
  },
  cramp: (p) =>
    p.insertional
      ? 'If a calf cramps: stop the set and let it ease with easy ankle movement in a comfortable range, not a stretch (no stretch that bends the foot up towards the shin with heel-bone Achilles pain), then do the next set with less range, a slower tempo or fewer reps.'
      : 'If a calf cramps: stop the set and stretch gently, then do the next set with less range, a slower tempo or fewer reps.',
  'drill.instead-of-knee-to-wall': () =>
    'Used instead of knee-to-wall: no stretch that bends the foot up towards the shin with heel-bone Achilles pain.',
  'drill.cooldown-insertional': () =>
    'Leave out the wall calf stretches and knee-to-wall rocks: no stretch that bends the foot up towards the shin with heel-bone Achilles pain.',
  'drill.squeeze-hold': (p) =>
    `Hold each squeeze for about ${p.seconds} seconds, then relax completely before the next.`,
  'drill.holds-tolerable': () =>
    'Holds give your calf a load it can usually tolerate. They are not promised to relieve pain.',
  'drill.hold-extra-set': (p) =>
    `Both-leg work cannot favour one side, so your weaker ${p.side} side gets its extra set as a single-leg hold.`,
  'drill.drop-how': (p) =>
    `Rise on both feet, then lower on one leg, letting the heel sink below ${p.machine ? "the machine's platform; hold its handles" : 'the step; hold a rail with one hand'}.${p.rm ? dropWeight(p.rm, p.reserve, p.found && (p.raise ? 'raise' : 'drop'), p.kept) : ''}`,
  'drill.lower-on-one': (p) =>
    `Rise on both feet, lift one foot just off the floor at the top, then lower on the other leg over 3 seconds; change legs each rep, weaker leg first. If you cannot lower slowly on one leg, finish the set on both. ${p.support ? 'Keep a hand on a wall, rail or worktop.' : 'Fingertips on the wall.'}`,
  'drill.hand-support': (p) =>
    `Keep a hand on ${p.machine ? "the calf machine's handles" : 'a wall, rail or worktop'} for balance: it steadies you while your calf does the work.`,
  'drill.seated-feet-flat': () =>
    'Feet flat: nothing under the balls of the feet, so the heel never drops below the toes.',
  'drill.rm-warm-up': () => 'Warm up first: 10 heel raises on both legs, as for the test.',
  'drill.first-hops': (p) => `${p.landings} landings: inside the 25-50 used for first hop sessions.`,
  // Phone review: "contacts per leg stay at 30 (40 landings in all)" did not add up for a reader. Landings count each
  // foot's single-leg ones apart: landings = both-feet D + 2 x one-leg S, and each leg takes D + S.
  'drill.single-leg-landings': (p) => {
    const one = p.landings - p.contactsPerLeg;
    const split = `${p.contactsPerLeg - one} on both feet and ${one} on its own`;
    return p.cut
      ? `Single-leg landings replace one double-leg set, and one more double-leg set stays out to leave time for the heavier raise your plan has moved up to, so each leg takes ${p.contactsPerLeg} landings: ${split}.`
      : `Single-leg landings replace one double-leg set, so each leg still takes ${p.contactsPerLeg} landings: ${split}.`;
  },
  'gate.reps': (p) => `${p.reps} or more straight-knee raises on each side`,
  'gate.symmetry': (p) => `Left-right symmetry 90% or more${p.both ? ', knee straight and bent' : ''}`,
  'gate.hop-pain': (p) =>
    p.known ? 'Pain while hopping 2/10 or less' : 'Pain while hopping 2/10 or less (hop test not done, so not known)',
  'gate.hop-gate-open': () => 'Two-leg hops unlocked (a week of them comes before hops on one leg)',
  'gate.heel-raise-symmetry': (p) => `Heel-raise symmetry 90% or more${p.both ? ', knee straight and bent' : ''}`,
  'gate.hop-symmetry': () => 'Single-leg hop counts within 10% of each other',
  'gate.pain-free-hops': (p) => `${p.hops}-15 hops on each leg without pain`,
  'gate.no-calf-pain': (p) =>
    p.hopTested ? 'No calf or Achilles pain now and no pain while hopping' : 'No calf or Achilles pain now',
  'gate.hop-test-done': () => 'Light hop test done, without pain',
  'gate.tendon-calm': () => 'Achilles pain now under 3/10',
  'gate.strain-cleared': () => 'Old calf strain cleared by a physiotherapist or doctor',
  'open.strain-cleared': () =>
    'Have your old calf strain checked. Once a physiotherapist or doctor has cleared it, tick “Cleared” under the strain question in your answers (step 3).',
  'open.tendon-calm': () =>
    'Wait for a retest with Achilles pain under 3/10: with 3-5/10 the plan starts no new kind of work for the Achilles, such as hops or strides.',
  'gate.single-leg-raises': (p) =>
    `${p.reps} or more straight-knee raises on your weaker leg (enough for raises on one leg; a Pushoff convention)`,
  'open.single-leg-raises': (p) =>
    `Reach ${p.reps} straight-knee raises on your weaker leg (now ${p.now}), so your raises are on one leg before strides bring fast landings on one leg at a time.`,
  'gate.walk': () => '30 minutes of walking without pain, before strides',
  'open.reps': (p) => `Reach ${p.reps} straight-knee raises on each side (weaker side now ${p.now}).`,
  'open.symmetry': (p) => `Bring left-right symmetry to 90% or more${straightAndBent(p.now)} (now ${symNow(p.now)}).`,
  'open.hop-test-at-retest': () => 'Do the light hop test at your retest: hopping pain must be 2/10 or less.',
  'open.hop-pain': (p) => `Hopping pain must be 2/10 or less (it was ${p.pain}/10).`,
  'open.retest': () => 'Retest after week 4: it unlocks once all of its checks are met at a retest.',
  'open.hop-gate-first': () => 'Unlock two-leg hops first: they always come before hops on one leg.',
  'open.heel-raise-symmetry': (p) =>
    `Bring heel-raise symmetry to 90% or more${straightAndBent(p.now)} (now ${symNow(p.now)}).`,
  'open.hop-test': () => 'Do the light hop test so your single-leg hop counts can be compared.',
  'open.hop-symmetry': (p) => `Bring your single-leg hop counts within 10% of each other (now ${p.percent}%).`,
  // Phone review: "Manage 10-15 hops … (it was 32 and 31 hops, pain 4/10)" read as too many hops; the pain is what waits.
  'open.pain-free-hops': (p) =>
    `Hop ${p.hops}-15 times on each leg with no pain (your test: ${p.pain > 0 ? `pain ${p.pain}/10` : `${p.left} and ${p.right} hops`}).`,
  'open.pain-free-hops-test': (p) => `Hop ${p.hops}-15 times on each leg with no pain (light hop test).`,
  'open.hop-counts-close': () => 'Get your single-leg hop counts within 10% of each other.',
  'open.hop-test-for-strides': () =>
    'Do the light hop test (20 s on each leg) at your retest: strides follow once it is done without pain.',
  'open.walk': () => 'Walk for 30 minutes without pain before you add strides.',
  'summary.load-index': () =>
    'Load index = loaded reps per leg per week. Each rep counts once for every leg that does it; a hold counts its seconds divided by 6; a rep counts 1 at its starting weight, multiplied by 1.1 for each load step. Hops are counted apart as landings per leg; mobility, activation and strides are not counted. This is a Pushoff convention, for comparing your own weeks: a rep on both legs counts in full for each leg, though each carries only part of your weight, so it does not compare one plan with another.',
  'flag.old-injury': (p) => OLD_INJURY_WORDS[p.why](p),
  'flag.unexplained-gap': (p) =>
    `${gapCounts(p)}. ${
      p.fell
        ? 'It is the side your retest found weaker than before: keep your running where it is until it has been checked, as asked above.'
        : p.ask
          ? `${p.seen ? 'A physiotherapist or doctor looked at it after your last test, and the gap is still there. Show them these counts' : `${p.wide ? 'Nothing in your answers explains a gap this size' : 'That side is under 15 raises and nothing in your answers explains it'}: it may be an old injury not fully healed. Book a physiotherapist or doctor to check it`} before ${p.holdOn ? `week 3 starts${on(p.holdOn)}` : `your retest${on(p.retestOn)}`}. ${SOONER} Until the check, keep your running where it is${p.holdOn ? `; ${gapHold(p)}. ${tick(p)}` : '.'}`
          : p.checked
            ? 'A physiotherapist or doctor has looked at it since this test and cleared you to train: your plan builds as usual, each side dosed by its own count; follow any advice they gave you. Your next retest asks again if the gap is still there, and if that calf starts to hurt or weaken, have it checked again.'
            : `${p.knee === 'straight' ? 'If it is your non-dominant leg, that explains only about 1 rep of it. ' : ''}If you do not know why that calf is weaker, a physiotherapist or doctor can check it, sooner if it hurts or keeps getting weaker.`
    }`,
  'flag.insertional': (p) =>
    `Pain where the Achilles meets the heel bone: all raises stay at floor level, with no drops off a step and no stretch that bends the foot up towards the shin.${p.review ? ` ${p.soon ? AFTER_CHECK : 'If'} ${REVIEW(p.past)}` : ''}`,
  'flag.tendon-pain-now': (p) =>
    `Your tendon hurts ${p.pain}/10 now. The holds give it a load it can usually tolerate; they are not promised to relieve the pain.`,
  'flag.pain-monitoring': (p) =>
    `Pain monitoring: pain during sessions at most 5/10${p.calf ? CALF_LIMIT : ''}, back to your usual level by the next morning, and not rising week to week.`,
  // With hopping pain in the shin, the hopping note above names the bone-stress signs (C53): not said twice.
  'flag.shin': (p) =>
    `Shin pain spread along the inner shin over 5 cm or more fits shin splints: ${p.hopHurt ? 'while hopping hurts your shin, keep your running where it is rather than building it.' : `${p.afterCheck ? 'after the check, add at most 20% running a week' : 'keep running increases to 20% a week at most'}. Tenderness at one spot (about 2-3 cm) or pain at one point when hopping is different: see a clinician.`}`,
  'flag.heel-signs': (p) =>
    `${p.pain ? `Your heel hurts ${p.pain}/10 now, at rest, which this plan allows (under 4/10). ` : ''}If heel pain comes at night or reaches 4/10 at rest (not just your first steps after a rest, which is usual), hurts when the heel is squeezed from the sides, or brings numbness or tingling, stop and see a clinician.`,
  'flag.double-leg-start': (p) =>
    p.hopPain !== undefined
      ? `Hopping hurt your calf muscle ${p.hopPain}/10, which may be a strain, so until a clinician has checked it your raises are on both legs and with no weight${p.holdsToo ? ', and so are the holds' : ''}.`
      : `Your weaker leg managed fewer than 15 raises ${KNEES[p.knees]}, so those raises start on both legs${p.holdsToo ? ', and so do the holds' : ''}.`,
  // One line on paper: week 1's printed page is full in the fullest plans (why no other day: C6, behind "Why?").
  'week.before-hard-day': (p) =>
    `${andList(p.days.map((d) => WEEKDAY_LABELS[d]))} ${p.days.length > 1 ? 'are' : 'is'} the day before a hard session: if your calves are stiff the next day, run it easier.`,
  'flag.under-16': (p) =>
    `At ${p.age}, bones and tendons are still growing, so this plan adds no weight and keeps every raise at floor level, with no drops off a step; its hop drills wait for the same checks as an adult’s, while play and sport that do not hurt go on. Learn each drill with an adult who knows the technique (a coach, PE teacher or physiotherapist) before doing it alone. This is a Pushoff convention, not a figure from a study. If a heel starts to hurt during these weeks, stop the calf work and any running or jumping that hurts, and see a clinician soon: while you are still growing, heel pain can come from the growth area of the heel bone (often called Sever's), which needs a different plan.`,
  'flag.block-static': (p) =>
    p.top
      ? `This block keeps week 1's dose for all four weeks: ${topText(p.top)}`
      : `This block keeps week 1's dose for all four weeks: every next step would add more than 10% to your weekly load, make a session longer than about 35 minutes, or needs kit or a check you do not meet yet. Do it as written and let your next morning decide${p.retest ? '; your retest after week 4 sets the next step' : ''}.`,
  'flag.no-seated': () =>
    'Without weights (a loaded backpack counts) or a calf machine, seated raises load the Achilles too little to build strength, so standing bent-knee raises do the soleus work.',
  'flag.bent-untested': (p) =>
    p.seated
      ? 'You skipped the bent-knee test, so the seated raise’s first leg and any extra set follow your straight-knee counts (its weight sets the reps). Test it at your retest.'
      : 'You skipped the bent-knee test, so bent-knee work is dosed from your straight-knee counts. Test it at your retest.',
  // #12 screen
  'flag.hop-pain-high': (p) =>
    `Hopping hurt ${p.pain}/10, over 5, so this plan has no hops or strides${p.held ? HOLD[p.held] : ''}.${p.again ? ' It hurt at your last test too.' : ''} Please see a doctor or physiotherapist about it in the next few days, and do not run until they have checked it: every running stride lands like a small hop, and hops should be pain-free before running after a calf or Achilles problem. Once cleared, redo the hop test and change your answers so the plan can build again. Pain from hopping can be a bone stress injury: if a bone is tender at one spot (about 2-3 cm), hopping on one leg hurts at one point, or it aches at night or at rest, stop running and jumping and see a clinician before any calf training. Without those signs, the strength work is fine within the pain rule${p.held === 'week-1' ? ', and nothing gets harder until a clinician has checked your hopping pain' : ''}.${p.noKit ? ' Until then it is body weight on the floor: no weights, calf machine or step.' : ''}`,
  'flag.hop-pain-some': (p) =>
    p.shin && !p.again
      ? `Hopping hurt your shin${p.calf ? ' and calf muscle' : ''} ${p.pain}/10${p.held ? HOLD[p.held] : ''}: ${p.calf ? 'in the shin ' : ''}it may be a bone stress injury, so book a physiotherapist or doctor this week. Until then no hops, keep your running where it is, and stop running and jumping if the bone is tender at one spot (about 2-3 cm) or aches at night or at rest.${p.calf ? ` ${HOP_PAIN_CALF_TOO}` : ''}`
      : `Hopping hurt ${p.pain}/10, so hops wait until it is 2/10 or less${p.held ? HOLD[p.held] : ''}.${p.again ? ' It hurt at your last test too: pain that stays from one test to the next should be checked, so please see a physiotherapist or doctor before hops come back.' : ''} ${p.calf && !p.shin ? HOP_PAIN_CALF : HOP_PAIN_BONE}`,
  'flag.midportion-review': (p) =>
    `${p.both ? 'Achilles pain, mid-portion or at the heel bone' : 'Mid-portion Achilles pain'}: ${p.soon ? AFTER_CHECK.toLowerCase() : 'if'} ${REVIEW(p.past)}`,
  'flag.running-pain-monitoring': (p) =>
    p.lower.length === 0
      ? 'Let the same pain rule guide your running: pain during a run at most 5/10, back to your usual level by the next morning, and not rising week to week; if not, run less for a while.'
      : `Let pain guide your running, more strictly for ${placeNames(p.lower)}: pain there during a run at most 3/10 (4-5/10 is for tendon pain only), back to usual by the next morning, and not rising week to week. If a run hurts more, stop and walk; if that happens again, or ${p.lower.includes('shin') ? 'a shin hurts at one point, at night or at rest' : 'the calf hurts 4/10 or more at rest'}, see a physiotherapist or doctor.${p.lower.includes('calf') ? ` On a day your calf muscle hurts at rest, skip hops and strides${p.noDrops ? '' : ', and do heel drops as raises on flat floor'}.` : ''}`,
  'flag.long-run-cramps': () =>
    'Cramps late in long runs come mostly from tired muscles (neuromuscular fatigue), not from fluids or salt alone. Start long runs at an easy pace, fuel as you have practised, and keep up this strength work: a stronger calf tires later.',
  'week.hops-support': () =>
    'Over 65: do the hops with a hand support within reach (a wall, rail or worktop), in case you need to steady yourself.',
  // #12 dosing
  'change.rung': (p) => {
    const room = {
      hops: ' To keep the session within about 35 minutes, one double-leg hop set comes off to make room.',
      strides:
        ' To keep the session within about 35 minutes, the strides leave it: keep doing them at the end of an easy run.',
      both: ' To keep the session within about 35 minutes, one double-leg hop set comes off and the strides move to the end of an easy run.',
    };
    const then = `${p.cut ? room[p.cut] : ''} The rest of the session stays the same.`;
    const { weaker, stronger } = p.sets;
    const same = weaker === stronger;
    const held = p.held && `${heldDose(p.held)}: ${heldWhy(p.held, p.to)}`;
    if (p.drill === 'heel-raise')
      return `The high-load heel raise moves from a weight you could lift about ${p.from} times to about ${p.to} times, in ${same ? `${weaker} sets` : `${weaker} sets on your weaker side and ${stronger} on the other`}, as in the plantar heel pain trial it comes from.${held ? ` This block that is ${held}.` : ''}${then}`;
    const what = p.drill === 'seated' ? 'seated raise' : p.drop ? 'heel drop' : 'standing raise';
    return `Your ${what} moves down the heavy-slow ladder from a weight you could lift about ${p.from} times to about ${p.to} times (${held ?? (same ? setsBy(weaker, p.to) : `${setsBy(weaker, p.to)} on your weaker side, ${setsBy(stronger, p.to)} on the other`)}), at 3 s up, 3 s down.${p.drill === 'raise' ? ' More weight, not more reps, is what builds a calf that is already strong.' : ''}${then}`;
  },
  'drill.heel-raise-how': (p) =>
    p.heelBone
      ? 'Roll a towel and put it under your toes alone, so they bend up while the ball of the foot stays on the floor and the heel never goes below it; then rise 3 s, hold 2 s at the top, lower 3 s.'
      : 'Roll a towel and put it under your toes so they bend up, then rise 3 s, hold 2 s at the top, lower 3 s.',
  'week.reps-in-reserve': (p) => {
    // A held block gets nothing harder until its retest or check (physiotherapist's read: "before anything gets harder"
    // beside "adds nothing until a retest").
    const harder = p.held ? '' : ' before anything gets harder';
    return p.again
      ? `As in week 1, ${reserve(p)}${p.weight ? (p.unfound ? ` (with a weight, pick one that leaves ${p.min}-${p.max} more)` : ', and keep the weight you used then') : ''}${p.up ? '.' : ': a week that repeats a dose or steps back makes nothing harder.'}`
      : p.later
        ? `This first week of the block, ${reserve(p)}${p.weight ? ` (with a new weight, pick one that leaves ${p.min}-${p.max} more)` : ''}, and see how your calves feel the next morning${harder}.${p.kept ? ' A weight kept from your last block is the exception: it stays as it was, and with it you do the reps listed, as you did then.' : ''}`
        : p.weight
          ? `This week, ${reserve(p)} (with a weight, pick one that leaves ${p.min}-${p.max} more: your first set tells you, so the first session takes a few minutes longer). Week 1 is for learning each drill and seeing how your calves feel the next morning${harder}.`
          : `This week, ${reserve(p)}. Week 1 is for learning each drill and seeing how your calves feel the next morning${harder}.`;
  },
  'week.heel-raise-days': () =>
    'For plantar heel pain, the high-load heel raise works best every second day: on the short heel-raise days it is done on its own, after one set of ankle mobility, so those days stay short.',
  'session.step-back': (p) =>
    p.fewerSets
      ? `This session steps back already: one set fewer of ${eachCut(p.cut)}, because ${becauseText(p.because, p.date)}.${ifAgain(p.because)}${easyRuns(p.runs, p.because)}`
      : `This session steps back already, to week ${p.doses}'s dose, because ${becauseText(p.because, p.date)}.${ifAgain(p.because)}${easyRuns(p.runs, p.because)}`,
  // Physio read: a runner whose usual day is a 4-5 day never takes a load step, and the plan did not say so.
  'session.pain-today': (p) =>
    `Your pain was ${p.pain}/10 at the test, in the 4-5 band: this session does one set fewer of each calf drill and nothing new${p.holds ? ' (holds keep their sets: they are the load meant for pain like this)' : ''}. If pain is 4-5 on another day, do the same; if most days are, nothing gets harder, which is right for now, and your retest decides what comes next.`,
  'adjust.week': (p) => adjustText(p),
  'flag.block-held-back': (p) =>
    `Your log held this block back: it ends on the dose first planned for week ${p.resume - 1}. Your next block starts from there, and brings in hops or strides only in its own order.`,
  'change.resume': (p) =>
    (p.kept === 'hops'
      ? 'Week 1 keeps the dose your last block reached: hopping hurt over 2/10 at your retest, so nothing new starts.'
      : p.kept === 'pain'
        ? 'Week 1 keeps the lower dose your last block ended on after pain or stiffness stepped it back: your retest does not raise it.'
        : p.kept === 'rose'
          ? 'Week 1 keeps the dose your last block reached: your pain rose while you trained, so your retest does not raise it.'
          : p.kept === 'stepped'
            ? `Week 1 starts from the lower dose your last block stepped back to after pain or stiffness${p.setBack ? ', with the set it took off back in' : ''}, and adds nothing new: your retest does not raise it yet. The weeks after it build again if your mornings are back to usual.${p.twice ? ' Your last calf session went badly: if this block’s first one goes badly too, that is two in a row, and the plan holds its dose and asks for a check.' : ''}`
            : p.kept === 'repeat'
              ? 'Week 1 repeats the dose your last block ended on: its last week left you stiffer or sorer than usual, or more so week by week, so your retest does not raise the reps yet. The weeks after it build again if your mornings are back to usual.'
              : 'Week 1 picks up where your last block ended, re-set by your retest: the reps (and for strong legs the weight) follow your new counts, as long as the week adds no more than 10%.') +
    (p.oneLeg
      ? ' Your heel raises move from both legs onto one, as your retest allows: with each leg working alone, its reps start lower.'
      : '') +
    (p.extraOff
      ? ` Your ${p.extraOff} side’s extra set comes off now that your sides are within 10%${p.moreReps ? ', so its sets take more reps instead' : ''}.`
      : '') +
    (p.strides === 'kept'
      ? ' Your strides carry on.'
      : p.strides === 'gate'
        ? ` Strides stop for now: the running checks (see ${GATES_HEADING}) are not all met at this retest.`
        : p.strides === 'run'
          ? ' Your strides carry on at the end of an easy run: the calf session has no room for them within about 35 minutes.'
          : '') +
    (p.hops
      ? ` ${p.hops === 'stop' ? 'Hops stop for now' : 'Single-leg hops stop for now (two-leg hops carry on)'}: their checks (see ${GATES_HEADING}) are not all met at this retest.`
      : '') +
    rungsText(p.rungs),
  'flag.retest-drop': (p) =>
    `Your retest is lower than your ${p.since === 'last' ? 'last test' : 'best earlier test'} on the ${sidesText(p.sides)}${p.knee ? ` with the knee ${p.knee}` : ''} by more than the test itself varies${p.since === 'last' ? '' : ', though each retest fell by less than that'}. Training should not make a calf weaker: have it checked by a physiotherapist or doctor in the next few days, before you build on it, and do not build up your running until then.${p.afresh ? ' Meanwhile this block starts again from your new counts, no heavier than where the last block ended, and adds nothing until a retest.' : ''}`,
  'flag.flat-after-weeks': (p) =>
    `After 12 weeks or more, your straight-knee count on the ${p.sides.map((f) => `${f.side} (${f.first} at your first test, ${f.now} now)`).join(' and the ')} has not risen by more than the test itself varies, and is still under the 25 a runner-ready calf reaches. If you have done most of your sessions, ask a physiotherapist to look at why: pain, how the raise is done, or another problem can hold a calf back. Keep training meanwhile.`,
  'flag.worse-again': (p) => {
    const what = `(${shortDate(p.first)} and ${shortDate(p.date)}: a much stiffer or more painful morning after, or pain during over 5/10${p.lower.includes('calf') ? ', or over 3/10 in the calf muscle' : ''}), though the second was already at a lower dose`;
    const limit = `with pain during a run at most 5/10${lowerLimit(WORSE_PLACES)} and back to usual by the next morning`;
    const runs = p.runsWait
      ? ''
      : ` Running loads the calf more than any of these sessions: keep your runs easy, ${limit}; if not, run less until you have been checked.`;
    const today = ' On a day when pain is over 5/10 or worse than the day before, do no calf loading that day.';
    const noRun = ' On a day when pain is over 5/10 or worse than the day before, do no calf loading and no run.';
    // Cleared, after the stop or after the two before any stop: what happened, what goes on, when to go back, and the
    // same warning signs and running limits, kept unless the clinician said otherwise (physiotherapist's read: they
    // went with the note at the top).
    const two = `(${shortDate(p.first)} and ${shortDate(p.date)})`;
    if (p.cleared)
      return `A physiotherapist or doctor has cleared you to train (your check-in for ${shortDate(p.cleared)} says so) after ${p.third ? `your calf sessions stopped: two sessions in a row went badly ${two}, and then${p.resumed ? `, after an earlier clearance (${shortDate(p.resumed.cleared)}),` : ''} ${shortDate(p.third)} did too, at a lower dose` : `two calf sessions in a row went badly ${two}, the second already at a lower dose`}. ${
        // Cleared again after a stop that came after a clearance: the plan's lower dose has failed since a clearance,
        // so the clinician's own dose comes first (physiotherapist's read).
        p.third && p.resumed
          ? `Do the dose they gave you, with no hops and nothing new: this plan can only offer the same lower dose, which went badly on ${shortDate(p.third)}; if they gave you none, ask them for one before your next session.`
          : `The rest of this block keeps ${p.third ? `that lower dose, the one that went badly on ${shortDate(p.third)}` : 'the lower dose your sessions stepped back to'}, with no hops and nothing new: follow their advice first, and if they gave you a dose, do theirs instead.`
      } If a session goes badly again (a much stiffer or more painful morning after, or pain during over 5/10), stop and go back to them: your plan then stops the calf sessions${p.third ? ' again' : ''}. ${DANGER_SIGNS}${p.runsWait ? '' : ` Run as they advised; if they said nothing about running, keep every run easy (no hard runs, hills or strides) and no longer than now, ${limit}.`}${noRun}`;
    // How to say the check is done: the check-in's box (physiotherapist's read: a runner cleared had nowhere to say so).
    // The warning signs not to wait with go with the request too (physiotherapist's read: only the stop and the
    // clearance said them, not the runner waiting for a check).
    if (!p.third)
      return `Two calf sessions in a row went badly ${what}. That is a calf or Achilles getting worse, not settling: have it checked by a physiotherapist or doctor in the next few days, before you build on it. ${
        p.ended
          ? 'Your block has no calf session left: do none until you have been checked. Once they have cleared you to train, follow their advice first and retest for your next block, which starts at least a set below your week 1, with no hops and nothing new, unless they give you another dose; if a session goes badly, stop and go back to them.'
          : 'Until then your calf sessions step back once more and stay there, with no hops, and nothing new is added; if one goes badly right after another that did, they stop until you have been checked. Once they have cleared you to train, tick the box that says so in your next session’s check-in.'
      } ${DANGER_SIGNS}${p.runsWait ? today : noRun}${runs}`;
    // After a third bad session the stop comes first (a phone showed it halfway down a long box); then what to take to
    // the check, what happens once cleared, the warning signs not to wait with (rules.md's), and the runs, which load
    // the calf most and stay easy (physiotherapist's read: the runs went on as planned while the sessions stopped).
    // Stopped again after a clearance: the earlier stop, the clearance, then the session that went badly since; the
    // same lower dose is all the plan can offer (physiotherapist's read).
    const then = p.resumed
      ? `${p.resumed.stop ? `the session on ${shortDate(p.resumed.stop)} did too; ` : ''}you were cleared to train (${shortDate(p.resumed.cleared)}), but the session on ${shortDate(p.third)}`
      : p.before
        ? `the sessions on ${shortDate(p.before)} and ${shortDate(p.third)}`
        : `the session on ${shortDate(p.third)}`;
    const since = p.last ? `, and so did ${shortDate(p.last)} since` : '';
    const where = p.heel ? 'calf, Achilles or heel' : 'calf or Achilles';
    const cleared = p.resumed
      ? `If they clear you to train again, do the dose they give you: this plan can only offer the same lower dose, which went badly on ${shortDate(p.third)}.`
      : 'If they clear you to train, the sessions left go on at the lower dose, with no hops and nothing new; if one goes badly again, stop and go back to them.';
    const running = p.runsWait
      ? ''
      : ` Until the check, keep every run easy (no hard runs, hills or strides) and no longer than your runs are now, ${limit}; if a run breaks that, run less until you have been checked.`;
    return `Stop your calf sessions and book a check with a physiotherapist or doctor now. Two calf sessions in a row went badly ${what}, and then ${then}, at that lower dose, went badly too${since}: a ${where} getting worse, not settling. Take this plan and your training log to the check, and follow their advice first. ${cleared} ${DANGER_SIGNS}${running}${noRun}`;
  },
  'session.held': (p) =>
    p.stopped
      ? `On hold: do this session only once a physiotherapist or doctor has checked your calf and cleared you to train${p.resumed ? ', at the dose they give you' : ''}. Sessions at the lower dose went badly too, the last on ${shortDate(p.stopped)} (see the note at the top of your plan).`
      : p.cleared
        ? `${p.resumed ? 'Do this session at the dose your physiotherapist or doctor gave you (ask them for one if they did not: the plan’s lower dose went badly after a clearance), with no hops' : 'This session stays at the plan’s lower dose, with no hops, unless your physiotherapist or doctor gave you another'}: if it goes badly, stop and go back to them.`
        : // "the note at the top" moves among the other notes once a clinician has cleared the runner (physio's read).
          `This session stays at the lower dose after ${shortDate(p.date)}, with no hops: two sessions in a row went badly (see the note about it in your plan).`,
  'change.held-drop': () =>
    'Same dose as week 1: your retest fell, so this block adds nothing until a retest shows your calf back.',
  'change.held-hop': (p) =>
    p.first
      ? 'Same dose as week 1: hopping hurt over 5/10 at your test, so nothing gets harder until a physiotherapist or doctor has checked it.'
      : // calf (C53): not "your calf muscle", which read as the calf alone with the shin as well (phone review); the
        // note at the top names where.
        p.calf
        ? 'Same dose as week 1: hopping hurt over 2/10 at your test, so nothing gets harder until it is 2/10 or less at your retest.'
        : 'Same dose as week 1: hopping hurt over 2/10 at your retest, so this block adds nothing until it is 2/10 or less.',
  'change.held-strain': (p) =>
    `Same dose as week 1: ${p.hurts ? 'your once-strained calf hurts now' : 'your weaker calf was once strained'}, so nothing gets harder until a physiotherapist or doctor has checked it.`,
  'change.held-pain': () =>
    'Same dose as week 1: your last block ended with pain, so this block adds nothing until a retest after good weeks.',
  'change.held-gap': (p) =>
    `Same dose as week 2 until a clinician has ${p.seen ? 'seen these counts' : 'checked the gap between your calves'}.`,
  'change.held-rose': () =>
    'Same dose as week 1: your pain rose while you trained and is not back to 3/10 or less, so this block adds nothing until a retest where it is.',
  // Phone review: "before you build on it" beside a block that builds nothing read as "after this block".
  'flag.pain-rose': (p) =>
    `Your pain is ${p.to}/10 now, ${p.since === 'last' ? `up from ${p.from}/10 at your last test: it rose while you trained` : `still over 3/10 since it rose from ${p.from}/10 at an earlier test`}.${p.held ? ' This block holds the dose your last one reached and adds nothing new, and your running stays where it is.' : ''} Book a physiotherapist or doctor to look at it now; until then keep to these sessions, and stop if pain during goes over 5/10.`,
  'flag.block-ended-in-pain': () =>
    'Your last block ended with pain or stiffness that stepped it back, so this block holds that dose for four weeks and adds nothing new. Have a physiotherapist look at your calf or Achilles before you build on it, and stop if pain during goes over 5/10.',
  'week.stronger-maintains': (p) =>
    `${p.knee ? `With the knee ${p.knee}, your` : 'Your'} stronger ${p.side} side does a maintenance dose, never more than your weaker side, until a retest shows the sides within 10%.`,
};

const ALL_WORDS = { ...REFERRAL_WORDS, ...WORDS };

/** The sentence for a phrase, a plan's or a referral's. */
export function say(p: Phrase): string {
  return (ALL_WORDS[p.id] as (x: Phrase) => string)(p);
}

/** Identity of what a phrase says, for "print it once": phrases that read the same share a key, whatever rule ids,
 * injury links or urgency they carry. */
export const phraseKey = (p: Phrase): string => say(p);
