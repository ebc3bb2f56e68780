// What a share link carries (issue 14 limitation, ninth session): the Baseline, the Baselines of earlier blocks
// (oldest first) and the check-ins dated before this block. Those check-ins decide where each earlier block ended
// (C41-C43): without them a shared block 2 would start from a block 1 done as planned, heavier than the runner's own
// when their log held it back. Check-ins keep what the plan reads (status, effort, pain, the next morning), not the
// per-drill counts. The current block's check-ins stay on the device: a shared plan shows as planned.
// ONE schema, composed of the Baseline's, the earlier blocks' and the log's own.
import * as z from 'zod/mini';
import { type Baseline, baselineSchema } from '../../domain/model/baseline.ts';
import { earlierBlocksSchema } from '../../domain/model/block.ts';
import type { FieldError, Validation } from '../../domain/model/plan-types.ts';
import { emptyLog, type SessionLog, sessionLogSchema } from '../../domain/model/session-log.ts';
import { validateBaseline } from '../../domain/model/validate.ts';

export const sharedPlanSchema = z.object({
  baseline: baselineSchema,
  earlier: earlierBlocksSchema,
  log: sessionLogSchema,
});
export type SharedPlan = z.infer<typeof sharedPlanSchema>;

/** The link's content for a runner's current Baseline, their earlier blocks and their log. */
export function sharedPlan(baseline: Baseline, earlier: readonly Baseline[], log: SessionLog): SharedPlan {
  const entries = earlier.length
    ? log.entries.filter((e) => e.date < baseline.startDate).map(({ drills: _, ...e }) => e)
    : [];
  return { baseline, earlier: [...earlier], log: { ...emptyLog(), entries } };
}

/** A v2 link's content, with field errors named as the Baseline's own ('straightKnee.left', 'earlier 1: ...'). */
export function validateShared(input: unknown): Validation<SharedPlan> {
  const r = sharedPlanSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  // Each problem said once, in words (review: "earlier test NaN: …" and "check-ins: Invalid input").
  const messages = new Map<string, FieldError>();
  for (const i of r.error.issues.slice(0, 5)) {
    const [part, ...rest] = i.path.map(String);
    const e =
      part === 'baseline'
        ? { path: rest.join('.'), message: i.message }
        : part === 'earlier'
          ? { path: '', message: rest.length ? `Earlier test ${Number(rest[0]) + 1}: ${i.message}` : i.message }
          : part === 'log'
            ? { path: '', message: 'The check-ins it carries could not be read.' }
            : { path: '', message: 'It does not hold a Pushoff plan.' };
    messages.set(`${e.path}|${e.message}`, e);
  }
  return { ok: false, errors: [...messages.values()] };
}

/** A v1 link held the Baseline alone: a first block, or a later one shown as if it were the first. */
export function validateSharedV1(input: unknown): Validation<SharedPlan> {
  const v = validateBaseline(input);
  return v.ok ? { ok: true, value: { baseline: v.value, earlier: [], log: emptyLog() } } : v;
}
