// Shared zod building blocks for the content schemas (build time only). The bare word lists live in
// src/domain/model/vocabulary.ts so browser code can use them without zod.
import { z } from 'zod';
import { EQUIPMENT, HOUSEHOLD, MUSCLES } from '../domain/model/vocabulary.ts';

export { EQUIPMENT, HOUSEHOLD, MUSCLES };
export const Equipment = z.enum(EQUIPMENT);
export type Equipment = z.infer<typeof Equipment>;

export const Household = z.enum(HOUSEHOLD);

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

/** "What to do": two to four short steps in plain runner words, shown first on the page (the DoThis box), so the page
 * answers "what do I do" in its first screen. Shared by phases, guides and injury notes. */
export const DoThis = z.array(z.string().min(10)).max(4);
