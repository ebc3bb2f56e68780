// The Guide schema: stand-alone guides (baseline test, checklists, recovery...).
import { z } from 'zod';
import { DoThis, pageFields } from './common.ts';

export const guideSchema = z.object({
  ...pageFields,
  doThis: DoThis.default([]),
  /** Order on the guides index, lowest first. */
  order: z.number().int().nonnegative(),
});
export type GuideData = z.infer<typeof guideSchema>;
