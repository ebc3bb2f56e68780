// A Block: four weeks planned from one Baseline. After its retest (rule 4) the runner plans the next block from the
// new Baseline, and the Baselines of the blocks before it are kept, oldest first, so the next block can start from
// the dose the last one reached (C41) and every test stays comparable. ONE zod schema for that list, used by local
// storage and the JSON backup (each item is a Baseline, validated by the Baseline's own schema).
import * as z from 'zod/mini';
import { type Baseline, baselineSchema } from './baseline.ts';
import type { FieldError, TestPoint, Validation } from './plan-types.ts';

/** Weeks in a block (C8's four focuses). */
export const BLOCK_WEEKS = 4;
/** Earlier blocks kept: about four years of four-week blocks, far more than anyone retests by hand. */
export const MAX_EARLIER_BLOCKS = 52;

export const earlierBlocksSchema = z
  .array(baselineSchema, { error: 'The earlier blocks must be a list of test results.' })
  .check(z.maxLength(MAX_EARLIER_BLOCKS, { error: `Keep at most ${MAX_EARLIER_BLOCKS} earlier blocks.` }));

export type EarlierBlocks = Baseline[];

/** The earlier blocks, or the first problem with them as a field error ("0.straightKnee.left"). Never throws. */
export function validateEarlierBlocks(input: unknown): Validation<EarlierBlocks> {
  const r = earlierBlocksSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  const errors: FieldError[] = r.error.issues.slice(0, 5).map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }));
  return { ok: false, errors };
}

export const testPoint = (b: Baseline): TestPoint => ({
  date: b.startDate,
  straightKnee: { ...b.straightKnee },
  bentKnee: b.bentKnee ? { ...b.bentKnee } : null,
  hops: b.hopTest ? { left: b.hopTest.left, right: b.hopTest.right } : null,
  pain: b.painNow,
});
