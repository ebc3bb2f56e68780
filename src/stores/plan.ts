// Plan page state. Islands render, these stores coordinate, the domain (createPlan) decides.
// $draft holds what is typed; $outcome is the engine's answer to it, keeping the last good plan while an answer
// is impossible; $mode says whether the page shows the user's own plan or a shared, read-only one.
import { atom, computed } from 'nanostores';
import {
  type Baseline,
  createPlan,
  type FieldError,
  type PlanOrReferral,
  RED_FLAG_IDS,
  screen,
  validateBaseline,
} from '../domain/index.ts';
import { type Draft, draftToInput, emptyDraft, placeErrors } from '../lib/plan-io/form-draft.ts';

export const $draft = atom<Draft>(emptyDraft());
/** Fields the user has changed or left: their errors show. After "Check my answers" every error shows. */
export const $touched = atom<Record<string, true>>({});
export const $checked = atom(false);

export type Mode = { kind: 'own' } | { kind: 'shared'; baseline: Baseline };
export const $mode = atom<Mode>({ kind: 'own' });

/** Something the page must explain: damaged storage, a bad share link, a failed save or import. */
export type Notice = { message: string; errors?: FieldError[] };
export const $notices = atom<{ storage?: Notice; share?: Notice; save?: Notice }>({});
export const notify = (key: 'storage' | 'share' | 'save', n: Notice | undefined) =>
  $notices.set({ ...$notices.get(), [key]: n });

export type Outcome = {
  /** The engine's result to show: current, or the last good one when `stale`; null before any valid answers. */
  result: PlanOrReferral | null;
  /** The valid Baseline behind `result` (null for a screening-only referral). */
  baseline: Baseline | null;
  /** Errors in the current answers (empty when they are valid). */
  errors: FieldError[];
  /** True when `result` comes from earlier answers because the current ones have errors. */
  stale: boolean;
};

export const anyRedFlag = (d: Draft) => d.redFlags.length > 0;

let lastGood: { result: PlanOrReferral; baseline: Baseline } | null = null;

/** The answer to the current draft. Recomputed on every change: the plan is live, with no submit round trip. */
export const $outcome = computed($draft, (d): Outcome => {
  const input = draftToInput(d, RED_FLAG_IDS);
  const v = validateBaseline(input);
  const r = v.ok ? createPlan(v.value) : v;
  if (v.ok && r.ok) {
    lastGood = { result: r.result, baseline: v.value };
    return { ...lastGood, errors: [], stale: false };
  }
  const errors = r.ok ? [] : r.errors;
  if (anyRedFlag(d)) {
    // Rule 18: a ticked red flag alone decides: refer and show no exercises, even before the test is filled in.
    return {
      result: screen({ redFlags: input.redFlags as Baseline['redFlags'] }),
      baseline: null,
      errors,
      stale: false,
    };
  }
  return { result: lastGood?.result ?? null, baseline: lastGood?.baseline ?? null, errors, stale: lastGood !== null };
});

/** What the page shows: the shared plan in read-only mode, otherwise the outcome of the user's own answers. */
export const $view = computed([$mode, $outcome], (mode, own): Outcome & { readOnly: boolean } => {
  if (mode.kind === 'own') return { ...own, readOnly: false };
  const r = createPlan(mode.baseline);
  return {
    result: r.ok ? r.result : null,
    baseline: mode.baseline,
    errors: r.ok ? [] : r.errors,
    stale: false,
    readOnly: true,
  };
});

/** Typing updates the plan at once; the field's own error waits until the field is left (touch on blur). */
export function setField(key: string, value: string | string[]): void {
  $draft.set({ ...$draft.get(), [key]: value } as Draft);
}

export function touch(key: string): void {
  if (!$touched.get()[key]) $touched.set({ ...$touched.get(), [key]: true });
}

/** Fields whose validity depends on another: unticking a run day can make the long-run or a hard day invalid. */
const DEPENDENTS: Record<string, string[]> = { runDays: ['longRunDay', 'hardDays'] };

export function toggle(key: string, value: string, on: boolean): void {
  const list = ($draft.get() as Record<string, string[]>)[key].filter((v) => v !== value);
  setField(key, on ? [...list, value] : list);
  touch(key);
  // A field changed by someone else's edit shows its error at once, where it is, not only in the list below.
  for (const k of DEPENDENTS[key] ?? []) touch(k);
}

/** Field path -> its first error message, for the errors the user should see now. */
export const $fieldErrors = computed([$outcome, $touched, $checked], (o, touched, checked) => {
  const placed = placeErrors(o.errors);
  return checked ? placed : Object.fromEntries(Object.entries(placed).filter(([k]) => touched[k]));
});
