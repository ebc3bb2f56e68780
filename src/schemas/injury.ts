// The Injury schema: an injury note. Education, never a diagnosis.
import { z } from 'zod';
import { pageFields } from './common.ts';

/** How fast to see a clinician: emergency care now, same day, or soon (days); or no loading today (rule 7:
 * pain over 5/10 or rising day on day stops today's session without a referral). */
export const Urgency = z.enum(['emergency', 'same-day', 'soon', 'no-loading-today']);
export type Urgency = z.infer<typeof Urgency>;

export const injurySchema = z.object({
  ...pageFields,
  /** Red flags that mean stop and see a clinician. */
  redFlags: z.array(z.object({ sign: z.string(), urgency: Urgency })).min(1),
  /** What the Pushoff plan changes for someone with this history or pain. */
  planChanges: z.array(z.string()).min(1),
  /** Ids of plan rules that apply, e.g. ["R17"]. */
  rules: z.array(z.string().regex(/^R\d+$/)).default([]),
});
export type InjuryData = z.infer<typeof injurySchema>;
