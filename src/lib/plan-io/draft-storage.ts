// Answers typed before they make a plan, kept on this device so a reload (or a phone that drops the tab) does not lose
// them (four-weeks review: on a first visit, the safety check's answers were gone after a reload on the test step).
// Only until there is a plan: from then on the Baseline itself is saved (stores/plan-session.ts) and this is removed.
import * as z from 'zod/mini';
import { type Draft, emptyDraft, LIST_KEYS, TEXT_KEYS } from './form-draft.ts';
import type { KeyValueStore } from './saved.ts';

export const DRAFT_KEY = 'pushoff:draft';

// Long enough for any answer the form takes (a date, a number, an id), short enough that a tampered entry stays small.
const text = z.string().check(z.maxLength(40));
/** The Draft as stored: every field optional, as text or a list of ticked values; unknown keys are dropped. */
const StoredDraft = z.object({
  ...Object.fromEntries(TEXT_KEYS.map((k) => [k, z.optional(text)])),
  ...Object.fromEntries(LIST_KEYS.map((k) => [k, z.optional(z.array(text).check(z.maxLength(40)))])),
} as Record<string, z.ZodMiniOptional<typeof text>>);

/** The stored draft over an empty one, or null when there is none or it is damaged (then it is simply not used: it
 * held no plan, and the form starts empty as on a first visit). */
export function readDraft(s: KeyValueStore | undefined, startDate: string): Draft | null {
  try {
    const raw = s?.getItem(DRAFT_KEY);
    if (!raw) return null;
    const r = StoredDraft.safeParse(JSON.parse(raw));
    return r.success ? { ...emptyDraft(startDate), ...(r.data as Partial<Draft>) } : null;
  } catch {
    return null;
  }
}

/** Keep `d` (null: remove it). Storage full or blocked: the answers stay on screen only. */
export function writeDraft(s: KeyValueStore | undefined, d: Draft | null): void {
  try {
    if (d) s?.setItem(DRAFT_KEY, JSON.stringify(d));
    else s?.removeItem(DRAFT_KEY);
  } catch {
    /* full or blocked */
  }
}
