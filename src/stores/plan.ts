// Plan page state. Islands render, these stores coordinate, the domain (createPlan) decides.
// $draft holds what is typed; $answer is the engine's answer to it alone; $lastGood remembers the last answer
// built from valid answers, so $outcome can keep showing that plan while the current answers have errors;
// $mode says whether the page shows the user's own plan or a shared, read-only one.
import { atom, computed, map, onMount } from 'nanostores';
import type { Baseline, FieldError, History, PlanOrReferral, Referral } from '../domain/index.ts';
import { missingAnswers, missingAnswersSoFar } from '../domain/model/baseline.ts';
import { validateBaseline } from '../domain/model/validate.ts';
import { RED_FLAG_IDS } from '../domain/model/vocabulary.ts';
import { screen } from '../domain/screen/screen.ts';
import {
  baselineToDraft,
  type Draft,
  draftToInput,
  emptyDraft,
  fieldFor,
  LIST_KEYS,
  type ListKey,
  placeErrors,
  TEXT_KEYS,
  type TextKey,
} from '../lib/plan-io/form-draft.ts';
import type { SharedPlan } from '../lib/plan-io/shared-plan.ts';
import { $engine, type Engine, loadEngine } from './engine.ts';
import { $history } from './plan-history.ts';

export const $draft = map<Draft>(emptyDraft());
/** Fields the user has changed or left: their errors show. After "See my plan" every error shows. */
export const $touched = map<Record<string, true>>({});
export const $checked = atom(false);

/** A shared plan carries its earlier blocks and their check-ins (shared-plan.ts), so it opens on the same block. */
export type Mode = { kind: 'own' } | ({ kind: 'shared' } & SharedPlan);
export const $mode = atom<Mode>({ kind: 'own' });

/** Something the page must explain: damaged storage, a bad share link, a failed save or import. */
export type Notice = { message: string; errors?: FieldError[] };
/** `draft`: changes that cannot be saved yet could not be kept on the device either (storage full or blocked).
 * `tab`: another tab or window changed the saved answers (other-tab.ts). */
export type NoticeKey = 'storage' | 'share' | 'save' | 'log' | 'blocks' | 'replaced' | 'draft' | 'tab';
export const $notices = map<Partial<Record<NoticeKey, Notice>>>({});
/** Show a notice, or clear it with `undefined`. */
export const notify = (key: NoticeKey, n: Notice | undefined) => $notices.setKey(key, n);

export type Outcome = {
  /** The engine's result to show: current, or the last good one when `stale`; null before any valid answers. */
  result: PlanOrReferral | null;
  /** The valid Baseline behind `result` (null for a screening-only referral). */
  baseline: Baseline | null;
  /** Errors in the current answers (empty when they are valid). */
  errors: FieldError[];
  /** True when `result` comes from earlier answers because the current ones have errors. */
  stale: boolean;
  /** True while valid, complete answers wait for the plan engine to load (stores/engine.ts): a plan is coming. */
  pending?: boolean;
};
/** An outcome built from valid answers. */
export type GoodOutcome = Outcome & { result: PlanOrReferral; baseline: Baseline };

export const anyRedFlag = (d: Draft) => d.redFlags.length > 0;

/** The draft as the engine's input, validated once per change (the answer and the safety check both read it). */
const $validated = computed($draft, (d) => {
  const input = draftToInput(d, RED_FLAG_IDS);
  return { input, v: validateBaseline(input) };
});

/**
 * What the safety check's own answers decide, before the test is done: a ticked warning sign (rule 18), and pain right
 * now over 5 (rule 7) or at rest in the shin, calf muscle or under the heel (C23, C50, C51). The pain counts once it is
 * a valid score with its place ticked (C50: the place is asked, not guessed). Null when they allow the test.
 */
export const $safety = computed($validated, ({ input, v }): Referral | null => {
  const painError = !v.ok && v.errors.some((e) => e.path === 'painNow' || e.path.startsWith('painLocations'));
  const pain = input.painNow as number;
  const places = input.painLocations as Baseline['painLocations'];
  const answered = !painError && !(pain > 0 && places.length === 0);
  // Age comes later in the form; once a valid one is there (answers changed), a child's referral says so first (C24).
  const age = input.age;
  const knownAge = typeof age === 'number' && !(!v.ok && v.errors.some((e) => e.path === 'age'));
  return screen({
    redFlags: input.redFlags as Baseline['redFlags'],
    ...(answered ? { painNow: pain, painLocations: places } : {}),
    ...(knownAge ? { age } : {}),
  });
});

/**
 * The plan for valid answers: the engine's, once loaded. Until then a referral needs only screening (loaded with the
 * page), and complete answers are `pending` (loadEngine is called by the listeners below).
 */
function planFor(engine: Engine | null, b: Baseline, history?: History): Outcome {
  if (engine) {
    const r = engine.createPlan(b, history);
    return r.ok
      ? { result: r.result, baseline: b, errors: [], stale: false }
      : { result: null, baseline: null, errors: r.errors, stale: false };
  }
  const referral = screen(b);
  if (referral) return { result: referral, baseline: b, errors: [], stale: false };
  const ask = missingAnswers(b); // C27: a plan needs every answer it depends on (createPlan checks the same)
  return ask.length > 0
    ? { result: null, baseline: null, errors: ask, stale: false }
    : { result: null, baseline: b, errors: [], stale: false, pending: true };
}

/** The engine's answer to the current draft (and the training log), without memory. Recomputed on every change. */
export const $answer = computed(
  [$validated, $history, $engine, $safety],
  ({ input, v }, history, engine, safety): Outcome => {
    // The runner's own plan follows their training log (issue 14); a shared plan ($view) never does.
    const o = v.ok ? planFor(engine, v.value, history ?? undefined) : null;
    if (o && (o.result || o.pending)) return o;
    // Questions still unanswered are asked together with the input's errors, not once those are mended.
    const unanswered = v.ok ? [] : missingAnswersSoFar(input).filter((m) => !v.errors.some((e) => e.path === m.path));
    const errors = o ? o.errors : v.ok ? [] : [...v.errors, ...unanswered];
    // Rule 18 and rule 7: the safety check's answers alone decide: refer and show no exercises, even before the test is
    // filled in, and in place of a last good plan.
    return { result: safety, baseline: null, errors, stale: false };
  },
);

const isGood = (o: Outcome): o is GoodOutcome => o.result !== null && o.baseline !== null;

/** The last answer built from valid answers; null until there is one. Kept up to date by $outcome's listener. */
export const $lastGood = atom<GoodOutcome | null>(null);

/** What the user's own answers show: the current answer, or the last good plan (stale) while they have errors. */
export const $outcome = computed([$answer, $lastGood], (now, last): Outcome => {
  if (now.result || now.pending || !last) return now;
  return { ...last, errors: now.errors, stale: true };
});
// While anyone watches the outcome, remember each good answer (a listener, so the computed stores stay pure).
onMount($outcome, () =>
  $answer.subscribe((now) => {
    if (isGood(now)) $lastGood.set(now);
    if (now.pending) void loadEngine();
  }),
);

/** What the page shows: the shared plan in read-only mode, otherwise the outcome of the user's own answers. */
export const $view = computed([$mode, $outcome, $engine], (mode, own, engine): Outcome & { readOnly: boolean } => {
  if (mode.kind === 'own') return { ...own, readOnly: false };
  // Its earlier blocks are planned again from their tests and check-ins; "today" is this block's first day, so the
  // earlier blocks are over and this one shows as planned (its own check-ins stay on the sharer's device).
  const history = mode.earlier.length
    ? { log: mode.log, today: mode.baseline.startDate, earlier: mode.earlier }
    : undefined;
  const o = planFor(engine, mode.baseline, history);
  return { ...o, baseline: mode.baseline, readOnly: true };
});
onMount($view, () =>
  $view.subscribe((v) => {
    if (v.pending) void loadEngine();
  }),
);

const isTextKey = (key: string): key is TextKey => (TEXT_KEYS as readonly string[]).includes(key);
const isListKey = (key: string): key is ListKey => (LIST_KEYS as readonly string[]).includes(key);

/** Typing updates the plan at once; the field's own error waits until the field is left (touch on blur). */
export function setField(key: string, value: string): void {
  if (isTextKey(key)) $draft.setKey(key, value);
}

export function touch(key: string): void {
  $touched.setKey(key, true); // no change, so no notification, when already touched
}

/** Fields whose validity depends on another: unticking a run day can make the long-run or a hard day invalid. */
const DEPENDENTS: Partial<Record<ListKey, (TextKey | ListKey)[]>> = {
  runDays: ['longRunDay', 'hardDays'],
};

/** Tick or untick one value of a list field ('runDays', 'redFlags'...). */
export function toggle(key: string, value: string, on: boolean): void {
  if (!isListKey(key)) return;
  const list = $draft.get()[key].filter((v) => v !== value);
  $draft.setKey(key, on ? [...list, value] : list);
  touch(key);
  // A field changed by someone else's edit shows its error at once, where it is, not only in the list below.
  for (const k of DEPENDENTS[key] ?? []) touch(k);
}

/** Field path -> its first error message, for the errors the user should see now. */
export const $fieldErrors = computed([$outcome, $touched, $checked], (o, touched, checked) => {
  const placed = placeErrors(o.errors);
  return checked ? placed : Object.fromEntries(Object.entries(placed).filter(([k]) => touched[k]));
});

/** Saved, shared or imported answers into the form. A question they predate (the Achilles part, C27) shows its
 * message next to it at once, so the page asks instead of going blank. Returns the draft it set. */
export function loadBaseline(b: Baseline): Draft {
  const d = baselineToDraft(b);
  $draft.set(d);
  for (const e of missingAnswers(b)) touch(fieldFor(e.path));
  return d;
}
