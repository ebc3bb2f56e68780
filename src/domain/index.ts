// The plan engine's public surface. Pure and deterministic: no DOM, no clock, no randomness.
import { buildResult } from './build-plan.ts';
import type { PlanResult } from './plan-types.ts';
import { validateBaseline } from './validate.ts';

/** Turn any input (form state, share link, JSON import) into a Plan, a Referral, or field errors. Never throws. */
export function createPlan(input: unknown): PlanResult {
  const v = validateBaseline(input);
  if (!v.ok) return v;
  try {
    return { ok: true, result: buildResult(v.value) };
  } catch {
    return {
      ok: false,
      errors: [
        { path: '', message: 'The plan could not be built from these answers. Please check them and try again.' },
      ],
    };
  }
}

export type { Baseline, BaselineInput, PainLocation, Side, Weekday } from './baseline.ts';
export { baselineSchema, exampleBaseline, LIMITS, PAIN_LOCATIONS, WEEKDAYS } from './baseline.ts';
/** Screening only (red flags, pain today) from whatever answers exist: lets the form refer before the test is in. */
export { screen } from './build-plan.ts';
export { sideDoseText } from './dose-text.ts';
export type { DrillId, DrillInfo } from './drill-catalog.ts';
export { DRILL_CATALOG, DRILL_IDS } from './drill-catalog.ts';
export { formatText } from './format-text.ts';
export type * from './plan-types.ts';
export type { RedFlagGroup, RedFlagId, RedFlagQuestion } from './red-flags.ts';
export { RED_FLAG_IDS, RED_FLAG_QUESTIONS } from './red-flags.ts';
export type { Evidence, Rule, RuleDef, RuleId } from './rules.ts';
export { RULE_IDS, RULES, ruleById } from './rules.ts';
export type { CueId, InjuryId, PhaseId } from './vocab.ts';
export { CUES, INJURY_IDS, PHASES } from './vocab.ts';
export { validateBaseline };
