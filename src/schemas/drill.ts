// The Drill schema: one exercise with its dose ranges, cues, faults and neighbours.

import { reference } from 'astro:content';
import { z } from 'zod';
import { Equipment, Household, IntRange, Muscle, pageFields } from './common.ts';

/** Dose ranges for one phase. Reps and holds are per leg for single-leg work. */
export const DoseRange = z.object({
  phase: reference('phases'),
  /** Sets per leg (or per session for double-leg work). */
  sets: IntRange,
  /** Repetitions per set, per leg. Omitted for timed holds. */
  reps: IntRange.optional(),
  /** Hold time in seconds per repetition, for isometrics and mobility holds. */
  holdSeconds: IntRange.optional(),
  /** Seconds of work per set, per leg, for work that keeps moving rather than holding still (rolling). */
  workSeconds: IntRange.optional(),
  /** Foot contacts per session for plyometrics (rule 14 caps these). */
  contacts: IntRange.optional(),
  /** Tempo in seconds as "up-pause-down", e.g. "3-0-3". */
  tempo: z
    .string()
    .regex(/^\d+-\d+-\d+$/)
    .optional(),
  /** Rest between sets in seconds. */
  restSeconds: z.number().int().positive().optional(),
});

export const drillSchema = z.object({
  ...pageFields,
  /** Main muscles worked. */
  /** One line on how the drill is done, for the printed plan next to its small figure (issue 13). */
  howTo: z.string().min(10).max(100),
  /** The same line for a one-leg drill the plan doses on both legs while a side is under 15 reps (C3). */
  howToBothLegs: z.string().min(10).max(100).optional(),
  muscles: z.array(Muscle).min(1),
  /** Knee position during the work: straight biases gastrocnemius, bent biases soleus. */
  knee: z.enum(['straight', 'bent', 'both', 'not-applicable']),
  /** Owned kit the drill needs: any ONE of these is enough; empty means none. Must match the plan engine's catalogue. */
  equipment: z.array(Equipment).default([]),
  /** Household items it uses (wall, chair...); never a barrier. */
  household: z.array(Household).default([]),
  /** What to do instead when the kit is missing. */
  noEquipment: z.string().min(10),
  /** Phases in which this drill appears. */
  phases: z.array(reference('phases')).min(1),
  /** Dose ranges by phase. */
  dose: z.array(DoseRange).min(1),
  /** Cues that apply, most important first. */
  cues: z.array(reference('cues')).min(1),
  /** Common faults, each with its fix. */
  faults: z.array(z.object({ fault: z.string(), fix: z.string() })).min(1),
  /** An easier version. */
  regression: reference('drills').optional(),
  /** A harder version. */
  progression: reference('drills').optional(),
  /** Who should skip or modify the drill, and how. */
  cautions: z.array(z.object({ injury: reference('injuries'), advice: z.string() })).default([]),
  /** General safety notes. */
  safety: z.array(z.string()).default([]),
  /** Alt text for the drill's figure (src/figures/<id>.svg): describe the movement. */
  figureAlt: z.string().min(20),
});
export type DrillData = z.infer<typeof drillSchema>;
