// The plan engine's public surface. Pure and deterministic: no DOM, no clock, no randomness. createPlan() returns
// data; explain/ turns it into words.

export type { History } from './adjust/adjust-plan.ts';
export type { Morning, Response } from './adjust/response.ts';
export { holdsBack, morningOf, responseOf } from './adjust/response.ts';
export { symmetryPercent } from './assess/norms.ts';
export { createPlan, earlierPlans } from './create-plan.ts';
export * from './explain/index.ts';
export type { Baseline, BaselineInput, PainLocation, Side, Weekday } from './model/baseline.ts';
export {
  ACHILLES_PART_MISSING,
  baselineSchema,
  exampleBaseline,
  LIMITS,
  missingAnswers,
  PAIN_LOCATIONS,
  WEEKDAYS,
} from './model/baseline.ts';
export type { EarlierBlocks } from './model/block.ts';
export { BLOCK_WEEKS, earlierBlocksSchema, validateEarlierBlocks } from './model/block.ts';
export type { DrillId, DrillInfo } from './model/drill-catalog.ts';
export { DRILL_CATALOG, DRILL_IDS } from './model/drill-catalog.ts';
export type * from './model/phrases.ts';
export type * from './model/plan-types.ts';
export type { Evidence, Rule, RuleDef, RuleId } from './model/rules.ts';
export { RULE_IDS, RULES, ruleById } from './model/rules.ts';
export { validateBaseline } from './model/validate.ts';
export * from './model/vocabulary.ts';
export { addDays, weekdayOf } from './prescribe/schedule.ts';
/** Which plan notes ask the runner to see a physiotherapist or doctor: they go first, above today's session. */
export { asksForClinician, asksGapCheck, asksStrainCheck, splitClinicianNotes } from './screen/clinician-notes.ts';
/** A clinician referral from the last session's pain check, kept on the plan page until a later session is logged. */
export { painCheckReferral, type StandingReferral } from './screen/pain-check-referral.ts';
/** Screening only (red flags, pain today) from whatever answers exist: lets the form refer before the test is in. */
export { screen } from './screen/screen.ts';
