// The Phase schema: one micro-cycle (one week) of the four-week block.
import { z } from 'zod';
import { DoThis, pageFields } from './common.ts';

export const phaseSchema = z.object({
  ...pageFields,
  doThis: DoThis.default([]),
  /** Position in the block, 1-4; also the week number it fills. */
  order: z.number().int().min(1).max(4),
  /** The phase's goal in one sentence. */
  goal: z.string().min(10),
  /** What must hold before entering it, in plain words. */
  entryGate: z.string().min(5),
  /** Ids of the plan rules (rule registry) that govern the gate, e.g. ["R13"]. */
  gateRules: z.array(z.string().regex(/^R\d+$/)).default([]),
  /** Signs you are ready to move on. */
  readyToMoveOn: z.array(z.string()).min(1),
});
export type PhaseData = z.infer<typeof phaseSchema>;
