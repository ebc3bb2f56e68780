// The plan page's wiring to the browser, run in Node with small stand-ins for localStorage, location and history.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { cleanStores } from 'nanostores';
import { exampleBaseline } from '../../../src/domain/index.ts';
import { emptyLog, type SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { addDays } from '../../../src/domain/prescribe/schedule.ts';
import { DRAFT_KEY } from '../../../src/lib/plan-io/draft-storage.ts';
import { baselineToDraft, emptyDraft } from '../../../src/lib/plan-io/form-draft.ts';
import { setAsideKey } from '../../../src/lib/plan-io/saved.ts';
import { SAVED_KEY } from '../../../src/lib/plan-io/saved-key.ts';
import { encodeShare } from '../../../src/lib/plan-io/share-link.ts';
import { sharedPlan } from '../../../src/lib/plan-io/shared-plan.ts';
import { LOG_KEY } from '../../../src/lib/session/log-storage.ts';
import { loadEngine } from '../../../src/stores/engine.ts';
import { $outdated } from '../../../src/stores/other-tab.ts';
import { $draft, $lastGood, $mode, $notices, $outcome, $view, setField, toggle } from '../../../src/stores/plan.ts';
import { BLOCKS_KEY } from '../../../src/stores/plan-history.ts';
import { $retesting, cancelRetest, startNextBlock } from '../../../src/stores/plan-retest.ts';
import { adoptShared, shareUrl, startPlan } from '../../../src/stores/plan-session.ts';
import { $replaced, keepBeforeReplacing } from '../../../src/stores/plan-undo.ts';

const g = globalThis as unknown as Record<string, unknown>;
let store: Map<string, string>;
let hashListeners: (() => void)[];
/** The page's listeners for another tab's storage writes (the browser calls them only in the other pages). */
let storageListeners: ((e: { key: string | null }) => void)[];
let stop: () => void = () => {};

beforeEach(() => {
  store = new Map();
  hashListeners = [];
  g.localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
  g.location = { hash: '', pathname: '/plan/', search: '', origin: 'https://pushoff.test' };
  g.history = { replaceState: () => ((g.location as { hash: string }).hash = '') };
  storageListeners = [];
  g.addEventListener = (type: string, f: () => void) =>
    (type === 'hashchange' ? hashListeners : type === 'storage' ? storageListeners : []).push(f);
  g.removeEventListener = (_: string, f: () => void) => {
    hashListeners = hashListeners.filter((x) => x !== f);
    storageListeners = storageListeners.filter((x) => x !== f);
  };
  cleanStores($outcome);
  $lastGood.set(null);
  $retesting.set(false);
  $outdated.set(false);
  $mode.set({ kind: 'own' });
  $notices.set({});
});
afterEach(() => stop());

const saved = () => JSON.parse(store.get(SAVED_KEY) ?? 'null');
/** Let the share link's decoding (async streams) finish: 20 ms was too short on a loaded machine (a flaky failure),
 * so wait until nothing has changed for a while, up to a second. */
async function settle(): Promise<void> {
  let last = '';
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 20));
    const now = JSON.stringify([$mode.get(), $notices.get(), $draft.get()]);
    if (i >= 2 && now === last) return;
    last = now;
  }
}

test('a first visit starts an empty form dated today, with nothing saved and nothing to explain', async () => {
  stop = startPlan();
  await settle();
  assert.equal($draft.get()['straightKnee.left'], '');
  assert.match($draft.get().startDate, /^\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual($notices.get(), {});
  assert.equal(store.has(SAVED_KEY), false);
});

test('saved answers fill the form; valid edits are saved, impossible ones never overwrite them', async () => {
  store.set(SAVED_KEY, JSON.stringify(exampleBaseline));
  stop = startPlan();
  await settle();
  assert.equal($draft.get()['straightKnee.left'], String(exampleBaseline.straightKnee.left));
  setField('straightKnee.left', '30');
  assert.equal(saved().straightKnee.left, 30);
  setField('straightKnee.left', '-3');
  assert.equal(saved().straightKnee.left, 30);
  assert.equal($outcome.get().stale, true);
});

test('damaged storage is set aside and explained, and the form starts empty', async () => {
  store.set(SAVED_KEY, '{"straightKnee": {"left": 2');
  stop = startPlan();
  await settle();
  assert.equal(store.get(setAsideKey(SAVED_KEY)), '{"straightKnee": {"left": 2');
  assert.match($notices.get().storage?.message ?? '', /could not be read/);
  assert.equal($draft.get()['straightKnee.left'], '');
});

test('a shared link opens read-only and never overwrites the saved answers; "use it" makes it mine', async () => {
  store.set(SAVED_KEY, JSON.stringify(exampleBaseline));
  const friend = { ...exampleBaseline, straightKnee: { left: 40, right: 40 } };
  (g.location as { hash: string }).hash = `#plan=${await encodeShare(sharedPlan(friend, [], emptyLog()))}`;
  stop = startPlan();
  await settle();
  const mode = $mode.get();
  assert.equal(mode.kind, 'shared');
  assert.equal(mode.kind === 'shared' && mode.baseline.straightKnee.left, 40);
  assert.equal(saved().straightKnee.left, exampleBaseline.straightKnee.left, 'the own answers stay saved');
  adoptShared(sharedPlan(friend, [], emptyLog()));
  assert.equal($mode.get().kind, 'own');
  assert.equal((g.location as { hash: string }).hash, '');
  assert.equal(saved().straightKnee.left, 40);
});

test('a damaged link is explained and the own plan stays; going back to no fragment clears the notice', async () => {
  (g.location as { hash: string }).hash = '#plan=v1.garbage';
  stop = startPlan();
  await settle();
  assert.equal($mode.get().kind, 'own');
  assert.ok($notices.get().share?.message);
  (g.location as { hash: string }).hash = '';
  for (const f of hashListeners) f();
  await settle();
  assert.equal($notices.get().share, undefined);
  stop();
  assert.equal(hashListeners.length, 0, 'stopping removes the hash listener');
});

test('the share link is this page with the answers in the fragment', async () => {
  assert.match(await shareUrl(exampleBaseline), /^https:\/\/pushoff\.test\/plan\/#plan=v2\.[\w-]+$/);
});

test('an older v1 link (the answers alone) still opens, as a first block', async () => {
  const v1 = (await encodeShare({ ...exampleBaseline, age: 50 })).replace(/^v2\./, 'v1.');
  (g.location as { hash: string }).hash = `#plan=${v1}`;
  stop = startPlan();
  await settle();
  const mode = $mode.get();
  assert.equal(mode.kind === 'shared' && mode.baseline.age, 50);
  assert.deepEqual(mode.kind === 'shared' && mode.earlier, []);
});

/** Block 1 then a retest: every morning after block 1's sessions was much stiffer, so block 2 holds (C43). */
function secondBlock() {
  const b1 = exampleBaseline;
  const b2 = { ...b1, startDate: addDays(b1.startDate, 28), straightKnee: { left: 30, right: 29 } };
  const entries: SessionLogEntry[] = [0, 2, 7, 9, 14, 16, 21, 23].map((d, i) => ({
    date: addDays(b1.startDate, d),
    week: Math.floor(d / 7) + 1,
    session: (i % 2) + 1,
    status: 'done',
    effort: 6,
    painDuring: 4,
    nextMorning: { pain: 5, stiffness: 'much-more' },
    drills: [{ drill: 'single-leg-heel-raise', left: { reps: 30 } }],
  }));
  return { b1, b2, log: { ...emptyLog(), entries } };
}

test('a later block shares as itself: the link carries the earlier test and its check-ins, not per-drill counts', async () => {
  await loadEngine();
  const { b1, b2, log } = secondBlock();
  store.set(SAVED_KEY, JSON.stringify(b2));
  store.set(BLOCKS_KEY, JSON.stringify([b1]));
  store.set(LOG_KEY, JSON.stringify(log));
  stop = startPlan();
  await settle();
  const own = $outcome.get().result;
  assert.ok(own?.kind === 'plan' && own.block.number === 2 && own.block.start === 'held-in-pain');
  const url = await shareUrl(b2);
  stop();
  // Someone else's device: nothing saved, the link alone.
  store.clear();
  (g.location as { hash: string }).hash = url.slice(url.indexOf('#'));
  stop = startPlan();
  await settle();
  const mode = $mode.get();
  assert.ok(mode.kind === 'shared');
  assert.equal(mode.earlier.length, 1);
  assert.equal(mode.log.entries.length, 8);
  assert.ok(
    mode.log.entries.every((e) => e.drills === undefined),
    'per-drill counts stay on the device',
  );
  const seen = $view.get();
  assert.equal(seen.readOnly, true);
  assert.deepEqual(seen.result, own, 'the same block 2, held after the painful block, as on the own device');
  // "Use this as my plan" keeps it block 2: the earlier test is saved and the check-ins join this device's log.
  adoptShared(mode);
  await settle();
  assert.deepEqual(JSON.parse(store.get(BLOCKS_KEY) ?? '[]'), [b1]);
  assert.equal(JSON.parse(store.get(LOG_KEY) ?? '{}').entries?.length, 8);
  assert.deepEqual($outcome.get().result, own);
});

test('a link whose earlier block is damaged is explained by where the problem is', async () => {
  const { b1, b2, log } = secondBlock();
  const bad = sharedPlan(b2, [{ ...b1, straightKnee: { left: -4, right: 20 } }], log);
  (g.location as { hash: string }).hash = `#plan=${await encodeShare(bad)}`;
  stop = startPlan();
  await settle();
  assert.equal($mode.get().kind, 'own');
  assert.match($notices.get().share?.errors?.[0].message ?? '', /^Earlier test 1: /);
});

test('a retest left half-way gives the finished block back; a stray retest flag beside a later block removes nothing (review: a tampered flag removed an earlier block)', async () => {
  const block1 = exampleBaseline;
  const block2 = { ...exampleBaseline, startDate: addDays(exampleBaseline.startDate, 28) };
  // Left half-way: the saved answers are still the finished block's, which already joined the earlier blocks.
  store.set(SAVED_KEY, JSON.stringify(block1));
  store.set(BLOCKS_KEY, JSON.stringify([block1]));
  store.set('pushoff:retest-pending', '1');
  stop = startPlan();
  await settle();
  assert.deepEqual(JSON.parse(store.get(BLOCKS_KEY) ?? 'null'), []);
  assert.equal(store.has('pushoff:retest-pending'), false);
  stop();
  // Block 2 saved, block 1 earlier, and a flag that no retest left: the earlier block stays.
  store.set(SAVED_KEY, JSON.stringify(block2));
  store.set(BLOCKS_KEY, JSON.stringify([block1]));
  store.set('pushoff:retest-pending', '1');
  stop = startPlan();
  await settle();
  assert.equal(JSON.parse(store.get(BLOCKS_KEY) ?? 'null').length, 1);
  assert.equal(store.has('pushoff:retest-pending'), false);
  assert.equal(saved().startDate, block2.startDate);
});

test('a damaged list of earlier blocks is said to be set aside only when storage kept a copy of it', async () => {
  store.set(SAVED_KEY, JSON.stringify(exampleBaseline));
  store.set(BLOCKS_KEY, '[{"startDate": 3');
  stop = startPlan();
  await settle();
  assert.match($notices.get().blocks?.message ?? '', /set aside on this device, not deleted/);
  assert.equal(store.get(setAsideKey(BLOCKS_KEY)), '[{"startDate": 3');
  stop();

  // Review: with storage full, "set aside, not deleted" was said of a copy never made.
  store.set(BLOCKS_KEY, '[{"startDate": 4');
  const write = (g.localStorage as Storage).setItem;
  (g.localStorage as { setItem: () => void }).setItem = () => {
    throw new Error('QuotaExceededError');
  };
  $notices.set({});
  stop = startPlan();
  await settle();
  (g.localStorage as { setItem: typeof write }).setItem = write;
  const message = $notices.get().blocks?.message ?? '';
  assert.match(message, /too full to keep a copy of them, so your next retest, or a backup or shared plan you open/);
  assert.doesNotMatch(message, /set aside/);
});

/** A reload: the page's stores start again from what this device holds. */
async function reload(): Promise<void> {
  stop();
  $retesting.set(false);
  $outdated.set(false);
  $lastGood.set(null);
  $draft.set(emptyDraft());
  stop = startPlan();
  await settle();
}

/** The page opened with worked example 1 saved on this device. */
async function openSaved(): Promise<void> {
  store.set(SAVED_KEY, JSON.stringify(exampleBaseline));
  stop = startPlan();
  await settle();
}

/** "Retest and plan my next block" on the plan shown. */
function retest(): void {
  const plan = $outcome.get().result;
  assert.ok(plan?.kind === 'plan');
  startNextBlock(exampleBaseline, plan.endDate);
}

/** Storage refuses the changes kept as typed (pushoff:draft), as a full one does, until the returned call. */
function refuseChanges(): () => void {
  const local = g.localStorage as Storage;
  const write = local.setItem;
  local.setItem = (k: string, v: string) => {
    if (k === DRAFT_KEY) throw new Error('QuotaExceededError');
    write(k, v);
  };
  return () => {
    local.setItem = write;
  };
}

test('changes beside a plan that are not saved yet (an answer to fix) come back after a reload, the plan kept', async () => {
  await openSaved();
  setField('straightKnee.right', '31');
  setField('straightKnee.left', '-3');
  await reload();
  // Review: the runner's edits beside the bad answer were gone after a reload.
  assert.equal($draft.get()['straightKnee.left'], '-3');
  assert.equal($draft.get()['straightKnee.right'], '31');
  assert.equal($outcome.get().stale, true);
  assert.equal($outcome.get().result?.kind, 'plan', 'the last good plan stays shown');
  assert.equal(saved().straightKnee.right, 31, 'the valid change before the bad one was saved as it was made');
  // Fixed: saved as the answers, and nothing is left to bring back.
  setField('straightKnee.left', '27');
  assert.equal(saved().straightKnee.left, 27);
  await reload();
  assert.equal($outcome.get().stale, false);
  assert.equal($draft.get()['straightKnee.left'], '27');
  assert.equal(store.has(DRAFT_KEY), false);
});

test('a warning sign ticked beside a plan is still ticked after a reload, and still refers', async () => {
  await openSaved();
  toggle('redFlags', 'achillesGap', true);
  assert.equal($outcome.get().result?.kind, 'referral');
  await reload();
  assert.deepEqual($draft.get().redFlags, ['achillesGap']);
  assert.equal($outcome.get().result?.kind, 'referral');
});

test('a retest left half-way does not bring back what was typed before or during it', async () => {
  store.set(SAVED_KEY, JSON.stringify(exampleBaseline));
  store.set(DRAFT_KEY, JSON.stringify({ ...baselineToDraft(exampleBaseline), 'straightKnee.left': '' }));
  store.set('pushoff:retest-pending', '1');
  stop = startPlan();
  await settle();
  assert.equal($draft.get()['straightKnee.left'], String(exampleBaseline.straightKnee.left));
  assert.equal($outcome.get().stale, false);
  assert.equal(store.has(DRAFT_KEY), false);
});

test('changes beside saved answers that predate a question come back too, though no plan can be built yet', async () => {
  // Review: the changes waited for a plan that a question the answers predate (the Achilles part, C27) never allowed.
  const older = { ...exampleBaseline, history: { ...exampleBaseline.history, achillesTendinopathy: true } };
  store.set(SAVED_KEY, JSON.stringify(older));
  stop = startPlan();
  await settle();
  setField('straightKnee.left', '30');
  setField('straightKnee.right', '-3');
  await reload();
  assert.equal($draft.get()['straightKnee.left'], '30');
  assert.equal($draft.get()['straightKnee.right'], '-3');
});

test('a change too long to keep leaves the saved answer in its place, and complete answers unlike the saved ones are not put over them', async () => {
  await openSaved();
  // Review: a long paste into Age came back empty after a reload, and the answers were saved without the age.
  setField('age', '3'.repeat(240));
  await reload();
  assert.equal($draft.get().age, String(exampleBaseline.age));
  assert.equal(saved().age, exampleBaseline.age);
  // Review: another runner's complete answers, stored by hand as the changes, replaced the saved ones unannounced.
  stop();
  store.set(DRAFT_KEY, JSON.stringify({ ...baselineToDraft(exampleBaseline), 'straightKnee.left': '40' }));
  $lastGood.set(null);
  stop = startPlan();
  await settle();
  assert.equal(saved().straightKnee.left, exampleBaseline.straightKnee.left);
  assert.equal($draft.get()['straightKnee.left'], String(exampleBaseline.straightKnee.left));
  assert.equal(store.has(DRAFT_KEY), false);
});

test('changes storage refuses to keep are said to be lost on a reload, and the plan does not promise to keep them', async () => {
  await openSaved();
  const allow = refuseChanges();
  setField('straightKnee.left', '-3');
  allow();
  assert.match(
    $notices.get().draft?.message ?? '',
    /cannot be kept on this device .* reloading this page now loses it/,
  );
  setField('straightKnee.left', '-4');
  assert.equal($notices.get().draft, undefined, 'kept again: the notice goes');
});

test('a retest: one at a time, the block shown meanwhile is the one the runner has, and keeping it brings nothing back', async () => {
  await openSaved();
  retest();
  // Review: a second press added the finished block twice.
  retest();
  assert.equal(JSON.parse(store.get(BLOCKS_KEY) ?? '[]').length, 1);
  // Review: the plan shown meanwhile was a made-up "block 2" of the old answers, dated the old start.
  const shown = $outcome.get();
  assert.equal(shown.stale, true);
  assert.ok(shown.result?.kind === 'plan' && shown.result.block.number === 1);
  assert.equal(store.has(DRAFT_KEY), false, "the retest's emptied answers are not kept");
  // Review: after "Keep my current block" and a reload, the emptied retest came back over the block kept.
  cancelRetest();
  await reload();
  assert.equal($outcome.get().stale, false);
  assert.equal($draft.get()['straightKnee.left'], String(exampleBaseline.straightKnee.left));
  assert.deepEqual(JSON.parse(store.get(BLOCKS_KEY) ?? 'null'), []);
  assert.equal(saved().startDate, exampleBaseline.startDate);
});

test('a retest asks again whether the gap between the calves has been checked, and keeps the other history answers', async () => {
  // C54: the check the runner ticked was of the last test's gap; the retest's new counts may show another.
  const checked = { ...exampleBaseline, history: { ...exampleBaseline.history, shinPain: true, gapChecked: true } };
  store.set(SAVED_KEY, JSON.stringify(checked));
  stop = startPlan();
  await settle();
  assert.ok($draft.get().history.includes('gapChecked'));
  const plan = $outcome.get().result;
  assert.ok(plan?.kind === 'plan');
  startNextBlock(checked, plan.endDate);
  assert.deepEqual($draft.get().history, ['shinPain']);
});

test('a retest finished while another tab opened the plan keeps the finished block (review: block 1 was lost)', async () => {
  await openSaved();
  retest();
  // A second tab opens the plan page meanwhile: it takes the retest for one left half-way and gives the block back.
  store.delete('pushoff:retest-pending');
  store.set(BLOCKS_KEY, '[]');
  // This tab finishes the retest, and its plan shows (PlanBuilder ends the retest on the plan step).
  const counts = { 'straightKnee.left': '28', 'straightKnee.right': '27', 'bentKnee.left': '22' };
  for (const [k, v] of Object.entries({ ...counts, 'bentKnee.right': '21', 'hopTest.left': '30' })) setField(k, v);
  for (const [k, v] of Object.entries({ 'hopTest.right': '29', 'hopTest.pain': '0', painNow: '0' })) setField(k, v);
  assert.equal($outcome.get().result?.kind, 'plan');
  $retesting.set(false);
  assert.equal(saved().straightKnee.left, 28, "the retest's answers are saved");
  await reload();
  const plan = $outcome.get().result;
  assert.ok(plan?.kind === 'plan');
  assert.equal(plan.block.number, 2, 'the finished block is still block 1');
  assert.equal(JSON.parse(store.get(BLOCKS_KEY) ?? '[]')[0].straightKnee.left, exampleBaseline.straightKnee.left);
});

test('answers saved in another tab stop this page from saving over them, and it says so (review: a second tab could)', async () => {
  await openSaved();
  // Another tab's own writes, such as a retest left half-way given back at its start, say nothing here.
  for (const f of storageListeners) f({ key: BLOCKS_KEY });
  assert.equal($notices.get().tab, undefined);
  // Another tab saves newer answers.
  const newer = { ...exampleBaseline, straightKnee: { left: 31, right: 30 } };
  store.set(SAVED_KEY, JSON.stringify(newer));
  for (const f of storageListeners) f({ key: SAVED_KEY });
  assert.match(
    $notices.get().tab?.message ?? '',
    /changed in another tab or window\. Reload this page to see them: until then, answers you change here are not saved \(check-ins still are\)/,
  );
  setField('straightKnee.left', '29');
  assert.equal(saved().straightKnee.left, 31, 'the newer answers stay');
  // Nor does a retest start from the older block.
  retest();
  assert.equal($retesting.get(), false);
  assert.equal(store.has(BLOCKS_KEY), false);
  // A reload shows the newer answers, and saves again.
  await reload();
  assert.equal($draft.get()['straightKnee.left'], '31');
  setField('straightKnee.left', '29');
  assert.equal(saved().straightKnee.left, 29);
});

test('a warning sign ticked during a retest still refers after a reload, over the block the runner had', async () => {
  await openSaved();
  retest();
  toggle('redFlags', 'achillesGap', true);
  assert.equal($outcome.get().result?.kind, 'referral');
  // Review: the sign was gone after a reload, and the full four-week plan came back.
  await reload();
  assert.deepEqual($draft.get().redFlags, ['achillesGap']);
  assert.equal($outcome.get().result?.kind, 'referral');
  assert.deepEqual(saved().redFlags.achillesGap, true, 'saved, as a sign ticked outside a retest is');
  assert.deepEqual(JSON.parse(store.get(BLOCKS_KEY) ?? 'null'), [], 'the retest left half-way added no block');
  assert.equal($draft.get()['straightKnee.left'], String(exampleBaseline.straightKnee.left));
});

test('a backup or shared plan opened during a retest ends it first: what can be put back is the block the runner had', async () => {
  await openSaved();
  retest();
  const other = { ...exampleBaseline, straightKnee: { left: 40, right: 40 } };
  // Review: "put back" restored the retest's made-up earlier block, and the backup's answers were never saved.
  keepBeforeReplacing('backup', { baseline: other, earlier: [] });
  assert.equal($retesting.get(), false);
  assert.deepEqual($replaced.get()?.earlier, []);
  assert.deepEqual($replaced.get()?.baseline, exampleBaseline);
  assert.deepEqual(JSON.parse(store.get(BLOCKS_KEY) ?? 'null'), []);
});

test('the notice that changes cannot be kept goes once the answers are saved', async () => {
  await openSaved();
  const allow = refuseChanges();
  setField('age', '400');
  assert.ok($notices.get().draft);
  // Review: it stayed after the answer was mended and saved.
  setField('age', '35');
  allow();
  assert.equal(saved().age, 35);
  assert.equal($notices.get().draft, undefined);
});
