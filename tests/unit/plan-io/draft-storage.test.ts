// Answers typed before they make a plan survive a reload (four-weeks review: a first visit's safety answers were lost
// on a reload at the test step); damaged or tampered storage is not used and never breaks the form.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRAFT_KEY, readDraft, writeDraft } from '../../../src/lib/plan-io/draft-storage.ts';
import { emptyDraft } from '../../../src/lib/plan-io/form-draft.ts';
import { blockedStore, memoryStore } from '../memory-store.ts';

test('a draft written reads back as typed, and removing it leaves nothing', () => {
  const store = memoryStore();
  const d = { ...emptyDraft('2025-03-03'), painNow: '2', painLocations: ['calf'], 'straightKnee.left': '2O' };
  writeDraft(store, d);
  assert.deepEqual(readDraft(store, '2025-04-01'), d);
  writeDraft(store, null);
  assert.equal(store.data.has(DRAFT_KEY), false);
  assert.equal(readDraft(store, '2025-04-01'), null);
});

test('an older draft missing newer fields gets them empty; unknown keys are dropped', () => {
  const store = memoryStore();
  store.data.set(DRAFT_KEY, JSON.stringify({ painNow: '3', retired: 'x' }));
  const d = readDraft(store, '2025-04-01');
  assert.equal(d?.painNow, '3');
  assert.equal(d?.startDate, '2025-04-01');
  assert.deepEqual(d?.redFlags, []);
  assert.equal(d && 'retired' in d, false);
});

test('damaged storage is not used: the form starts empty', () => {
  const store = memoryStore();
  for (const raw of ['{not json', '[]', '"text"', 'null']) {
    store.data.set(DRAFT_KEY, raw);
    assert.equal(readDraft(store, '2025-04-01'), null, raw);
  }
  // Storage that throws (blocked) reads as nothing and writes quietly.
  const blocked = blockedStore();
  assert.equal(readDraft(blocked, '2025-04-01'), null);
  assert.doesNotThrow(() => writeDraft(blocked, emptyDraft()));
});

test('one bad field is left empty and every other answer comes back (review: one long paste lost them all)', () => {
  const store = memoryStore();
  const pasted = '32 hops, I counted them twice to be sure of it';
  const typed = {
    ...emptyDraft('2025-03-03'),
    painNow: '0',
    'bentKnee.left': '22',
    age: '34',
    runDays: ['tue', 'sat'],
  };
  writeDraft(store, { ...typed, 'hopTest.left': pasted });
  // A sentence pasted in a number box comes back as typed, so its message shows again beside it.
  assert.deepEqual(readDraft(store, '2025-04-01'), { ...typed, 'hopTest.left': pasted });
  for (const bad of [
    { painNow: 3 },
    { painNow: 'x'.repeat(201) },
    { redFlags: 'all' },
    { runDays: ['x'.repeat(41)] },
  ]) {
    store.data.set(DRAFT_KEY, JSON.stringify({ ...typed, ...bad }));
    const d = readDraft(store, '2025-04-01');
    const [key] = Object.keys(bad) as (keyof typeof typed)[];
    assert.deepEqual(d?.[key], emptyDraft('2025-04-01')[key], JSON.stringify(bad));
    assert.equal(d?.age, '34');
    assert.deepEqual(d?.runDays, key === 'runDays' ? [] : ['tue', 'sat']);
  }
});
