// C52 in the log: a plan whose calf muscle hurt at the test keeps pain there to rule 7's safe band during a session
// (3/10), not the tendon's 5/10. The check-in asks where pain of 4-5 was, so the next session can follow that limit
// (physiotherapist's read: pain of 4-5 in a sore calf muscle only repeated the dose, though the plan said stop at 3).
import type { Session } from '../model/plan-types.ts';

/** Pain during a session in a sore calf muscle keeps to this (0-10, rule 7's safe band). */
export const CALF_PAIN_LIMIT = 3;

/** The session's own pain-during check keeps the calf muscle to CALF_PAIN_LIMIT. */
export const keepsCalfLimit = (s: Session): boolean =>
  s.readiness.some((c) => c.id === 'check.pain-during' && c.calf === true);
