// Screening, the first stage: red flags first (rule 18), then pain today (rule 7). Reads only what it is given, so
// the form can screen the red-flag answers before the test results are in.
import type { Referral } from '../model/plan-types.ts';
import { screenPainToday } from './pain-today.ts';
import { screenRedFlags } from './red-flags.ts';
import { unique } from './unique.ts';
import type { ScreenInput } from './warning-signs.ts';

export function screen(b: ScreenInput): Referral | null {
  const flag = screenRedFlags(b);
  const pain = screenPainToday(b);
  if (flag && pain) {
    flag.reasons.push(...pain.reasons);
    flag.ruleIds = unique([...flag.ruleIds, ...pain.ruleIds]);
  }
  return flag ?? pain;
}
