// Importing a backup's training log (issue 14): merged without duplicates, a check-in already on the device never
// overwritten, damaged entries skipped and counted, and the page told what happened.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SessionLog, SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { mergeLogs, mergeWords } from '../../../src/lib/session/log-merge.ts';
import { checkIn } from '../domain/helpers.ts';

const e = (date: string, session: number, more: Partial<SessionLogEntry> = {}): SessionLogEntry =>
  checkIn(date, 1, session, more);
const log = (entries: SessionLogEntry[]): SessionLog => ({ version: 1, entries });

test('new check-ins are added in date order; the same ones are not added twice', () => {
  const here = log([e('2025-03-03', 1)]);
  const m = mergeLogs(here, log([e('2025-03-05', 2), e('2025-03-03', 1), e('2025-03-04', 3)]));
  assert.deepEqual(
    m.log.entries.map((x) => x.date),
    ['2025-03-03', '2025-03-04', '2025-03-05'],
  );
  assert.equal(m.added, 2);
  assert.equal(m.same, 1);
  assert.equal(mergeWords(m), '2 check-ins added to your training log; 1 already here.');
  // Merging the same file again adds nothing.
  const again = mergeLogs(m.log, log([e('2025-03-05', 2), e('2025-03-03', 1)]));
  assert.equal(again.added, 0);
  assert.deepEqual(again.log, m.log);
});

test('a check-in the device has differently is kept as on the device, and reported', () => {
  const here = log([e('2025-03-03', 1, { effort: 4 })]);
  const m = mergeLogs(here, log([e('2025-03-03', 1, { effort: 8 })]));
  assert.equal(m.log.entries[0].effort, 4);
  assert.deepEqual(m.kept, ['2025-03-03']);
  assert.match(mergeWords(m), /1 kept as on this device, which has a different answer \(2025-03-03\)/);
});

test('damaged entries are skipped and counted; the readable ones still come in', () => {
  const m = mergeLogs(log([]), { version: 1, entries: [e('2025-03-03', 1), { date: 'yesterday' }, 42] });
  assert.equal(m.added, 1);
  assert.equal(m.unreadable, 2);
  assert.match(mergeWords(m), /2 skipped because they could not be read/);
  assert.equal(mergeLogs(log([]), 'not a log').unreadable, 1);
});

test('a file that gives one session twice takes the first and says so, not "kept as on this device" (review)', () => {
  const m = mergeLogs(log([]), log([e('2025-03-07', 1), e('2025-03-07', 1), e('2025-03-07', 1, { effort: 9 })]));
  assert.equal(m.added, 1);
  assert.equal(m.repeated, 2);
  assert.deepEqual(m.kept, []);
  assert.equal(m.log.entries.length, 1);
  assert.equal(
    mergeWords(m),
    '1 check-in added to your training log; 2 left out as second copies in the file of a check-in it already gave.',
  );
});
