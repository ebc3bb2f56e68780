// The plan engine's public surface. Pure and deterministic: no DOM, no clock, no randomness. createPlan() returns
// data; explain/ turns it into words.
import { adjustPlan, type History } from './adjust/adjust-plan.ts';
import { buildResult } from './build-plan.ts';
import { missingAnswers } from './model/baseline.ts';
import type { PlanResult } from './model/plan-types.ts';
import { validateBaseline } from './model/validate.ts';
import { screen } from './screen/screen.ts';

/**
 * Turn any input (form state, share link, JSON import) into a Plan, a Referral, or field errors. Never throws.
 * With `history` (the training log and today's date) the weeks follow the log (issue 14, adjust/adjust-plan.ts).
 */
export function createPlan(input: unknown, history?: History): PlanResult {
  const v = validateBaseline(input);
  if (!v.ok) return v;
  try {
    // C27: a plan needs every answer it depends on; a referral does not wait for them.
    const ask = missingAnswers(v.value);
    if (ask.length > 0 && !screen(v.value)) return { ok: false, errors: ask };
    const result = buildResult(v.value);
    return {
      ok: true,
      result: history && result.kind === 'plan' ? adjustPlan(result, v.value.painNow, history) : result,
    };
  } catch (error) {
    return {
      ok: false,
      errors: [
        { path: '', message: 'The plan could not be built from these answers. Please check them and try again.' },
      ],
      cause: error instanceof Error ? error.message : String(error),
    };
  }
}

export type { History } from './adjust/adjust-plan.ts';
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
export type { DrillId, DrillInfo } from './model/drill-catalog.ts';
export { DRILL_CATALOG, DRILL_IDS } from './model/drill-catalog.ts';
export type * from './model/phrases.ts';
export type * from './model/plan-types.ts';
export type { Evidence, Rule, RuleDef, RuleId } from './model/rules.ts';
export { RULE_IDS, RULES, ruleById } from './model/rules.ts';
export * from './model/vocabulary.ts';
export { addDays, weekdayOf } from './prescribe/schedule.ts';
/** Screening only (red flags, pain today) from whatever answers exist: lets the form refer before the test is in. */
export { screen, validateBaseline };
