// Rule 8's 24-hour response (and rule 7's pain during), read from one session's log entry: go on, repeat the dose,
// or step back. How a check-in maps onto those three is convention C39; skipped and partly done sessions are C40.

import type { PhraseOf } from '../model/phrases.ts';
import type { Session } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import type { SessionLogEntry } from '../model/session-log.ts';
import { CALF_PAIN_LIMIT } from './calf-limit.ts';

/** Why a week is held back: the phrase's own list, so the words and the rule cannot drift apart ('worse-again' is
 * C49's, read from two sessions, not one: worse-again.ts). */
export type Cause = Exclude<NonNullable<PhraseOf<'adjust.week'>['because']>, 'worse-again'>;
export type Response = { action: 'go-on' | 'repeat' | 'step-back'; cause: Cause | null; ruleIds: RuleId[] };

/** Rule 7: pain over 5/10 is past the acceptable zone, during a session or the next morning. */
export const PAIN_LIMIT = 5;
/** C52: pain during whose place the check-in asks, where the plan keeps a sore calf muscle to CALF_PAIN_LIMIT: over
 * that, and not over PAIN_LIMIT (which steps back wherever it was). */
export const asksCalfPlace = (painDuring: number): boolean => painDuring > CALF_PAIN_LIMIT && painDuring <= PAIN_LIMIT;
/** Rule 7's "acceptable" zone starts here: 4-5/10 during a session adds nothing new (C39, as C35 for pain today). */
const PAIN_ACCEPTABLE = 4;
/** C39 (expert opinion, physio review): next-morning pain more than this many points above usual steps back. */
const MORNING_JUMP = 2;

/** C40: missing or cutting a loaded or heel-raise session holds the plan back; a short activation does not. */
export const holdsBack = (kind: Session['kind']): boolean => kind !== 'activation';

export const GO_ON: Response = { action: 'go-on', cause: null, ruleIds: [] };
// C55: how late a check-in may come before a session counts as missed.
export const NOT_LOGGED: Response = { action: 'repeat', cause: 'not-logged', ruleIds: ['C40', 'C55'] };

/**
 * `usualPain`: the runner's pain on the day the plan was made (0-10), the "usual" the morning is compared with.
 * `counts`: whether missing this session holds the plan back (C40: loaded and heel-raise sessions; a skipped short
 * activation does not, though its morning after still counts).
 */
export function responseOf(e: SessionLogEntry, usualPain: number, counts = true): Response {
  if (e.status === 'skipped') return counts ? { action: 'repeat', cause: 'skipped', ruleIds: ['C40'] } : GO_ON;
  if (e.painDuring !== null && e.painDuring > PAIN_LIMIT)
    return { action: 'step-back', cause: 'pain-during', ruleIds: ['R7', 'C39'] };
  if (e.painDuring !== null && e.painDuringCalf && e.painDuring > CALF_PAIN_LIMIT)
    return { action: 'step-back', cause: 'pain-during-calf', ruleIds: ['R7', 'C52', 'C39'] };
  const m = e.nextMorning ? morningOf(e.nextMorning, usualPain) : null;
  if (m === 'worse') return { action: 'step-back', cause: 'worse', ruleIds: ['R8', 'C39'] };
  if (m === 'not-back') return { action: 'repeat', cause: 'not-back', ruleIds: ['R8', 'C39'] };
  if (e.painDuring !== null && e.painDuring >= PAIN_ACCEPTABLE)
    return { action: 'repeat', cause: 'pain-during-4-5', ruleIds: ['R7', 'C39'] };
  if (e.status === 'partly' && counts) return { action: 'repeat', cause: 'partly', ruleIds: ['C40'] };
  return GO_ON;
}

/** The morning's own reading (rule 8, C39), apart from the session before it: back to usual, not back, or worse.
 * The morning check words its answer from this, so a partly done session is not called a bad morning. */
export type Morning = 'usual' | 'not-back' | 'worse';
export function morningOf(m: NonNullable<SessionLogEntry['nextMorning']>, usualPain: number): Morning {
  if (m.stiffness === 'much-more' || m.pain > PAIN_LIMIT || m.pain > usualPain + MORNING_JUMP) return 'worse';
  if (m.stiffness === 'more' || m.pain > usualPain) return 'not-back';
  return 'usual';
}

const RANK = { 'go-on': 0, repeat: 1, 'step-back': 2 } as const;

/** The week's decision: its most cautious response (the first such session when several tie). */
export function worst(rs: readonly { r: Response; date: string }[]): { r: Response; date: string } | null {
  let out: { r: Response; date: string } | null = null;
  for (const x of rs) if (!out || RANK[x.r.action] > RANK[out.r.action]) out = x;
  return out && out.r.action !== 'go-on' ? out : null;
}

/** The highest pain a week's check-ins report, during or the next morning (null without any). */
export function weekPain(es: readonly SessionLogEntry[]): number | null {
  const xs = es.flatMap((e) => [e.painDuring, e.nextMorning?.pain ?? null]).filter((x): x is number => x !== null);
  return xs.length ? Math.max(...xs) : null;
}

/** Rule 8's "not rising week to week": pain higher than the week before holds the next step back (repeat). */
export const RISING: Response = { action: 'repeat', cause: 'pain-rising', ruleIds: ['R8', 'C39'] };
