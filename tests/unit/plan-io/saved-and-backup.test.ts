import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBackup, readBackup } from '../../../src/lib/plan-io/backup.ts';
import { type KeyValueStore, readSaved, setAsideKey, writeSaved } from '../../../src/lib/plan-io/saved.ts';
import type { Validate } from '../../../src/lib/plan-io/share-link.ts';
import { memoryStore } from '../memory-store.ts';

type Sample = { reps: number };
const validate: Validate<Sample> = (x) =>
  typeof x === 'object' && x !== null && Number.isInteger((x as Sample).reps) && (x as Sample).reps >= 0
    ? { ok: true, value: x as Sample }
    : { ok: false, errors: [{ path: 'reps', message: 'Enter a whole number of reps, 0 or more.' }] };

test('a saved value reads back', () => {
  const store = memoryStore();
  assert.equal(writeSaved(store, 'k', { reps: 12 }), true);
  assert.deepEqual(readSaved(store, 'k', validate), { status: 'ok', value: { reps: 12 } });
});

test('corrupt storage is set aside with an explanation and the raw text kept', () => {
  const store = memoryStore();
  store.setItem('k', '{"reps": 1');
  const result = readSaved(store, 'k', validate);
  assert.equal(result.status, 'set-aside');
  assert.equal(store.data.get(setAsideKey('k')), '{"reps": 1');
  assert.equal(store.data.has('k'), false);
});

test('a second damaged entry is set aside beside the first, never over it (review: the first copy, a whole plan, was lost)', () => {
  const store = memoryStore();
  store.setItem('k', '{"reps": -4}');
  readSaved(store, 'k', validate);
  store.setItem('k', '{"oops');
  readSaved(store, 'k', validate);
  assert.equal(store.data.get(setAsideKey('k')), '{"reps": -4}');
  assert.equal(store.data.get(`${setAsideKey('k')}:2`), '{"oops');
});

test('a copy storage refuses is not said to be kept: the notice says new answers will replace it', () => {
  const store = memoryStore();
  store.setItem('k', '{"oops');
  const full: KeyValueStore = {
    ...store,
    getItem: (k) => store.getItem(k),
    removeItem: (k) => store.removeItem(k),
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
  const result = readSaved(full, 'k', validate);
  assert.equal(result.status, 'set-aside');
  assert.match(result.status === 'set-aside' ? result.message : '', /too full to keep a copy/);
  assert.doesNotMatch(result.status === 'set-aside' ? result.message : '', /nothing was lost/);
  assert.equal(store.data.get('k'), '{"oops', 'left where it was');
});

test('stored data that fails validation is set aside with field errors', () => {
  const store = memoryStore();
  store.setItem('k', '{"reps": -4}');
  const result = readSaved(store, 'k', validate);
  assert.equal(result.status, 'set-aside');
  assert.deepEqual(result.status === 'set-aside' && result.errors?.map((e) => e.path), ['reps']);
});

test('blocked storage behaves like a first visit and saving reports failure', () => {
  const blocked: KeyValueStore = {
    getItem: () => {
      throw new Error('denied');
    },
    setItem: () => {
      throw new Error('full');
    },
    removeItem: () => {},
  };
  assert.deepEqual(readSaved(blocked, 'k', validate), { status: 'empty' });
  assert.equal(writeSaved(blocked, 'k', { reps: 1 }), false);
});

test('a backup round-trips the baseline; foreign, old or invalid files are explained', () => {
  const text = makeBackup({ reps: 20 }, { weeks: [] }, '2026-11-24T12:00:00Z');
  assert.deepEqual(readBackup(text, validate), { ok: true, value: { reps: 20 }, log: null, earlier: null });
  // Earlier blocks (issue 14) travel with the answers, and come back as found for the caller to validate.
  const blocks = makeBackup({ reps: 20 }, null, 'x', undefined, [{ reps: 18 }]);
  assert.deepEqual(readBackup(blocks, validate), { ok: true, value: { reps: 20 }, log: null, earlier: [{ reps: 18 }] });
  assert.match((readBackup('not json', validate) as { message: string }).message, /not valid JSON/);
  assert.match((readBackup('{"a":1}', validate) as { message: string }).message, /not a Pushoff backup/);
  assert.match(
    (readBackup(text.replace('"version": 1', '"version": 7'), validate) as { message: string }).message,
    /version 7/,
  );
  const invalid = readBackup(makeBackup({ reps: -1 }, null, 'x'), validate);
  assert.equal(invalid.ok, false);
  assert.deepEqual(!invalid.ok && invalid.errors?.map((e) => e.path), ['reps']);
});
