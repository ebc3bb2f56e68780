import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import {
  emptyLog,
  type SessionLogEntry,
  sessionLogEntrySchema,
  withEntry,
} from '../../../src/domain/model/session-log.ts';
import { findEntry, LOG_KEY, readLog, saveCheckIn } from '../../../src/lib/session/log-storage.ts';
import { blockedStore, fullStore, memoryStore } from '../memory-store.ts';

const entry = (over: Partial<SessionLogEntry> = {}): SessionLogEntry => ({
  date: '2025-03-03',
  week: 1,
  session: 1,
  status: 'done',
  effort: 6,
  painDuring: 1,
  ...over,
});

test('a check-in is saved under pushoff:log and reads back', () => {
  const store = memoryStore();
  assert.ok(saveCheckIn(store, entry()).log);
  const read = readLog(store);
  assert.equal(read.status, 'ok');
  assert.deepEqual(findEntry(read.log, { date: '2025-03-03', week: 1, session: 1 }), entry());
  assert.equal(JSON.parse(store.data.get(LOG_KEY)!).version, 1);
});

test('checking in again for the same session replaces the entry; other sessions stay, in date order', () => {
  let log = withEntry(emptyLog(), entry({ date: '2025-03-07', session: 2 }));
  log = withEntry(log, entry());
  log = withEntry(log, entry({ status: 'partly', effort: 8 }));
  assert.deepEqual(
    log.entries.map((e) => `${e.date} ${e.status}`),
    ['2025-03-03 partly', '2025-03-07 done'],
  );
});

test('the schema takes the log of issue 14: per-drill per-side reps and load, next-morning pain and stiffness', () => {
  const full = entry({
    drills: [{ drill: 'single-leg-heel-raise', left: { reps: 39, loadKg: 5 }, right: { reps: 36, loadKg: 5 } }],
    nextMorning: { pain: 2, stiffness: 'more' },
  });
  assert.equal(z.safeParse(sessionLogEntrySchema, full).success, true);
});

test('the pain check before a session is kept with its check-in, and checking in again keeps it', () => {
  const store = memoryStore();
  const painCheck = { painNow: 4, painLocations: ['plantar-heel' as const], worsening: false };
  assert.ok(saveCheckIn(store, entry({ status: 'skipped', effort: null, painDuring: null, painCheck })).log);
  // Reopened and saved again (a reopened session does not ask the pain check): the answer stays.
  assert.ok(saveCheckIn(store, entry({ status: 'skipped', effort: null, painDuring: null })).log);
  assert.deepEqual(findEntry(readLog(store).log, entry())?.painCheck, painCheck);
  // An answer that cannot be one is refused like any other field.
  for (const bad of [
    { ...painCheck, painNow: 11 },
    { ...painCheck, painLocations: ['knee'] },
    { ...painCheck, painLocations: ['shin', 'shin'] },
    { painNow: 2, painLocations: [] },
  ])
    assert.equal(
      z.safeParse(sessionLogEntrySchema, { ...entry(), painCheck: bad }).success,
      false,
      JSON.stringify(bad),
    );
});

test('impossible check-ins are refused: effort 11, pain -1, a done session without scores, a drill that is not an id', () => {
  for (const bad of [
    entry({ effort: 11 }),
    entry({ painDuring: -1 }),
    entry({ effort: null }),
    entry({ date: '3 March' }),
    { ...entry(), drills: [{ drill: 'Calf raise!' }] },
  ]) {
    assert.equal(z.safeParse(sessionLogEntrySchema, bad).success, false, JSON.stringify(bad));
  }
  assert.equal(
    z.safeParse(sessionLogEntrySchema, entry({ status: 'skipped', effort: null, painDuring: null })).success,
    true,
  );
});

test('a damaged log is set aside with a notice, never dropped; a second damaged log does not overwrite the first', () => {
  const store = memoryStore();
  store.setItem(LOG_KEY, '{"version":1,"entries":[{"date"');
  const first = readLog(store);
  assert.equal(first.status, 'set-aside');
  assert.match(first.status === 'set-aside' ? first.message : '', /could not be read/);
  assert.equal(store.data.get(`${LOG_KEY}:set-aside`), '{"version":1,"entries":[{"date"');
  assert.equal(store.data.has(LOG_KEY), false);
  store.setItem(LOG_KEY, JSON.stringify({ version: 1, entries: [{ ...entry(), effort: 99 }] }));
  const { log, notice } = saveCheckIn(store, entry());
  assert.match(notice ?? '', /set-aside:2/);
  assert.deepEqual(log?.entries, [entry()]);
  assert.match(store.data.get(`${LOG_KEY}:set-aside:2`) ?? '', /"effort":99/);
  assert.equal(store.data.get(`${LOG_KEY}:set-aside`), '{"version":1,"entries":[{"date"');
});

test('a damaged log storage refuses to copy is not said to be kept aside (review: the next check-in replaced it)', () => {
  const store = memoryStore();
  store.setItem(LOG_KEY, '{"version":1,"entries":[{"date"');
  const full = fullStore(store);
  const read = readLog(full);
  assert.equal(read.status, 'set-aside');
  const message = read.status === 'set-aside' ? read.message : '';
  assert.match(
    message,
    /too full to keep a copy of the log as it was: your next check-in starts a new log in its place/,
  );
  assert.doesNotMatch(message, /kept aside/);
});

test('a log of another version is set aside too, not misread', () => {
  const store = memoryStore();
  store.setItem(LOG_KEY, JSON.stringify({ version: 2, entries: [] }));
  const read = readLog(store);
  assert.equal(read.status, 'set-aside');
  // Review: it was called "damaged, or changed by hand".
  assert.match(read.status === 'set-aside' ? read.message : '', /it is from another version of Pushoff/);
});

test('blocked storage behaves as an empty log and a save says it failed', () => {
  const blocked = blockedStore();
  assert.equal(readLog(blocked).status, 'empty');
  assert.equal(saveCheckIn(blocked, entry()).log, null);
});

test('a check-in dated on a day that does not exist is refused (review: 2025-02-30 was read from a file)', () => {
  assert.equal(z.safeParse(sessionLogEntrySchema, entry({ date: '2025-02-30' })).success, false);
  assert.equal(z.safeParse(sessionLogEntrySchema, entry({ date: '2024-02-29' })).success, true);
});

test('one damaged check-in costs only itself: the others stay in the log the plan follows, the whole log is copied aside', () => {
  const store = memoryStore();
  const good = [entry(), entry({ date: '2025-03-05', session: 2 })];
  const raw = JSON.stringify({ version: 1, entries: [good[0], entry({ date: '2025-02-30' }), good[1]] });
  store.setItem(LOG_KEY, raw);
  const read = readLog(store);
  assert.equal(read.status, 'set-aside');
  assert.deepEqual(read.log.entries, good);
  const message = read.status === 'set-aside' ? read.message : '';
  assert.match(message, /^1 check-in in your saved training log could not be read .* the other 2 are kept/);
  assert.match(message, /kept aside on this device under "pushoff:log:set-aside"/);
  // Review: "your plan is shown as planned until you log again" stood beside "your plan follows them".
  assert.doesNotMatch(message, /shown as planned/);
  assert.equal(store.data.get(`${LOG_KEY}:set-aside`), raw);
  const again = readLog(store);
  assert.equal(again.status, 'ok');
  assert.deepEqual(again.log.entries, good);
});

test('storage too full to copy a partly damaged log says the next check-in saves it without the damaged one', () => {
  const store = memoryStore();
  store.setItem(LOG_KEY, JSON.stringify({ version: 1, entries: [entry(), { ...entry({ session: 2 }), effort: 99 }] }));
  const full = fullStore(store);
  const read = readLog(full);
  assert.deepEqual(read.log.entries, [entry()]);
  const message = read.status === 'set-aside' ? read.message : '';
  assert.match(message, /the other one is kept/); // phone review: "the other 1 are kept"
  assert.match(message, /too full to keep a copy of the log as it was: your next check-in saves it without that one/);
  assert.doesNotMatch(message, /kept aside/);
  const { log } = saveCheckIn(store, entry({ date: '2025-03-07', session: 3 }));
  assert.deepEqual(
    log?.entries.map((e) => e.date),
    ['2025-03-03', '2025-03-07'],
  );
});
