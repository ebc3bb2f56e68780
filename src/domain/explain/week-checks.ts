// A week's readiness checks said once (issue 12): the same "rate your pain before you start" under every session of a
// week is noise a runner learns to skip. Sessions keep their own checks as data; the views list the week's set once.
import type { ReadinessCheck, Week } from '../model/plan-types.ts';
import { phraseKey } from './say.ts';

/** Every different check of the week's sessions, in the order they first appear. */
export function weekChecks(w: Week): ReadinessCheck[] {
  const seen = new Map<string, ReadinessCheck>();
  for (const s of w.sessions) for (const c of s.readiness) if (!seen.has(phraseKey(c))) seen.set(phraseKey(c), c);
  return [...seen.values()];
}
