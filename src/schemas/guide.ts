// The Guide schema: stand-alone guides (baseline test, checklists, recovery...).
import { z } from 'zod';
import { pageFields } from './common.ts';

export const guideSchema = z.object({
  ...pageFields,
  /** What to do, in two to four short steps: shown first, so the page answers "what do I do" in its first screen. */
  doThis: z.array(z.string().min(10)).max(4).default([]),
  /** Order on the guides index, lowest first. */
  order: z.number().int().nonnegative(),
});
export type GuideData = z.infer<typeof guideSchema>;
