// The plan engine's one entry point, createPlan (re-exported by index.ts). A module of its own so the plan page can load
// it when a plan is due (src/stores/engine.ts) without the rest of the engine's surface (the rule registry, the
// CLI's text).
import type { History } from './adjust/adjust-plan.ts';
import type { Baseline } from './model/baseline.ts';
import { missingAnswers } from './model/baseline.ts';
import { validateEarlierBlocks } from './model/block.ts';
import type { Plan, PlanResult } from './model/plan-types.ts';
import { validateBaseline } from './model/validate.ts';
import { planBlocks } from './plan-blocks.ts';
import { screen } from './screen/screen.ts';

/**
 * Turn any input (form state, share link, JSON import) into a Plan, a Referral, or field errors. Never throws.
 * With `history` (the training log and today's date) the weeks follow the log (issue 14, adjust/adjust-plan.ts);
 * with earlier blocks in it, this plan is the next block and starts where the last one ended (C41, plan-blocks.ts).
 * Earlier Baselines are validated like the Baseline (the page validates them on reading them, and sets a damaged list
 * aside with a notice, so here an invalid list is only a caller's mistake, answered with errors).
 */
export function createPlan(input: unknown, history?: History): PlanResult {
  const v = validateBaseline(input);
  if (!v.ok) return v;
  try {
    // C27: a plan needs every answer it depends on; a referral does not wait for them.
    const ask = missingAnswers(v.value);
    if (ask.length > 0 && !screen(v.value)) return { ok: false, errors: ask };
    const earlier = validateEarlierBlocks(history?.earlier ?? []);
    if (!earlier.ok) return { ok: false, errors: earlier.errors.map((e) => ({ ...e, path: `earlier.${e.path}` })) };
    return { ok: true, result: planBlocks(v.value, history && { ...history, earlier: earlier.value }) };
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

/**
 * The earlier blocks of `history` as they were planned, oldest first: createPlan once per block, from its own answers,
 * the blocks before it and the log (what "Your earlier blocks" shows and the log's CSV sets beside each check-in). A
 * block whose answers gave no plan (a warning sign, pain that day) is null. Here, not in a module of its own, so the
 * page gets it with the engine rather than as one more small file (issue 13's budget).
 */
export function earlierPlans(history: History): (Plan | null)[] {
  const earlier: readonly Baseline[] = history.earlier ?? [];
  return earlier.map((b, i) => {
    const r = createPlan(b, { ...history, earlier: earlier.slice(0, i) });
    return r.ok && r.result.kind === 'plan' ? r.result : null;
  });
}
