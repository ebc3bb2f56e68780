// The Cue schema: one coaching cue. Which drills use it is derived from drill data.
import { z } from 'zod';
import { pageFields } from './common.ts';

export const cueSchema = z.object({
  ...pageFields,
  /** The cue itself, in one line, as a coach would say it. */
  cue: z.string().min(5).max(120),
  /** What the cue fixes, in one sentence. */
  fixes: z.string().min(10),
  /** Ways the cue is commonly misunderstood. */
  misreadings: z.array(z.string()).min(1),
});
export type CueData = z.infer<typeof cueSchema>;
