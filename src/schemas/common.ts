// Shared building blocks for the content schemas. Pure zod: no astro:* here so the
// plan engine, unit tests and the browser can import the same vocabulary.
import { z } from 'zod';

/** Kit a runner may own. The Baseline asks about exactly these; drills declare which they need. */
export const EQUIPMENT = ['step', 'weights', 'band', 'box', 'calf-machine'] as const;
export const Equipment = z.enum(EQUIPMENT);
export type Equipment = z.infer<typeof Equipment>;

/** Everyday items we assume every home has (a wall, a chair, a towel...); never gate a drill. */
export const HOUSEHOLD = ['wall', 'chair', 'towel', 'foam-roller', 'cones', 'stairs'] as const;
export const Household = z.enum(HOUSEHOLD);

/** Which part of the calf-foot complex a drill mainly works. */
export const MUSCLES = ['gastrocnemius', 'soleus', 'foot'] as const;
export const Muscle = z.enum(MUSCLES);
export type Muscle = z.infer<typeof Muscle>;

/** Inclusive whole-number range, e.g. 8-12 reps. */
export const IntRange = z
  .object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });

/** Fields every page of the guide library carries. */
export const pageFields = {
  /** Page title, sentence case, no trailing full stop. */
  title: z.string().min(3).max(80),
  /** One or two sentences shown in lists, search results and meta description. */
  summary: z.string().min(20).max(300),
  /** Lay terms and other words people search for ("shin splints", "calf pull"); indexed, not shown. */
  synonyms: z.array(z.string().min(2)).default([]),
  /** Citations in short form ("Beyer 2015"), matching the source list of rules.md. At least one. */
  sources: z.array(z.string().min(3)).min(1),
};
