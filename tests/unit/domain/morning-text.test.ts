// The message the morning check shows once an answer is saved: what this morning was, then what the next session
// does. A partly done session on a morning back to usual must not be called "not back to usual".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkInText, holdsBack, morningOf, morningText, responseOf } from '../../../src/domain/index.ts';
import type { SessionLogEntry } from '../../../src/domain/model/session-log.ts';

const entry = (more: Partial<SessionLogEntry>): SessionLogEntry => ({
  date: '2025-03-03',
  week: 1,
  session: 1,
  status: 'done',
  effort: 5,
  painDuring: 1,
  nextMorning: { pain: 1, stiffness: 'usual' },
  ...more,
});
/** The words shown for `e` with a usual pain of 1/10. */
const said = (e: SessionLogEntry) =>
  morningText(morningOf(e.nextMorning ?? { pain: 1, stiffness: 'usual' }, 1), responseOf(e, 1));

test('R8 C40 a partly done session with a usual morning: the morning is back to usual, the session holds the dose', () => {
  const text = said(entry({ status: 'partly' }));
  assert.match(text, /^Back to your usual\. The session itself holds the next one back \(it was partly done\)\./);
  assert.match(text, /Your next calf session repeats this dose/);
  assert.doesNotMatch(text, /Not quite/);
});

test('R8 C39 the morning alone decides the first words: usual, not quite back, worse', () => {
  assert.match(
    said(entry({})),
    /^Back to your usual\. This morning holds nothing back: the weeks below show your next step\.$/,
  );
  assert.doesNotMatch(said(entry({})), /goes ahead/); // another session of the week may still hold it back
  assert.match(
    said(entry({ nextMorning: { pain: 2, stiffness: 'usual' } })),
    /^Not quite back to your usual\. Your next calf session repeats/,
  );
  assert.match(
    said(entry({ nextMorning: { pain: 1, stiffness: 'much-more' } })),
    /^Worse than your usual\. Your next calf sessions step back/,
  );
});

test('R7 pain during over 5 steps back even on a usual morning, and says the session is why', () => {
  const text = said(entry({ painDuring: 6 }));
  assert.match(
    text,
    /^Back to your usual\. The session itself holds the next one back \(pain during it was over 5 out of 10\)\./,
  );
  assert.match(text, /step back to a lighter dose/);
});

test('a morning that is itself the reason names no session cause', () => {
  const text = said(entry({ status: 'partly', nextMorning: { pain: 1, stiffness: 'more' } }));
  assert.doesNotMatch(text, /session itself/);
  assert.match(text, /^Not quite back to your usual\. Your next calf session repeats/);
});

test('C40 R7 a check-in says at once what it means for the next calf session, from the domain', () => {
  const now = (e: SessionLogEntry, kind: 'loaded' | 'activation' = 'loaded') =>
    checkInText(responseOf(e, 1, holdsBack(kind)));
  const fresh = { nextMorning: undefined };
  assert.equal(
    now(entry({ ...fresh, status: 'partly' })),
    'Your next calf session repeats this dose (it was partly done).',
  );
  // Partly done with pain over 5 steps back; it said "repeats" when the island decided by the status alone.
  assert.equal(
    now(entry({ ...fresh, status: 'partly', painDuring: 6 })),
    'Your next calf sessions step back to a lighter dose (pain during it was over 5 out of 10).',
  );
  assert.equal(
    now(entry({ ...fresh, painDuring: 5 })),
    'Your next calf session repeats this dose (pain during it was 4 or 5 out of 10).',
  );
  assert.equal(now(entry(fresh)), ''); // goes ahead: the morning after decides
  assert.equal(now(entry({ ...fresh, status: 'partly' }), 'activation'), ''); // a short activation holds nothing back
});
