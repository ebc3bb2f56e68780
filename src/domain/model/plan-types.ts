// Output types of the plan engine: data only. JSON-serialisable (no Date objects, no functions, null rather than
// undefined); dates are 'YYYY-MM-DD'. Every decision carries rule ids, and every sentence is a Phrase (phrases.ts)
// that src/domain/explain/ turns into words.
import type { DrillId } from './drill-catalog.ts';
import type { Phrase, PhraseOf, ReferralPhrase } from './phrases.ts';
import type { RuleId } from './rules.ts';
import type { CueId, GateId, InjuryId, PhaseId, Side, Urgency, Weekday } from './vocabulary.ts';

export type PerSide<T> = { left: T; right: T };

/** A sentence as data, plus the rules behind it. */
export type Note<P extends Phrase = Phrase> = P & { ruleIds: RuleId[] };

/** The dose for ONE side. For double-leg drills both sides carry the same numbers. */
export type SideDose = {
  /** Sets on this side; 0 = this side does not do the drill (e.g. an extra set for the weaker side only). */
  sets: number;
  /** Reps per set, or null for timed work. */
  reps: number | null;
  /** Seconds per set: hold time for isometrics and mobility holds, work time for strides. */
  seconds: number | null;
  /** Foot contacts per set on this side, for plyometrics. */
  contacts: number | null;
};

/** Tempo in seconds: up, pause at the top, down. */
export type Tempo = { up: number; pause: number; down: number };

/**
 * Added load (rule 11). 'body-weight': a share of body weight in a backpack or dumbbells, `percent` per load step,
 * `steps` taken so far (1 = the first). 'repetition-maximum': a weight liftable about `reps` times (15RM), raised by
 * `percent` per load step once 1-2 reps above target are possible.
 */
export type Load =
  | { kind: 'body-weight'; percent: { min: number; max: number }; steps: number }
  | {
      kind: 'repetition-maximum';
      reps: number;
      percent: { min: number; max: number };
      steps: number;
      /** #12 dosing: 'knees' = a weight on the knees or a calf machine (seated raise); 'body' = a backpack or
       * dumbbells while standing (C34 ladder, C38 heel raise); 'machine' = the same standing work on a standing calf
       * machine, for a runner who has one (a strong runner's RM weight is more than a backpack carries well). */
      on: 'knees' | 'body' | 'machine';
      /** The seated raise's kit when the runner has only one of the two (physiotherapist's read: "a calf machine, or a
       * weight on one knee" named a machine to a runner with dumbbells only); absent = either. */
      only?: 'machine' | 'weight';
      /** Week 1's reps in reserve (C33): the weight is one liftable `reps` + min..max times, so a set of `reps` ends
       * with that many still in you (physio read: "2-3 reps in reserve" beside a 15RM weight said two things). */
      reserve?: { min: number; max: number };
      /** 'body' for a runner who ticked no backpack or weights (C38's heel raise): body weight first, and a backpack
       * with books named as what the raise is built on (physiotherapist's read: "Wear a backpack" to a runner with none). */
      kitless?: true;
    };

export type PrescribedDrill = {
  drill: DrillId;
  /** 'single' = one leg at a time; 'double' = both together; 'none' = not a leg-by-leg drill (mobility, strides). */
  stance: 'single' | 'double' | 'none';
  /** Which side to do first (weaker side first, rule 5); null when sides do not alternate. */
  firstSide: Side | null;
  left: SideDose;
  right: SideDose;
  tempo: Tempo | null;
  /** Seconds each rep is held, where reps are held one by one with a relax between (C9's calf squeeze); absent when
   * reps are not held. The session player times each hold; the relax is the runner's own. */
  repHoldSeconds?: number;
  /** Rest between sets, seconds. */
  restSeconds: number | null;
  /** Effort guide as a share of maximum effort, percent (rule 12's "about 70%"); null = not set. */
  effortPercent: number | null;
  /** Added load; null = body weight only. */
  load: Load | null;
  /** Rule 11's load steps this drill's kind of weight had at the runner's last calf session (prescribe/weight-steps.ts),
   * so its words can say to keep, add or take off a step; absent when not known or a new weight (a new rung). */
  stepsBefore?: number;
  cues: CueId[];
  notes: Note[];
  ruleIds: RuleId[];
};

export type ReadinessCheck = Note<Extract<Phrase, { id: `check.${string}` }> | PhraseOf<'cramp'>>;

export type Session = {
  date: string;
  weekday: Weekday;
  /** 'loaded' = a calf session counted by rule 9; 'activation' = short daily drills in week 1; 'heel-raise' = the
   * short high-load heel-raise session that keeps plantar heel pain's every-second-day rhythm (C38). */
  kind: 'loaded' | 'activation' | 'heel-raise';
  /** Estimated minutes from start to finish, both sides, rests and changes included (convention C19). */
  minutes: number;
  drills: PrescribedDrill[];
  /** Cues to watch in this session, most important first. */
  cues: CueId[];
  readiness: ReadinessCheck[];
  notes: Note[];
  /** Why this day and this order: spacing (R9, C6), drill order (R14, C11), activation (C8). */
  ruleIds: RuleId[];
};

export type ChangedVariable = 'load' | 'reps' | 'tempo' | 'range' | 'single-leg' | 'plyometric';

/** Reps per set per side of each raise slot. */
export type RepsBySlot = { straight: PerSide<number>; bent: PerSide<number>; seated: PerSide<number> };

/** The changed variable's value before and after the week's step. */
export type ChangeAmount =
  | { variable: 'range'; before: 'floor' | 'step'; after: 'floor' | 'step' }
  | { variable: 'tempo'; before: Tempo; after: Tempo }
  | { variable: 'plyometric'; before: number; after: number; unit: 'landings a session' }
  | { variable: 'single-leg'; before: number; after: number; unit: 'single-leg contacts per leg a session' }
  // C47: raises on both legs start lowering on one leg (legs in turn), at floor level.
  | { variable: 'single-leg'; before: 'both'; after: 'one'; unit: 'leg lowering' }
  | { variable: 'load'; before: number; after: number; unit: 'load steps' }
  // #12 dosing: a weight-dosed raise moving down its ladder (C34, C38), e.g. 12 -> 10.
  | { variable: 'load'; before: number; after: number; unit: 'repetition maximum' }
  // C33: week 1's weights, which left reps in reserve, go to their repetition maximum (before: the most in reserve).
  | { variable: 'load'; before: number; after: 0; unit: 'reps in reserve' }
  | { variable: 'reps'; before: RepsBySlot; after: RepsBySlot };

export type WeekChange = {
  /** The ONE variable that changed from last week (null = none). */
  variable: ChangedVariable | null;
  amount: ChangeAmount | null;
  reason: Phrase;
  ruleIds: RuleId[];
};

export type Week = {
  number: 1 | 2 | 3 | 4;
  phase: PhaseId;
  startDate: string;
  endDate: string;
  change: WeekChange;
  focus: Note;
  /** Charted volume per leg (convention C5): load index and hop contacts for the whole week. */
  volume: { loadIndex: PerSide<number>; contacts: PerSide<number> };
  sessions: Session[];
  notes: Note[];
  /** #14: set when the training log moved this week off its planned step (adjust/adjust-plan.ts). */
  adjustment?: Note<PhraseOf<'adjust.week'>>;
};

export type GateCondition = Note & {
  /** null = a check the runner confirms; otherwise whether the baseline meets it. */
  met: boolean | null;
  /** The runner's value and the value the gate asks for, in the condition's unit (reps on the weaker side, symmetry
   * in %, pain 0-10 at most, pain-free hops on the weaker leg); null when not measured (no hop test, a walk the
   * runner confirms). */
  measured: number | null;
  required: number | null;
};

export type Gate = {
  id: GateId;
  status: 'open' | 'locked';
  /** Week in which the plan uses it, or null when it is locked or only used after week 4. */
  usedFromWeek: number | null;
  conditions: GateCondition[];
  /** What would open it (empty when open). */
  toOpen: Phrase[];
  ruleIds: RuleId[];
};

/**
 * Left-right symmetry of one knee position (rule 5). `verdict`: 'extra-set' = under 90%, weaker side first with an
 * extra set; 'extra-hold' = under 90% but the raises start on both legs, so the one extra hold set goes to
 * `holdSide` (the straight knee's weaker side); 'in-straight' = under 90%, the raises start on both legs, and the same
 * side's extra set is in its one-leg straight-knee raises; 'within' = within 10%; 'equal'.
 */
export type Symmetry = {
  knee: 'straight' | 'bent';
  left: number;
  right: number;
  /** Weaker / stronger x 100, one decimal. */
  percent: number;
  weakerSide: Side | null;
  belowNinety: boolean;
  /** Under 90% but fewer reps apart than the test varies (rule 4's 6): the retest shows whether the gap is real. */
  withinNoise: boolean;
  /** Both knee positions are under 90% with the same side weaker, by the test's noise together (kneesAgree): two
   * measures agree, so a gap within the noise is still likely real (physiotherapist's read of 14/9 and 12/8). */
  agrees?: true;
  verdict: 'extra-set' | 'extra-hold' | 'in-straight' | 'within' | 'equal';
  holdSide: Side | null;
  ruleIds: RuleId[];
};

export type NormComparison = 'below' | 'about' | 'above';
/** Which published reference the counts are compared with (rule 2). */
export type NormReference =
  /** `older`: the runner's age when it is past the oldest band (60 and over), which then stands in (C12). */
  | { kind: 'age-band'; sex: 'female' | 'male'; from: number; to: number; older?: number }
  | { kind: 'sex'; sex: 'female' | 'male'; age: number | null }
  | { kind: 'pooled'; missing: 'sex' | 'age-and-sex' }
  /** C44: under 16 the adult norms do not apply, so there is no comparison. */
  | { kind: 'young'; age: number };

export type NormsSummary = {
  reference: NormReference;
  /** Null for a child (C44): the published norms are adults'. */
  typical: PerSide<number> | null;
  counts: PerSide<number>;
  comparison: PerSide<NormComparison> | null;
  /** Reps either side of typical that still read as "about typical" (rule 4's test noise, C12). */
  noiseReps: number;
  /** Rule 3 target (runner-ready): a target, not a norm. */
  target: {
    met: boolean;
    reps: number;
    symmetry: number;
    weakerReps: number;
    straightSymmetry: number;
    /** Bent-knee symmetry when it is below target although the straight knee meets it, else null. */
    bentSymmetryBelow: number | null;
    ruleIds: RuleId[];
  };
  ruleIds: RuleId[];
};

export type Flag = Note & { injury: InjuryId | null };

/** A weight ladder (rule 11's heavy-slow rungs, C34/C41; Rathleff's for plantar heel pain, C38): its rungs in order,
 * the rung reached (repetition maximum), and whether its next rung waits for symmetry (a 5-set rung plus rule 5's
 * extra set would make 6). */
/** `bySide`: a rung's sets on each side, with rule 5's extra set (C37's ceiling); equal without a weaker side.
 * `drop`: the straight-knee ladder is climbed on the heel drop (the step's range), not the standing raise. */
export type Ladder = {
  drill: 'raise' | 'heel-raise' | 'seated';
  rungs: { reps: number; sets: number; bySide: { weaker: number; stronger: number } }[];
  at: number;
  waits: boolean;
  drop?: true;
  /** The rung reached as the sessions do it when the block's cap (C42) holds a side's reps under its count. */
  held?: PerSide<{ sets: number; reps: number }>;
  /** The block ended with this ladder's weight still leaving reps in reserve (C33: a held block has no load week). */
  reserve?: { min: number; max: number };
};

export type PlanSummary = {
  symmetry: { straightKnee: Symmetry; bentKnee: Symmetry | null };
  norms: NormsSummary;
  gates: Gate[];
  /** `flatFloor`: heel-bone Achilles pain tests on flat floor only, never on the incline board (R17, physio read).
   * `support` (C25): over 65, the retest's hop test keeps a hand support within reach, as the plan's hops do. */
  /** `check`: the hop test waits for a clinician's check of hopping pain over 5 (C22) or of a held strain (C13). */
  /** `check`: the light hop test waits for a clinician's check of hopping pain (C22, or pain that stayed from one test
   * to the next, C45), of a shin that hurt hopping (R18), a calf strain (C13), or two sessions in a row that went badly
   * (C49). */
  retest: {
    date: string;
    flatFloor: boolean;
    support: boolean;
    check: 'hop' | 'shin' | 'strain' | 'worse' | 'cleared' | null;
    /** Achilles pain of 3/10 or more now, for which hops wait (C36). */
    tendon: boolean;
    /** C49 asked for a check (two bad sessions in a row, or a third that stopped the calf sessions): the whole
     * retest, a test to the calf's limit, waits for it too, until the runner ticks "cleared". */
    waits?: true;
    ruleIds: RuleId[];
  };
  keepGoing: {
    nextDrills: DrillId[];
    /** Loaded raises are possible now (weights or a calf machine). */
    hasLoad: boolean;
    /** Open gates the four weeks did not reach. */
    unreached: GateId[];
    /** #14: the weight ladders this plan's raises really climb after week 4, and where week 4 left each one. */
    ladders: Ladder[];
    /** #14: standing raises take 2-10% steps now and join the heavy-slow ladder at 30 raises a side twice (C34, C41). */
    standingLater: boolean;
    /** #14 (C44): under 16, no added weight, so no ladder at all. */
    young: boolean;
    /** C49 holds the block, and the next one holds too (C43): no gate, ladder rung or drill comes after week 4. */
    held?: true;
    /** C49: the sessions wait for a clinician's check after its stop ('waits'), or one has cleared the runner, after the stop or before any ('cleared'), whose
     * advice then decides what comes after week 4. */
    stop?: 'waits' | 'cleared';
    /** Weeks trained by this block's end, from the first test (rule 19: bigger tendon changes from about 12). */
    weeksByEnd: number;
    /** This block holds its dose, and what comes next waits: for a retest that shows the calf back ('retest': C42's
     * fall, C43's pain), for a retest with hopping pain at 2/10 or less ('hop': C45, C53), or for a clinician's check
     * ('clinician': C13's strain that hurts now, C22's hopping pain over 5), or for a retest with pain back to 3/10 or
     * less ('pain': C56). */
    waits?: 'retest' | 'hop' | 'clinician' | 'pain';
    ruleIds: RuleId[];
  };
  /** How the load index is counted (convention C5). */
  loadIndex: Note;
  flags: Flag[];
  /** C22: hopping hurt over 5/10, so the runner's own runs, and the retest's hop test, wait until a clinician has
   * checked it. */
  runsWait: boolean;
  /** C52: where pain keeps a run to 3/10, not 5/10 (the running note's places: a sore calf muscle, a shin that hurt
   * hopping), so every later word on running says the same. */
  runsLower: readonly ('calf' | 'shin')[];
};

export type Plan = {
  kind: 'plan';
  startDate: string;
  endDate: string;
  sessionsPerWeek: number;
  summary: PlanSummary;
  weeks: Week[];
  /** Which block of four weeks this is, every test so far and the retest (#14; block 1 has no retest). */
  block: BlockInfo;
  /** Every rule id used anywhere in this plan, sorted. After the log moves weeks (#14) it also keeps the rules of a
   * step moved on to the next block: re-walking the plan would cost the adjustment step its whole time budget. */
  ruleIds: RuleId[];
};

export type ReferralReason = Note<ReferralPhrase> & { urgency: Urgency | null };

/** No plan: a red flag ('red-flag', with urgency) or pain too high today ('no-loading-today', urgency null). */
export type Referral = {
  kind: 'referral';
  reason: 'red-flag' | 'no-loading-today';
  urgency: Urgency | null;
  reasons: ReferralReason[];
  whatToDo: Note<ReferralPhrase>[];
  reEntry: Note<ReferralPhrase>;
  ruleIds: RuleId[];
};

export type PlanOrReferral = Plan | Referral;
export type FieldError = { path: string; message: string };
export type PlanResult =
  | { ok: true; result: PlanOrReferral }
  | { ok: false; errors: FieldError[] /** The exception's message, for tests and the console. */; cause?: string };
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

// #14 the next block (C41) and its retest (rule 4)
/** One test as the plan reports it: its date (the block's first day) and the counts. */
export type TestPoint = {
  date: string;
  straightKnee: PerSide<number>;
  bentKnee: PerSide<number> | null;
  hops: PerSide<number> | null;
  /** Pain now at the test, 0-10 (C56 compares it with the test before). */
  pain: number;
};

/** Rule 4: a retest against the test before it, per side. `beyondNoise` = the change is about 6 reps or more. */
export type RetestSide = { before: number; after: number; change: number; beyondNoise: boolean };
export type Retest = {
  straightKnee: PerSide<RetestSide>;
  bentKnee: PerSide<RetestSide> | null;
  /** Reps either way that can come from the test itself (rule 4). */
  noiseReps: number;
  ruleIds: RuleId[];
};

/** Where this plan sits among the runner's blocks. Block 1 has no retest. */
export type BlockInfo = {
  number: number;
  /**
   * Where its week 1 comes from: the test alone (a first block), the dose the last block reached (C41), that dose
   * held for the whole block because the last block ended in pain (C43) or pain rose since the last test (C56), or
   * the test alone again because the retest fell by more than its noise on a side (C42).
   */
  start: 'first' | 'resumed' | 'held-in-pain' | 'afresh-after-drop';
  /** Every test so far, oldest first; the last one is this block's. */
  tests: TestPoint[];
  retest: Retest | null;
  /** C56: pain now over rule 7's safe zone that rose since an earlier test (assess/retest.ts), worked out once here
   * for the hold (`start`) and the notes that name it; null when it did not. */
  painRose: PainRise | null;
};

/** Pain at the test before it rose (`from`) and now (`to`), out of 10; `since`: 'earlier' when that was not the last
 * test. */
export type PainRise = { from: number; to: number; since: 'last' | 'earlier' };
