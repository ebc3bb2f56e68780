import type { RuleId } from '../model/rules.ts';

/** Rule ids once each, sorted. */
export function unique(ids: RuleId[]): RuleId[] {
  return [...new Set(ids)].sort();
}
