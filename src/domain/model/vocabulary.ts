// The one vocabulary: every closed id list, its order and its short label, shared by the plan engine, the content
// collections, the pages, the islands and the search facets. Plain constants with no zod, so browser code can use
// them without a schema library. Longer wording (questions, sentences) lives in src/domain/explain/.
import type { RuleId } from './rules.ts';

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const satisfies Record<Weekday, string>;

/** The four one-week micro-cycles of a block, in order (domain brief). */
export const PHASES = [
  { id: 'foundation', title: 'Foundation' },
  { id: 'strength', title: 'Strength and eccentric' },
  { id: 'elastic', title: 'Elastic' },
  { id: 'integration', title: 'Integration' },
] as const;
export type PhaseId = (typeof PHASES)[number]['id'];
export const PHASE_IDS = /* @__PURE__ */ PHASES.map((p) => p.id);
export const PHASE_LABELS = /* @__PURE__ */ Object.fromEntries(PHASES.map((p) => [p.id, p.title])) as Record<
  PhaseId,
  string
>;

/** Kit a runner may own. The Baseline asks about exactly these; drills declare which they need. */
export const EQUIPMENT = ['step', 'weights', 'band', 'box', 'calf-machine'] as const;
export type EquipmentId = (typeof EQUIPMENT)[number];
/** Short names (filters, chips, drill pages). */
export const EQUIPMENT_LABELS = {
  step: 'Step',
  weights: 'Backpack or weights',
  band: 'Band',
  box: 'Box',
  'calf-machine': 'Calf machine',
} as const satisfies Record<EquipmentId, string>;
/** What the plan form asks about each item. */
export const EQUIPMENT_QUESTIONS = {
  step: 'A step or stair edge',
  weights: 'Weights (a loaded backpack or dumbbells)',
  band: 'A resistance band',
  box: 'A sturdy box or low platform',
  'calf-machine': 'A calf machine (gym)',
} as const satisfies Record<EquipmentId, string>;
export const NO_EQUIPMENT_LABEL = 'No equipment';
/** Inside a sentence ("You need a step or a box"). */
export const EQUIPMENT_IN_TEXT = {
  step: 'a step',
  weights: 'a backpack or weights',
  band: 'a resistance band',
  box: 'a box',
  'calf-machine': 'a calf machine',
} as const satisfies Record<EquipmentId, string>;

/** Everyday items we assume every home has (a wall, a chair, a towel...); never gate a drill. */
export const HOUSEHOLD = ['wall', 'chair', 'towel', 'foam-roller', 'cones', 'stairs'] as const;

/** Which part of the calf-foot complex a drill mainly works. */
export const MUSCLES = ['gastrocnemius', 'soleus', 'foot'] as const;
export type MuscleId = (typeof MUSCLES)[number];
/** Plain labels (drill tags, filters, search chips): a tag is too short to explain "gastrocnemius" in. */
export const MUSCLE_LABELS = {
  gastrocnemius: 'Upper calf',
  soleus: 'Deep calf',
  foot: 'Foot',
} as const satisfies Record<MuscleId, string>;

/** Where it hurts now. */
export const PAIN_LOCATIONS = ['achilles-midportion', 'achilles-insertion', 'calf', 'plantar-heel', 'shin'] as const;
export type PainLocation = (typeof PAIN_LOCATIONS)[number];
export const PAIN_LOCATION_LABELS = {
  'achilles-midportion': 'Achilles tendon, a few centimetres above the heel',
  'achilles-insertion': 'Achilles tendon, where it meets the heel bone',
  calf: 'Calf muscle',
  'plantar-heel': 'Under the heel',
  shin: 'Shin',
} as const satisfies Record<PainLocation, string>;

// #12 screen
/** Which part of the Achilles a past tendinopathy was in (rule 17 applies to the heel bone). */
export const ACHILLES_PARTS = ['midportion', 'insertional'] as const;
export type AchillesPart = (typeof ACHILLES_PARTS)[number];
export const ACHILLES_PART_LABELS = {
  midportion: 'A few centimetres above the heel (mid-portion)',
  insertional: 'Where the tendon meets the heel bone (insertional)',
} as const satisfies Record<AchillesPart, string>;

/** How soon a Referral asks for a clinician, least urgent first. */
export const URGENCIES = ['soon', 'same-day', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS = {
  soon: 'See a clinician soon',
  'same-day': 'See a clinician today',
  emergency: 'Emergency',
} as const satisfies Record<Urgency, string>;

/** Per-runner gates (rules 13, 15). */
export const GATE_IDS = ['plyometrics', 'single-leg-hops', 'running-integration'] as const;
export type GateId = (typeof GATE_IDS)[number];

/** Coaching cues (content/cues) and their short labels. */
export const CUES = {
  'forward-lean': 'Slight forward lean from the ankles at push-off',
  'midfoot-landing': 'Land midfoot under the body',
  'no-inward-collapse': 'Do not let the foot collapse inward',
  'knee-over-toes': 'Knee tracks over the toes',
  'ankle-knee-hip-alignment': 'Ankle, knee and hip in line',
  'spring-from-toes': 'Quick controlled spring from the toes, not a brute push',
  'stiff-not-rigid': 'Stiff but not rigid ankle at toe-off',
  'quiet-landings': 'Quiet, soft landings',
  'controlled-descent': 'Control every lowering',
  'tempo-2-up-3-down': 'Steady tempo',
  'precision-over-volume': 'Precision over volume',
  'calf-before-thigh': 'Fire the calf before the thigh',
} as const;
export type CueId = keyof typeof CUES;

/** Injury notes (content/injuries); the plan links its flags to these pages. */
export const INJURY_IDS = [
  'achilles-midportion',
  'achilles-insertional',
  'calf-strain',
  'plantar-heel-pain',
  'shin-pain',
  'cramping',
] as const;
export type InjuryId = (typeof INJURY_IDS)[number];

/** Red-flag screening (rule 18): each question's id, what it may point to, and how urgent it is. The questions'
 * wording is in explain/red-flag-questions.ts. Urgency 'no-loading-today' = no plan today, no referral needed. */
export type RedFlagGroup = 'achilles-rupture' | 'calf-tear' | 'blood-clot' | 'bone-stress' | 'heel' | 'pain';
type FlagDef = { id: string; group: RedFlagGroup; urgency: Urgency | 'no-loading-today'; ruleIds: readonly RuleId[] };
const flag = <I extends string, G extends RedFlagGroup, U extends FlagDef['urgency']>(
  id: I,
  group: G,
  urgency: U,
  ruleIds: readonly RuleId[],
) => ({ id, group, urgency, ruleIds });
// Urgency follows rules.md where it grades a sign; calf-tear, bone-stress and heel signs are 'soon' by convention C1.
export const RED_FLAGS = /* @__PURE__ */ [
  /* @__PURE__ */ flag('achillesPopOrKick', 'achilles-rupture', 'same-day', ['R18']),
  /* @__PURE__ */ flag('cannotSingleLegRaise', 'achilles-rupture', 'same-day', ['R18']),
  /* @__PURE__ */ flag('achillesGap', 'achilles-rupture', 'same-day', ['R18']),
  /* @__PURE__ */ flag('calfPopSharpPain', 'calf-tear', 'soon', ['R18', 'C1']),
  /* @__PURE__ */ flag('calfBruisingToAnkle', 'calf-tear', 'soon', ['R18', 'C1']),
  /* @__PURE__ */ flag('calfLimp', 'calf-tear', 'soon', ['R18', 'C1']),
  /* @__PURE__ */ flag('calfSwollenWarmRed', 'blood-clot', 'emergency', ['R18']),
  /* @__PURE__ */ flag('breathlessOrChestPain', 'blood-clot', 'emergency', ['R18']),
  /* @__PURE__ */ flag('boneSpotTenderness', 'bone-stress', 'soon', ['R18', 'C1']),
  /* @__PURE__ */ flag('boneHopPain', 'bone-stress', 'soon', ['R18', 'C1']),
  /* @__PURE__ */ flag('boneNightOrRestPain', 'bone-stress', 'soon', ['R18', 'C1']),
  /* @__PURE__ */ flag('heelNightOrRestPain', 'heel', 'soon', ['R18', 'C1']),
  /* @__PURE__ */ flag('heelSqueezePain', 'heel', 'soon', ['R18', 'C1']),
  /* @__PURE__ */ flag('heelNumbness', 'heel', 'soon', ['R18', 'C1']),
  /* @__PURE__ */ flag('painWorsening', 'pain', 'no-loading-today', ['R7', 'R18']),
] as const satisfies readonly FlagDef[];
export type RedFlagId = (typeof RED_FLAGS)[number]['id'];
export const RED_FLAG_IDS = /* @__PURE__ */ RED_FLAGS.map((x) => x.id) as RedFlagId[];
