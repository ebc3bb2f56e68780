// Output types of the plan engine. JSON-serialisable only: no Date objects, no functions, no undefined
// where a value is expected (null instead). Dates are 'YYYY-MM-DD'. Every decision carries rule ids.
import type { Side, Weekday } from './baseline.ts';
import type { DrillId } from './drill-catalog.ts';
import type { RuleId } from './rules.ts';
import type { CueId, InjuryId, PhaseId } from './vocab.ts';

export type Urgency = 'emergency' | 'same-day' | 'soon';
export type PerSide<T> = { left: T; right: T };

/** A sentence for the user plus the rules behind it. */
export type Note = { text: string; ruleIds: RuleId[] };

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

export type PrescribedDrill = {
  drill: DrillId;
  /** 'single' = one leg at a time; 'double' = both together; 'none' = not a leg-by-leg drill (mobility, strides). */
  stance: 'single' | 'double' | 'none';
  /** Which side to do first (weaker side first, rule 5); null when sides do not alternate. */
  firstSide: Side | null;
  left: SideDose;
  right: SideDose;
  tempo: Tempo | null;
  restSeconds: number | null;
  /** Effort guide, e.g. 'about 70% effort'. */
  effort: string | null;
  /** Added load in plain words, e.g. 'add 2-10% of body weight in a backpack'; null = body weight. */
  load: string | null;
  cues: CueId[];
  notes: Note[];
  ruleIds: RuleId[];
};

export type ReadinessId =
  | 'pain-now'
  | 'pain-during'
  | 'twenty-four-hour'
  | 'tendon-monitoring'
  | 'cramp'
  | 'hop-pain'
  | 'load-step'
  | 'walk-check';
export type ReadinessCheck = Note & { id: ReadinessId };

export type Session = {
  date: string;
  weekday: Weekday;
  /** 'loaded' = a calf session counted by rule 9; 'activation' = short daily drills in week 1. */
  kind: 'loaded' | 'activation';
  title: string;
  drills: PrescribedDrill[];
  /** Cues to watch in this session, most important first. */
  cues: CueId[];
  readiness: ReadinessCheck[];
  notes: Note[];
  /** Why this day and this order: spacing (R9, C6), drill order (R14, C11), activation (C8). */
  ruleIds: RuleId[];
};

export type ChangedVariable = 'load' | 'reps' | 'tempo' | 'range' | 'single-leg' | 'plyometric';

export type Week = {
  number: 1 | 2 | 3 | 4;
  phase: PhaseId;
  title: string;
  startDate: string;
  endDate: string;
  /** The ONE variable that changed from last week (null = none), and why. */
  change: { variable: ChangedVariable | null; text: string; ruleIds: RuleId[] };
  focus: Note;
  /** Charted volume per leg (convention C5): load index and hop contacts for the whole week. */
  volume: { loadIndex: PerSide<number>; contacts: PerSide<number> };
  sessions: Session[];
  notes: Note[];
};

export type GateId = 'plyometrics' | 'single-leg-hops' | 'running-integration';
export type Gate = {
  id: GateId;
  title: string;
  status: 'open' | 'locked';
  /** Week in which the plan uses it, or null when it is locked or only used after week 4. */
  usedFromWeek: number | null;
  /** Each condition; met null = a check you confirm yourself. */
  conditions: { text: string; met: boolean | null; ruleIds: RuleId[] }[];
  /** What would open it (empty when open). */
  toOpen: string[];
  ruleIds: RuleId[];
};

export type Symmetry = {
  left: number;
  right: number;
  /** Weaker / stronger x 100, one decimal. */
  percent: number;
  weakerSide: Side | null;
  belowNinety: boolean;
  text: string;
  ruleIds: RuleId[];
};

export type NormComparison = 'below' | 'about' | 'above';
export type NormsSummary = {
  /** Which reference was used, in words, e.g. 'women aged 30-39'. */
  reference: string;
  typical: PerSide<number>;
  comparison: PerSide<NormComparison>;
  text: string;
  /** Rule 3 target (runner-ready): a target, not a norm. */
  target: { met: boolean; text: string; ruleIds: RuleId[] };
  ruleIds: RuleId[];
};

export type Flag = Note & { injury: InjuryId | null };

export type PlanSummary = {
  symmetry: { straightKnee: Symmetry; bentKnee: Symmetry | null };
  norms: NormsSummary;
  gates: Gate[];
  retest: { date: string; protocol: string[]; text: string; ruleIds: RuleId[] };
  keepGoing: { text: string; nextDrills: DrillId[]; ruleIds: RuleId[] };
  /** How the load index is counted (convention C5). */
  loadIndex: Note;
  flags: Flag[];
};

export type Plan = {
  kind: 'plan';
  startDate: string;
  endDate: string;
  sessionsPerWeek: number;
  summary: PlanSummary;
  weeks: Week[];
  /** Every rule id used anywhere in this plan, sorted. */
  ruleIds: RuleId[];
};

export type ReferralReason = { id: string; text: string; urgency: Urgency | null; ruleIds: RuleId[] };

/** No plan: a red flag ('red-flag', with urgency) or pain too high today ('no-loading-today', urgency null). */
export type Referral = {
  kind: 'referral';
  reason: 'red-flag' | 'no-loading-today';
  urgency: Urgency | null;
  title: string;
  reasons: ReferralReason[];
  whatToDo: Note[];
  reEntry: Note;
  ruleIds: RuleId[];
};

export type PlanOrReferral = Plan | Referral;
export type FieldError = { path: string; message: string };
export type PlanResult = { ok: true; result: PlanOrReferral } | { ok: false; errors: FieldError[] };
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
