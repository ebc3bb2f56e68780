// Screening, the first stage: red flags first (rule 18), then pain today (rule 7). Reads only what it is given, so
// the form can screen the red-flag answers before the test results are in.
import type { Referral } from '../model/plan-types.ts';
import { screenPainToday } from './pain-today.ts';
import { screenRedFlags } from './red-flags.ts';
import { unique } from './unique.ts';
import { GROWING_BELOW_AGE, type ScreenInput } from './warning-signs.ts';

export function screen(b: ScreenInput): Referral | null {
  const flag = screenRedFlags(b);
  const pain = screenPainToday(b);
  if (flag && pain) {
    flag.reasons.push(...pain.reasons);
    flag.ruleIds = unique([...flag.ruleIds, ...pain.ruleIds]);
  }
  const r = flag ?? pain;
  // Physiotherapist's reads: a 14- and a 15-year-old were told to book an appointment, with no word to involve an adult
  // (C24). The safety check refers before age is asked, so an unknown age gets the same line, for the under-16s.
  if (r && b.age != null && b.age < GROWING_BELOW_AGE) r.whatToDo.unshift({ id: 'todo.tell-parent', ruleIds: ['C24'] });
  else if (r && b.age == null) r.whatToDo.push({ id: 'todo.tell-parent', ageUnknown: true, ruleIds: ['C24'] });
  // A referral's rules include its steps' (the steps carry no "Why?" of their own on screen): this one's too.
  if (r?.whatToDo.some((t) => t.id === 'todo.tell-parent')) r.ruleIds = unique([...r.ruleIds, 'C24']);
  return r;
}
