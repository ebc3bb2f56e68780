// Answers typed before they make a plan, kept on this device so a reload (or a phone that drops the tab) does not lose
// them (four-weeks review: on a first visit, the safety check's answers were gone after a reload on the test step).
// Until they are saved as the answers (stores/plan-session.ts): before a first plan, and beside one while an answer
// needs fixing; removed once saved.
import * as z from 'zod/mini';
import { type Draft, emptyDraft, LIST_KEYS, TEXT_KEYS } from './form-draft.ts';
import type { KeyValueStore } from './saved.ts';

export const DRAFT_KEY = 'pushoff:draft';

// Long enough for a pasted sentence in a number box (it comes back with its message, as it was typed), short enough
// that a tampered entry stays small.
const text = z.string().check(z.maxLength(200));
const list = z.array(z.string().check(z.maxLength(40))).check(z.maxLength(40));

/** The stored draft over an empty one (or `over`, the saved answers), field by field: a field too long or of the wrong
 * kind keeps what is under it and the rest come back (review: one long paste lost every answer typed so far). null
 * when there is none or it is not a draft at all (then the form starts as if there were none). Unknown keys are
 * dropped. */
export function readDraft(s: KeyValueStore | undefined, startDate: string, over?: Draft): Draft | null {
  try {
    const raw = s?.getItem(DRAFT_KEY);
    if (!raw) return null;
    const stored: unknown = JSON.parse(raw);
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
    // Over the saved answers when there are some: a field that cannot be read keeps its saved answer (review: a long
    // paste into Age came back empty, and the answers were saved without the age).
    const d: Record<string, unknown> = { ...(over ?? emptyDraft(startDate)) };
    const from = stored as Record<string, unknown>;
    for (const k of TEXT_KEYS) if (text.safeParse(from[k]).success) d[k] = from[k];
    for (const k of LIST_KEYS) if (list.safeParse(from[k]).success) d[k] = from[k];
    return d as Draft;
  } catch {
    return null;
  }
}

/** Keep `d` (null: remove it). False when storage is full or blocked: the answers stay on screen only. */
export function writeDraft(s: KeyValueStore | undefined, d: Draft | null): boolean {
  try {
    if (d) s?.setItem(DRAFT_KEY, JSON.stringify(d));
    else s?.removeItem(DRAFT_KEY);
    return s !== undefined;
  } catch {
    return false;
  }
}
