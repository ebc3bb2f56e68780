// Wiring between the plan stores and the browser: the saved baseline in localStorage, the share link in the URL
// fragment, and the switch from a shared plan to "my plan". Runs only after hydration (never during SSR).
import type { Baseline } from '../domain/index.ts';
import { missingAnswers } from '../domain/model/baseline.ts';
import { emptyLog } from '../domain/model/session-log.ts';
import { validateBaseline } from '../domain/model/validate.ts';
import { RED_FLAG_IDS } from '../domain/model/vocabulary.ts';
import { localStore } from '../lib/local-storage.ts';
import { readDraft, writeDraft } from '../lib/plan-io/draft-storage.ts';
import { type Draft, draftToInput, emptyDraft } from '../lib/plan-io/form-draft.ts';
import { readSaved, writeSaved } from '../lib/plan-io/saved.ts';
import { SAVED_KEY } from '../lib/plan-io/saved-key.ts';
import { decodeShare, encodeShare } from '../lib/plan-io/share-link.ts';
import { type SharedPlan, sharedPlan, validateShared, validateSharedV1 } from '../lib/plan-io/shared-plan.ts';
import { $outdated, watchOtherTabs } from './other-tab.ts';
import { $draft, $mode, $notices, $outcome, loadBaseline, notify } from './plan.ts';
import { $history, earlierBlocks, mergeIntoLog, setEarlier, startHistory } from './plan-history.ts';
import { $retesting, dropUnfinishedRetest, retestSaved } from './plan-retest.ts';
import { keepBeforeReplacing, startReplaced } from './plan-undo.ts';

const HASH = '#plan=';
const DRAFT_NOT_KEPT =
  'What you change cannot be kept on this device (storage is full or blocked) until every answer is complete and saved: leaving or reloading this page now loses it.';
const NOT_SAVED =
  'The earlier blocks of this plan could not be saved on this device (storage is full or blocked). Save a backup file to keep them.';

const storage = localStore;

/** Today in the user's time zone, YYYY-MM-DD (the page may read the clock; the engine never does). */
function today(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * Load the saved plan and any shared link, then keep the user's own valid answers saved. Call once, after hydration
 * (not from onMount: a store mounts on its first read, which is the hydration render, and Preact does not patch
 * field values while hydrating). Returns a function that stops the saving and the link watching.
 */
export function startPlan(): () => void {
  let lastWritten = '';
  const notices = startHistory();
  if (notices.log) notify('log', { message: notices.log });
  if (notices.blocks) notify('blocks', { message: notices.blocks });
  startReplaced();
  const saved = readSaved(storage(), SAVED_KEY, validateBaseline);
  const retestLeft = dropUnfinishedRetest(saved.status === 'ok' ? saved.value : null);
  if (saved.status === 'ok') {
    lastWritten = JSON.stringify(saved.value);
    const shown = loadBaseline(saved.value);
    // A retest's half-typed answers are not kept (plan-retest.ts). Complete answers unlike the saved ones are no change
    // left unsaved (those are saved as they are typed): they are not put over the runner's own (review: another
    // runner's answers, stored by hand, replaced them unannounced).
    const changes = readDraft(storage(), today(), shown);
    // Only the warning signs of a retest left half-way: today's answers, which refer whatever the block (review: a sign
    // ticked during a retest was gone after a reload, and the full plan came back).
    const signs = retestLeft && changes?.redFlags.length ? { ...shown, redFlags: changes.redFlags } : null;
    const unsaved = !retestLeft && changes && !sameDraft(changes, shown) && !complete(changes);
    if (signs) restoreChanges(signs, shown);
    else if (changes && unsaved) restoreChanges(changes, shown);
    else writeDraft(storage(), null);
  } else {
    $draft.set(readDraft(storage(), today()) ?? emptyDraft(today()));
    if (saved.status === 'set-aside') notify('storage', { message: saved.message, errors: saved.errors });
  }
  // What is typed is kept as typed (lib/plan-io/draft-storage.ts) until it is saved as the answers: before a first
  // plan, and beside a plan while an answer needs fixing (review: the changes made beside a bad answer were lost on a
  // reload). Of a retest's, only a warning sign ticked (see plan-retest.ts).
  const stopDraft = $draft.listen((d) => {
    if ($mode.get().kind !== 'own' || $outdated.get()) return;
    const kept = writeDraft(storage(), !$retesting.get() || d.redFlags.length ? d : null);
    if (kept === !$notices.get().draft) return;
    notify('draft', kept ? undefined : { message: DRAFT_NOT_KEPT });
  });
  // Save only the user's own valid answers, and only when they change; a shared plan never overwrites them. A retest's
  // answers wait until its plan is shown (step 4): saved as soon as they made a plan, a retest left half-way (a reload
  // during the test) became block 2 from the straight-knee counts alone, its hops locked for want of a hop test.
  const save = () => {
    const { baseline, stale } = $outcome.get();
    if ($mode.get().kind !== 'own' || !baseline || stale || $retesting.get() || $outdated.get()) return;
    const text = JSON.stringify(baseline);
    if (text === lastWritten) return;
    lastWritten = text;
    const ok = writeSaved(storage(), SAVED_KEY, baseline);
    if (ok) {
      retestSaved();
      writeDraft(storage(), null);
      notify('draft', undefined); // saved: nothing is left to lose (review: the notice stayed)
    }
    notify(
      'save',
      ok
        ? undefined
        : {
            message:
              'Your answers could not be saved on this device (storage is full or blocked). Save a backup file to keep them.',
          },
    );
  };
  const stopSaving = $outcome.subscribe(save);
  const stopRetest = $retesting.listen(save);
  const onHash = () => void readHash();
  onHash();
  addEventListener('hashchange', onHash);
  const stopWatching = watchOtherTabs(SAVED_KEY);
  return () => {
    stopWatching();
    stopSaving();
    stopRetest();
    stopDraft();
    removeEventListener('hashchange', onHash);
  };
}

/** Answers a plan can be built from, which are saved as soon as they are typed. */
function complete(d: Draft): boolean {
  const v = validateBaseline(draftToInput(d, RED_FLAG_IDS));
  return v.ok && missingAnswers(v.value).length === 0;
}

const sameDraft = (a: Draft, b: Draft) =>
  (Object.keys(b) as (keyof Draft)[]).every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

/** Changes not yet saved come back over the saved answers once those have been read (their plan built, which stays
 * shown as the last good one while an answer needs fixing; or a question they predate asked), unless the runner has
 * started typing by then (review: with answers that predate a question, the changes never came back). */
function restoreChanges(changes: Draft, shown: Draft): void {
  const apply = () => {
    if (sameDraft($draft.get(), shown)) $draft.set(changes);
  };
  if (!$outcome.get().pending) {
    apply();
    return;
  }
  const stop = $outcome.listen((o) => {
    if (o.pending) return;
    stop();
    apply();
  });
}

/** A "#plan=v2...." fragment (or an older v1 one, which holds the Baseline alone) opens that plan read-only; a damaged one is explained and the own plan stays. */
async function readHash(): Promise<void> {
  const hash = location.hash;
  if (!hash.startsWith(HASH)) {
    // Back from a shared plan leaves it; in-page jumps such as the skip link (#main) change nothing.
    if (hash === '') {
      $mode.set({ kind: 'own' });
      notify('share', undefined);
    }
    return;
  }
  const decoded = await decodeShare(hash.slice(HASH.length), { v1: validateSharedV1, v2: validateShared });
  if (decoded.ok) {
    notify('share', undefined);
    $mode.set({ kind: 'shared', ...decoded.value });
  } else {
    $mode.set({ kind: 'own' });
    notify('share', { message: decoded.message, errors: decoded.errors });
  }
}

/** Leave the shared view (drop the fragment without adding a history entry). */
export function leaveShared(): void {
  history.replaceState(null, '', location.pathname + location.search);
  $mode.set({ kind: 'own' });
}

/**
 * "Use this as my plan": the shared answers and earlier blocks replace this device's, and the link's check-ins join
 * its training log (a check-in already here is never overwritten), so the plan stays the one that was shared.
 */
export function adoptShared(shared: SharedPlan): void {
  keepBeforeReplacing('link', shared);
  leaveShared(); // own mode first, so the saving subscription above accepts the new answers
  const saved = setEarlier(shared.earlier);
  loadBaseline(shared.baseline);
  if (!saved) notify('save', { message: NOT_SAVED });
  if (shared.log.entries.length > 0) void mergeIntoLog(shared.log);
}

/**
 * The share link for a plan: this page's address with the answers in the fragment. The runner's own plan carries
 * their earlier blocks and the check-ins before this block; a shared plan being passed on carries what it came with.
 */
export async function shareUrl(b: Baseline): Promise<string> {
  const mode = $mode.get();
  const content =
    mode.kind === 'shared'
      ? sharedPlan(mode.baseline, mode.earlier, mode.log)
      : sharedPlan(b, earlierBlocks(), $history.get()?.log ?? emptyLog());
  return `${location.origin}${location.pathname}${HASH}${await encodeShare(content)}`;
}
