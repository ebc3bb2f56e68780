// The Injury schema: an injury note. Education, never a diagnosis.
import { reference } from 'astro:content';
import { z } from 'zod';
import { DoThis, pageFields } from './common.ts';

/** How fast to see a clinician: emergency care now, same day, or soon (days); or no loading today (rule 7:
 * pain over 5/10 or rising day on day stops today's session without a referral). */
export const Urgency = z.enum(['emergency', 'same-day', 'soon', 'no-loading-today']);
export type Urgency = z.infer<typeof Urgency>;

export const injurySchema = z.object({
  ...pageFields,
  /** Required here: a worried runner opens an injury note to learn what to do now. The steps sum up the note's own
   * "What to do now" section (no new facts or numbers); the section keeps the details, links and sources. */
  doThis: DoThis.min(2),
  /** Red flags that mean stop and see a clinician. */
  redFlags: z.array(z.object({ sign: z.string(), urgency: Urgency })).min(1),
  /** What the Pushoff plan changes for someone with this history or pain. */
  planChanges: z.array(z.string()).min(1),
  /** Drills to avoid or change, as table rows: drills that share one change, what to do, and why (with sources).
   * Every drill whose cautions name this injury appears in exactly one row (checked at build time); the drill's
   * own page keeps its full advice. */
  drillChanges: z
    .array(z.object({ drills: z.array(reference('drills')).min(1), change: z.string().min(5), why: z.string().min(5) }))
    .default([]),
  /** Ids of plan rules that apply, e.g. ["R17"]. */
  rules: z.array(z.string().regex(/^R\d+$/)).default([]),
});
export type InjuryData = z.infer<typeof injurySchema>;
