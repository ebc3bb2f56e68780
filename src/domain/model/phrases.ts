// What the engine says, as data: every sentence of a Plan or Referral is a Phrase, an id with the numbers and
// choices it needs. The engine picks phrases; src/domain/explain/ alone turns them into words. No code outside
// explain/ builds or reads an engine sentence, so a session player, a plain-language view or a translation reads
// the same data.
import type { GateId, RedFlagGroup, RedFlagId, Side, Urgency, Weekday } from './vocabulary.ts';

/** A later block's weight ladder in week 1: its rung (repetition maximum), a rung lighter than the last block ended
 * (`back`), each side's real sets x reps when a side stays under the rung's reps (`held`). */
export type RungAt = {
  drill: 'heel-raise' | 'raise' | 'drop' | 'seated';
  rm: number;
  back?: true;
  held?: Record<Side, { sets: number; reps: number }>;
};

/** A day a loaded session could not avoid (schedule, C6). */
/** C47: raises at the reps ceiling (why 'reps'), or one more rep would not fit the session (why 'time', C30), and what
 * moves them on. */
/** C48: a side whose straight-knee count is the same, within the test's noise, 12 weeks or more after the first test. */
/** What one set fewer takes a set from, for its words (a step back's cut, C39). */
export type CutKind = 'raise' | 'drop' | 'hold';

export type FlatSide = { side: 'left' | 'right'; first: number; now: number };
/** C54: a calf clearly weaker than the other, in the knee position where the gap is widest (reps per leg, and the
 * weaker as a percentage of the stronger). `ask`: the weaker side under C3's 15 raises, asked about first. */
export type SideGap = {
  side: Side;
  knee: 'straight' | 'bent';
  weaker: number;
  stronger: number;
  percent: number;
  /** Twice the test's noise apart (12 reps or more): asked about whatever the counts. */
  wide: boolean;
  ask: boolean;
};
export type RepsTop = { reps: number; why: 'reps' | 'time'; next: 'weights' | 'one-leg' | 'pain' | 'retest' };

/** Why a week that could only change range or tempo (week 2) changed neither: each step's reason, for its sentence.
 * `holds`: it would change no drill, as holds stand in for the standing raises while a tendon hurts (rule 12);
 * `no-raise`: it would change no drill for another reason. */
type Unchanged = 'holds' | 'no-raise' | 'time' | 'load';
export type NotNow = {
  range: 'no-step' | 'strain' | 'young' | 'heel-bone' | 'two-legs' | 'done' | Unchanged;
  pause: 'done' | Unchanged;
};

export type Clash = 'before-long-run' | 'hard-day' | 'long-run-day';

/** Heel-raise symmetry as a gate reads it: the straight knee, and the bent knee when it was tested (C18). */
export type SymmetryNow = { straight: number; bent: number | null };

/** The old injury behind an asymmetry flag (C13). */
export type OldInjury = 'calf-left' | 'calf-right' | 'calf-both' | 'achilles';

// #12 screen
/** What a referral is about, for its "while you wait" advice and its way back. */
export type Concern = Exclude<RedFlagGroup, 'pain'> | 'weakness' | 'growing-heel';

export type Phrase =
  // Week focus (C8)
  | { id: 'focus.foundation' }
  /** A later week that does an earlier week's dose again because the log asked (rule 8). */
  | { id: 'focus.again'; week: number; fewer?: true }
  /** C49: a week held at a lower dose after two sessions in a row went badly; `stopped`: after a third, its calf
   * sessions wait for the check. */
  | { id: 'focus.held'; stopped?: true; resumed?: true; cleared?: true }
  /** `held`: the block holds its dose (C13, C22, C45, C53), so the week starts nothing of its phase. */
  | { id: 'focus.strength'; holds: boolean; held?: true }
  /** held: no hops because the plan holds its dose (C42, C43, C45, C49), not because the hop gate is locked. */
  /** carried: the hops began before this week (an earlier block), so they carry on rather than join. */
  /** `locked` with `held`: the gate is shut as well, so lifting the hold alone starts nothing (physiotherapist's read). */
  | { id: 'focus.elastic'; hops: boolean; held?: true; locked?: true; open?: 'plantar' | 'full'; carried?: true }
  | {
      id: 'focus.integration';
      strides: 'yes' | 'gate' | 'held' | 'one-new-load' | 'full' | 'dose-held';
      locked?: true;
    }
  // Week notes
  | { id: 'week.no-hops'; strain?: true }
  | { id: 'week.running-increase'; percent: number }
  | { id: 'week.strides-new' }
  | { id: 'week.strides-where' }
  /** C16, C30: strides after an easy run (no room in the session), with their dose. */
  /** times: as often as the calf sessions would have had them (one per loaded session); walk: C15's walking check;
   * dates: the easy-run days chosen for them ('YYYY-MM-DD', ascending, at most `times`; empty when the running week has
   * no easy run day: prescribe/strides-days.ts). */
  | {
      id: 'week.strides-run';
      sets: number;
      seconds: number;
      restSeconds: number;
      times: number;
      walk: boolean;
      dates: string[];
      /** Why not in the calf session: 'room' (no room within 35 minutes, C30), 'no-run' (a calf day without a run) or
       * 'no-runs' (no calf day is a run day: physio read, "not all" said to a teen whose calf days had no run). */
      why: 'room' | 'no-run' | 'no-runs';
      /** A chosen day is a calf-session day or the day after one (physio read: say to run first, or skip if stiff). */
      afterCalf: boolean;
    }
  // Why a week changes what it changes (rule 11, C7)
  /** fell: C42's fresh start after a retest that fell, with `floor` when the last block lowered off a step, and `rungs`
   * its weight ladders as in change.resume. */
  | { id: 'change.start'; fell?: true; floor?: true; rungs?: RungAt[] }
  | { id: 'change.held' }
  /** static: every week of the block is like this, and a note at the top says why (#14). */
  /** top (C47): the raises are at the reps ceiling, and what moves them on: weight the runner has not ticked, raising
   * on one leg (a retest at 15 or more), or the retest alone. */
  | { id: 'change.none'; static?: true; top?: RepsTop; rangeOrPause?: NotNow }
  /** `machine`: the drops are on the standing calf machine, below its platform. */
  | { id: 'change.range'; machine?: true }
  /** `seated`: the session has a loaded seated raise, which keeps its tempo (rule 10: heavy-slow has no pause). */
  | { id: 'change.tempo'; rangeWaits: boolean; seated: boolean }
  /** pauseOff (C30): the raises' 2 s pause gives its time to the hops, back to 3 s up, 3 s down. */
  | { id: 'change.plyometric'; landings: number; pauseOff?: true; stridesOff?: true }
  | { id: 'change.single-leg'; pauseOff?: true; stridesOff?: true }
  /** C47: raises on both legs at the reps ceiling lower on one leg, legs in turn. */
  | { id: 'change.lower-on-one'; reps: number }
  /** `fromReserve`: the step takes week 1's weights, which left reps in reserve, to their repetition maximum (C33). */
  | {
      id: 'change.load';
      standing: boolean;
      drops: boolean;
      seated: boolean;
      percent: { min: number; max: number };
      fromReserve?: { min: number; max: number; short?: true };
      /** No backpack or weights ticked: the only weight is C38's heel raise's, body weight or a backpack with books. */
      kitless?: true;
    }
  /** holdsOff: the double-leg holds make room for the reps this week (C32, #14). */
  | { id: 'change.reps'; seated: boolean; holdsOff?: true }
  // Session notes
  | { id: 'session.extra-set'; side: Side | null }
  | { id: 'session.clash'; clashes: Clash[]; sessionsPerWeek: number }
  // Readiness checks (rules 7, 8, 11, 13, 15, 16)
  /** `cut`: the kinds a 4-5/10 day takes a set off (raises and drops; holds keep theirs, C35), none in a session with no
   * strength drill. `already`: the session the plan cut for the test's pain, done as it stands. `firstAlready`: a
   * week's check said once, whose first loaded session is that one and the others are not (week-checks.ts). */
  | { id: 'check.pain-now'; cut?: CutKind[]; already?: true; firstAlready?: true; least?: true; young?: true }
  /** What pain in a place changes in a session with such drills, as the pain check before a guided session does
   * (rule 17, C52, rule 12, C36): `step` heel drops below a step, `hops` hops or strides, `holds` a straight-knee
   * raise or drop rule 12's holds stand in for, `stretch` a stretch into dorsiflexion. */
  | {
      id: 'check.pain-place';
      step: boolean;
      hops: boolean;
      holds: boolean;
      stretch: boolean;
      /** The holds are on both legs, as the raise they stand in for (C3). */
      holdsBoth?: true;
      /** The drill the holds stand in for: a heel drop, or C38's towel heel raise (else a straight-knee raise). */
      holdsFor?: 'drop' | 'heel-raise';
      young?: true;
    }
  /** `calf`: calf-muscle pain now keeps pain there to 3/10 (C52). */
  | { id: 'check.pain-during'; calf?: true }
  /** `cleared`: a session after C49's stop was cleared, where one bad morning stops the sessions again. */
  /** `cleared`: from a clinician's clearance on, or once one has cleared a session waiting for it (C49); `held`: held
   * by C49 until the check. */
  | { id: 'check.next-morning'; cleared?: true; held?: true }
  | { id: 'check.tendon' }
  | { id: 'check.load-step' }
  | { id: 'check.walk' }
  | { id: 'check.hop-pain'; single: boolean; strides: boolean }
  | { id: 'cramp'; insertional: boolean }
  // Drill notes
  | { id: 'drill.instead-of-knee-to-wall' }
  | { id: 'drill.cooldown-insertional' }
  | { id: 'drill.squeeze-hold'; seconds: number }
  | { id: 'drill.holds-tolerable' }
  | { id: 'drill.hold-extra-set'; side: Side }
  /** `reserve`: a weight new this block leaves that many reps in reserve (C33). */
  /** machine: on a standing calf machine (C34's ladder for a runner who has one), its platform and handles.
   * found: an earlier week of the block used the same weight, so it is known (prescribe/found-weights.ts). */
  | {
      id: 'drill.drop-how';
      rm: number | null;
      machine: boolean;
      reserve?: { min: number; max: number };
      found?: true;
      /** With `found`: the weight was found for the single-leg raise, not a drop. */
      raise?: true;
      /** With `reserve`: no week of this block makes it heavier (its reserve lasts the block). */
      kept?: true;
    }
  | { id: 'drill.rm-warm-up' }
  /** C47: rise on both feet, lower on one, legs in turn (so each lowers alone on about half the reps). */
  | { id: 'drill.lower-on-one'; support: boolean }
  /** C25: over 65, a hand on a wall, rail or worktop on every standing drill done on one leg. */
  /** machine: the drill is done on a standing calf machine (its handles are the support to name). */
  | { id: 'drill.hand-support'; machine: boolean }
  /** R17: with heel-bone Achilles pain the seated raise keeps the feet flat (no book under the forefoot). */
  | { id: 'drill.seated-feet-flat' }
  | { id: 'drill.first-hops'; landings: number }
  /** `cut`: one more double-leg set is off for a heavier rung (C30, C41), so the count per leg falls. */
  | { id: 'drill.single-leg-landings'; contactsPerLeg: number; landings: number; cut: boolean }
  // Gate conditions
  | { id: 'gate.reps'; reps: number }
  | { id: 'gate.symmetry'; both: boolean }
  | { id: 'gate.hop-pain'; known: boolean }
  | { id: 'gate.hop-gate-open' }
  | { id: 'gate.heel-raise-symmetry'; both: boolean }
  | { id: 'gate.hop-symmetry' }
  | { id: 'gate.pain-free-hops'; hops: number }
  | { id: 'gate.no-calf-pain'; hopTested: boolean }
  | { id: 'gate.walk' }
  | { id: 'gate.hop-test-done' }
  | { id: 'gate.tendon-calm' }
  | { id: 'gate.strain-cleared' }
  | { id: 'gate.single-leg-raises'; reps: number }
  // What would open a gate
  | { id: 'open.reps'; reps: number; now: number }
  | { id: 'open.symmetry'; now: SymmetryNow }
  | { id: 'open.hop-test-at-retest' }
  | { id: 'open.hop-pain'; pain: number }
  | { id: 'open.retest' }
  | { id: 'open.hop-gate-first' }
  | { id: 'open.heel-raise-symmetry'; now: SymmetryNow }
  | { id: 'open.hop-test' }
  | { id: 'open.hop-symmetry'; percent: number }
  | { id: 'open.pain-free-hops'; hops: number; left: number; right: number; pain: number }
  | { id: 'open.pain-free-hops-test'; hops: number }
  | { id: 'open.hop-counts-close' }
  | { id: 'open.walk' }
  | { id: 'open.hop-test-for-strides' }
  | { id: 'open.tendon-calm' }
  | { id: 'open.strain-cleared' }
  | { id: 'open.single-leg-raises'; reps: number; now: number }
  // Summary notes
  | { id: 'summary.load-index' }
  /** `norms`: C13 with strains on both sides: sides within 10%, but a side's count below the typical one by more than the
   * test's noise. */
  /** Why the check: sides more than 10% apart, both strained and below the norms, or a strained calf hurting now.
   * `hurtsNow`: with one of the first two, the strained calf hurts now too (1-3 at rest; from 4, C50 refers). */
  /** why 'cleared': a clinician has cleared the strain since (C13): a note, not a request; `gap`: the strained side is
   * still more than 10% weaker, worth showing to whoever cleared it. */
  | {
      id: 'flag.old-injury';
      what: OldInjury;
      /** 'drops': a strain not cleared that asks for nothing else; drops below step level (`stepWaits`), hops and
       * strides wait for its check (C13). */
      why: 'sides' | 'norms' | 'pain' | 'cleared' | 'drops';
      hurtsNow?: true;
      /** 'sides': a retest found a side weaker than before (C42), so the check is now, not before the next retest. */
      fell?: true;
      gap?: true;
      /** 'sides' with a gap C54 asks about first: checked before the retest, running kept where it is. */
      ask?: true;
      /** 'sides': the retest's date (YYYY-MM-DD), the check's "by when". */
      retestOn?: string;
      /** 'sides' with a clear gap (C54's measure): the counts, said in the request. */
      counts?: SideGap;
      /** 'sides' with `holdOn`: a clinician looked at the gap after the last test, and it is still there (C54). */
      seen?: true;
      /** 'sides' with `ask`, in a block that builds: week 3's first day (YYYY-MM-DD), the check's "by when"; weeks 3
       * and 4 keep week 2's dose until then (C54); `lower`: C49 holds a lower dose still (adjust-plan.ts), 'cleared'
       * once a clinician has cleared the runner for C49's check. */
      holdOn?: string;
      lower?: true | 'cleared';
      /** 'sides': a strain not cleared on a side clearly weaker holds the block until checked, this week (C13). */
      holds?: true;
      /** 'sides' and 'norms': the runner's step waits for the check (C13: no drops below step level until then). */
      stepWaits?: true;
    }
  /** review (C26): see a clinician if it is not clearly better after 6-12 weeks; with mid-portion pain as well, the
   * mid-portion note says it once for both (`both`). */
  /** C54: one side clearly weaker, with no old injury in the answers to explain it (C13's check covers a known one).
   * `fell`: the side a retest found weaker than before, whose check C42's note asks for (summary.ts, withFall). */
  /** `holdOn`: week 3's first day, before which the check is asked for, weeks 3 and 4 keeping week 2's dose until
   * then (C54); `checked`: a clinician has looked at the gap since this test, so it asks for nothing. */
  | ({
      id: 'flag.unexplained-gap';
      retestOn: string;
      fell?: true;
      holdOn?: string;
      /** With `holdOn`: the log holds a lower dose than week 2's (C49), so the request does not promise week 2's;
       * 'cleared' once a clinician has cleared the runner for C49's check. */
      lower?: true | 'cleared';
      checked?: true;
      /** A clinician looked at this side's gap after the last test, and it is still there. */
      seen?: true;
    } & SideGap)
  /** `soon`: a clinician's check is already asked for in the next few days (C22's hopping pain over 5): C26's review
   * comes after it (physiotherapist's read: "after 6-12 weeks" beside "in the next few days" read as leave to wait). */
  | { id: 'flag.insertional'; review: boolean; soon?: true; past?: true }
  | { id: 'flag.tendon-pain-now'; pain: number }
  /** `calf`: calf-muscle pain now, whose own limit is 3/10 (C52). */
  | { id: 'flag.pain-monitoring'; calf: boolean }
  /** `hopHurt`: hopping hurt the shin over 2/10, so running holds where it is (C52). `afterCheck`: running waits for a
   * clinician's check asked for above (C13, C54), so it builds only after it. */
  | { id: 'flag.shin'; hopHurt: boolean; afterCheck: boolean }
  /** `pain`: under-heel pain right now (0-10), under C51's 4/10. */
  | { id: 'flag.heel-signs'; pain?: number }
  /** `hopPain`: started on both legs because hopping hurt the calf muscle over 5/10 (C22), not for the counts. */
  | { id: 'flag.double-leg-start'; knees: 'straight' | 'bent' | 'both'; holdsToo: boolean; hopPain?: number }
  | { id: 'flag.no-seated' }
  // #14 (C44): under 16
  | { id: 'flag.under-16'; age: number }
  /** C6: loaded sessions still on the day before a hard session (no day without a worse clash avoided it). */
  | { id: 'week.before-hard-day'; days: Weekday[] }
  // #14 (C7): weeks 2-4 could not change anything; said once at the top
  | { id: 'flag.block-static'; retest: boolean; top?: RepsTop }
  | { id: 'flag.bent-untested'; seated: boolean }
  // Referral reasons, what to do, when to come back (rules 7, 18)
  | { id: 'reason.red-flag'; flag: RedFlagId; group: RedFlagGroup }
  | { id: 'reason.cannot-lift'; sides: Side[] }
  | { id: 'reason.bent-knee-zero'; sides: Side[] }
  | { id: 'reason.pain-over-5'; pain: number }
  | { id: 'reason.pain-worsening' }
  | { id: 'todo.care'; urgency: Urgency }
  | { id: 'todo.breathless' }
  /** Under 16 (C24): an adult books the appointment with the child. */
  /** ageUnknown: the safety check refers before age is asked, so the line is for the under-16s among its readers. */
  | { id: 'todo.tell-parent'; ageUnknown?: true }
  /** C50: soreness after a hard run is the one case that needs no appointment. */
  | { id: 'todo.sore-after-run' }
  | { id: 'todo.no-exercises-red-flag' }
  | { id: 'todo.skip-loading-today' }
  | { id: 'todo.pain-not-settling' }
  | { id: 'todo.no-exercises-pain' }
  | { id: 'reentry.cleared'; concerns: Concern[] }
  /** `tendon`: Achilles pain now: the hop test waits while it is 3/10 or more (C36). */
  | { id: 'reentry.pain-settled'; tendon?: true }
  /** The pain check before a session (rule 7): over 5 today, so the next session's check decides. */
  | { id: 'reentry.next-session' }
  // #12 screen
  /** `injured`: a calf strain or Achilles tendon pain in the history, which may be what has not healed. */
  | { id: 'reason.very-weak'; knee: 'straight' | 'bent'; left: number; right: number; percent: number; injured?: true }
  | { id: 'reason.cannot-lift-both' }
  /** `where`: the shin or heel hurting now; `hopWhere`: hurting only while hopping (C22's question). */
  | {
      id: 'reason.hop-pain-bone';
      pain: number;
      where: ('shin' | 'plantar-heel')[];
      hopWhere?: ('shin' | 'plantar-heel')[];
    }
  | { id: 'reason.shin-pain-at-rest'; pain: number }
  /** C50; `strain`: a calf strain in the history. */
  | { id: 'reason.calf-pain-at-rest'; pain: number; strain: boolean }
  /** C51: pain under the heel at rest, 4/10 or more; `alone`: the only place ticked, so the score is the heel's. */
  | { id: 'reason.heel-pain-at-rest'; pain: number; alone: boolean }
  | { id: 'reason.growing-heel'; age: number }
  | { id: 'todo.meanwhile'; concern: Concern }
  | { id: 'todo.meanwhile-insertional' }
  /** again (C45): hopping hurt over 2/10 at the test before too. */
  /** held: the block keeps the last block's dose (C45, 'last') or week 1's (C22, 'week-1'), or moves on (null). */
  /** `noKit`: the runner's weights, calf machine or step wait for the clinician's check too (C22). */
  | { id: 'flag.hop-pain-high'; pain: number; held: 'last' | 'week-1' | null; again: boolean; noKit?: true }
  /** shin (C53): hopping hurt the shin, a bone stress sign to have checked now, at the first test too. calf: it hurt in
   * the calf muscle only, where a strain that has not healed, not a bone, is the worry; or in the calf muscle and the
   * shin, where both are. */
  | { id: 'flag.hop-pain-some'; pain: number; held: 'last' | 'week-1' | null; again: boolean; shin?: true; calf?: true }
  /** `past`: no Achilles pain now or when hopping, only in the history: reviewed if it comes back (C26). */
  | { id: 'flag.midportion-review'; both: boolean; soon?: true; past?: true }
  /** `lower`: places whose pain keeps a run within rule 7's safe band (C52): calf-muscle pain now, hopping pain in a
   * calf or shin. */
  /** `noDrops`: the plan has no heel drops, so a sore day's advice does not speak of them. */
  | { id: 'flag.running-pain-monitoring'; lower: readonly ('calf' | 'shin')[]; noDrops?: true }
  | { id: 'flag.long-run-cramps' }
  | { id: 'week.hops-support' }
  // #12 dosing
  | {
      id: 'change.rung';
      drill: 'raise' | 'heel-raise' | 'seated';
      /** The straight-knee rung is climbed on the heel drop (off a step), not the standing raise. */
      drop?: true;
      from: number;
      to: number;
      /** Sets at the new rung on each side (rule 5's extra set, C37's ceiling); equal without a weaker side. */
      sets: { weaker: number; stronger: number };
      /** Each side's real sets x reps when the block's cap (C42) holds a side's reps under the rung's count. */
      held?: Record<Side, { sets: number; reps: number }>;
      /** What made room for the rung's extra set in the session's 35 minutes (C30, C41). */
      cut: 'hops' | 'strides' | 'both' | null;
    }
  /** `heelBone`: insertional pain (rule 17): the towel lifts the toes alone. */
  | { id: 'drill.heel-raise-how'; heelBone?: true }
  /** `weight`: some drill of week 1 is done with a weight, so the runner also picks one. */
  /** `again`: a later week that repeats week 1's dose keeps its reps in reserve and weight (physio read: without the
   * note a repeat to "add nothing" became a true rep max, a heavier weight). */
  /** `kept`: a later block's week 1 keeps a weight at its repetition maximum from the block before (C33: it is not
   * found afresh), so that drill is done at its full dose (physiotherapist's read: "2-3 reps still in you" beside a
   * kept 12RM drop). */
  | {
      id: 'week.reps-in-reserve';
      min: number;
      max: number;
      weight: boolean;
      later: boolean;
      again?: true;
      /** With `again`: no calf session of the block was done yet, so no weight was found to keep. */
      unfound?: true;
      /** With `again`: a week one step up from the session before it (adjust.week's `eased`), so not "nothing harder". */
      up?: true;
      kept?: true;
      /** The block holds its dose (blockHeld): nothing gets harder, so the words do not promise it. */
      held?: true;
    }
  | { id: 'week.heel-raise-days' }
  /** Rule 8 within a week: a calf session after one that went badly (cause, on `date`) does week `doses`'s dose, or one
   * set fewer of week 1 (fewerSets). */
  | {
      id: 'session.step-back';
      date: string;
      because:
        | 'worse'
        | 'pain-during'
        | 'pain-during-calf'
        | 'not-back'
        | 'pain-during-4-5'
        | 'pain-rising'
        | 'skipped'
        | 'not-logged'
        | 'partly';
      doses: number;
      fewerSets: boolean;
      /** With fewerSets: the kinds of drill that lose a set (holds too, C39). */
      cut?: CutKind[];
      /** The word on running, as adjust.week's `runs` (physiotherapist's read: on paper it first came in the next week). */
      runs?: 'wait' | 'top' | readonly ('calf' | 'shin')[];
    }
  /** `holds`: the session has holds, which keep their sets (C35). */
  | { id: 'session.pain-today'; pain: number; holds: boolean }
  /** knee: the one knee position whose sides are over 10% apart, when the other's are not. weight: a drill's weight is
   * dosed by a repetition maximum, found with the weaker leg (C37). */
  | { id: 'week.stronger-maintains'; side: Side; knee?: 'straight' | 'bent' }
  | { id: 'flag.block-held-back'; resume: number }
  // #14 the next block (C41, C42)
  /** strides: the last block's strides go on in the session, stop (the running check no longer holds) or go on at
   * the end of an easy run (the calf session has no room, C30); null when the last block had none. */
  /** kept: why week 1 keeps the reps reached (hopping pain at the retest, C45; a block that ended in pain, C43; a
   * last week that said repeat, rule 8); absent when the retest's counts re-set them. */
  /** oneLeg: a knee position's raises move from both legs onto one (the retest allows it). */
  | {
      id: 'change.resume';
      strides: 'kept' | 'gate' | 'run' | null;
      kept?: 'hops' | 'pain' | 'rose' | 'stepped' | 'repeat';
      /** With 'stepped': the set the step back took off comes back in week 1. */
      setBack?: true;
      /** With 'stepped': the last calf session went badly, so a bad first one makes two in a row (C49). */
      twice?: true;
      oneLeg?: true;
      /** The weaker side whose extra set (rule 5) comes off at this retest; `moreReps`: its sets take more reps instead
       * (not a raise dosed by its weight, whose reps are its rung's). */
      extraOff?: Side;
      moreReps?: true;
      /** Hops of the last block this retest stops: all of them, or the single-leg ones (R13's checks). */
      hops?: 'stop' | 'single';
      /** Weight ladders week 1 starts a rung lighter than the last block ended, or whose cap keeps a side under the
       * rung's reps all block (rule 11's 10%). */
      rungs?: RungAt[];
    }
  | { id: 'change.held-pain' }
  /** C56: pain now rose past rule 7's safe zone since the last test. */
  | { id: 'change.held-rose' }
  | { id: 'change.held-drop' }
  /** first: a first block held by hopping pain over 5/10 at the test (C22), not a retest's over 2/10 (C45). calf: a
   * first block held by hopping pain of 3-5/10 in the calf muscle (C53), until the retest. */
  | { id: 'change.held-hop'; first?: true; calf?: true }
  /** C13: a once-strained calf hurts now: week 1's dose until a clinician has checked it. */
  /** hurts: the calf hurts now; otherwise it is the weaker side (C13). */
  | { id: 'change.held-strain'; hurts: boolean }
  /** C54: weeks 3 and 4 keep week 2's dose until a clinician has looked at a wide gap between the calves. */
  | { id: 'change.held-gap'; seen?: true }
  | { id: 'flag.block-ended-in-pain' }
  /** C56. `held`: this block holds for it (not after C42's fall, whose block starts again from the new counts). */
  | { id: 'flag.pain-rose'; from: number; to: number; since: 'last' | 'earlier'; held: boolean }
  /** since: 'earlier' when a side fell only against an earlier test than the last (a slow fall, retest by retest). */
  /** knee: the one knee position the sides fell in, when the other held. */
  | { id: 'flag.retest-drop'; sides: Side[]; since: 'last' | 'earlier'; knee?: 'straight' | 'bent'; afresh: boolean }
  /** C48: sides still under 25 whose count has not risen beyond the test's noise, 12 weeks or more after the first test. */
  | { id: 'flag.flat-after-weeks'; sides: readonly FlatSide[] }
  /** C49: the sessions on `first` and `date` (in a row) both stepped back; the rest of the block holds `date`'s dose. */
  /** `lower`: the places whose pain keeps a run to 3/10 (C52; the plan's runsLower). */
  /** `third`: the day a later session's check-in, at the held dose, said it went badly too (right after another):
   * the calf sessions after it wait for the check (adjust/worse-again.ts). */
  | {
      id: 'flag.worse-again';
      first: string;
      date: string;
      third?: string;
      /** With `third`: the bad session right before it when that was not `date` (two in a row again), the latest bad
       * session since, and `heel`: plantar heel pain's heel-raise days (C38), so the words name the heel too. */
      before?: string;
      last?: string;
      heel?: true;
      /** The session checked in as cleared by a clinician since (after the stop, with `third`; before any, without),
       * from which the sessions go on; or `resumed`, when this stop came after a clearance (the cleared session's day,
       * and the day of the stop it cleared, if there was one). */
      cleared?: string;
      resumed?: { stop?: string; cleared: string };
      /** The two were the block's last calf sessions: none is done until the check, and the retest waits for it. */
      ended?: true;
      runsWait: boolean;
      lower: readonly ('calf' | 'shin')[];
    }
  /** C49: a calf session after those keeps that lowest dose; `stopped` (the third's date): it waits for the check. */
  /** `resumed`, as the week's (adjust.week, focus.held): stopped after a clearance, or cleared again since, so the
   * session is done at the clinician's own dose. */
  | { id: 'session.held'; date: string; stopped?: string; resumed?: true; cleared?: true }
  // #14 the living plan: a week that follows the training log instead of its planned step (R8, R7, C39, C40)
  | {
      id: 'adjust.week';
      /** 'go-on': one step up from last week, which was held back, so this week still trails its plan. 'hold': the
       * lowest dose done, after two sessions in a row went badly (C49). */
      action: 'repeat' | 'step-back' | 'go-on' | 'hold';
      /** The planned week whose dose this week does. */
      doses: number;
      because:
        | 'not-back'
        | 'worse'
        | 'pain-during'
        | 'pain-during-calf'
        | 'pain-during-4-5'
        | 'pain-rising'
        | 'skipped'
        | 'worse-again'
        | 'not-logged'
        | 'partly'
        | null;
      /** A step back from week 1, which has no lower week: one set fewer of each strength drill (as C35). */
      fewerSets: boolean;
      /** 'go-on' to a week that rule 9 holds (one session a week): the step on does the same dose as the week before. */
      sameDose?: true;
      /** 'hold' after a third session in a row went badly (C49): the calf sessions wait for the check; `date` is
       * that third session's check-in. */
      stopped?: true;
      /** 'hold' once a clinician has cleared the runner after that stop: the sessions go on at the lower dose;
       * `resumed` with `stopped`: the stop came after a clearance, from one bad session; with `cleared`: cleared again
       * after such a stop, so the sessions take the clinician's dose. */
      cleared?: true;
      resumed?: true;
      /** With fewerSets: the kinds of drill that lose a set (holds too, C39). */
      cut?: CutKind[];
      /** The session (ISO date) whose log entry decided it; null for 'go-on'. */
      date: string | null;
      /** 'not-logged' or 'skipped': how many calf sessions of the week have no check-in, or were skipped, when more
       * than one (four-weeks review and a physiotherapist's read: a missed or skipped week named only its first). */
      missed?: number;
      /** With `missed`: some of them skipped, the others without a check-in. */
      mixed?: true;
      /** A step back's word on running: none when C22 has the runs wait for a clinician (`runsWait`), and pain kept to
       * 3/10 in the places of the plan's runsLower (C52); 'top': C49's stop, or its two before a clearance, came in
       * this week, and the note at the top says how to run until the check. */
      runs?: 'wait' | 'top' | readonly ('calf' | 'shin')[];
      /** A step back from a week already a set down whose later session, a set lower still, went well (ISO date): this
       * week is one step up from that session (rule 8), not a step down from the one that went badly. */
      eased?: string;
    };

export type PhraseId = Phrase['id'];
export type PhraseOf<K extends PhraseId> = Extract<Phrase, { id: K }>;
/** What a Referral says (why, what to do, when to come back): worded apart from the plan (explain/referral-words.ts). */
export type ReferralPhrase = Extract<Phrase, { id: `reason.${string}` | `todo.${string}` | `reentry.${string}` }>;
export type ReferralPhraseId = ReferralPhrase['id'];
export type PlanPhraseId = Exclude<PhraseId, ReferralPhraseId>;
export type { GateId };
