// The message the morning check shows once an answer is saved: what this morning was, then the next calf session as
// the plan now has it. A partly done session on a morning back to usual must not be called "not back to usual", and
// the words about the next session must match the plan the domain built after the answer (final phone review).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkInText,
  createPlan,
  holdsBack,
  morningOf,
  morningText,
  type Plan,
  responseOf,
} from '../../../src/domain/index.ts';
import type { SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { nextCalf } from '../../../src/lib/session/today.ts';
import { fixture } from './helpers.ts';

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
/** The first words shown for `e` with a usual pain of 1/10 (the next session's words tested below, on a real plan). */
const said = (e: SessionLogEntry) =>
  morningText(morningOf(e.nextMorning ?? { pain: 1, stiffness: 'usual' }, 1), responseOf(e, 1), null);

// Worked example 1: loaded sessions Mon 3 and Fri 7 March, activation on the days between (week 1); week 2's loaded
// sessions Mon 10 and Fri 14 March. Its usual pain is its test-day pain.
const b1 = fixture('example-1-average-runner');
const USUAL = { pain: b1.painNow, stiffness: 'usual' as const };
/** Every session of the plan up to (not including) `until`, logged as done with a good morning, with `over` on `date`. */
function logUntil(p: Plan, until: string, over: Record<string, Partial<SessionLogEntry>> = {}): SessionLogEntry[] {
  return p.weeks.flatMap((w) =>
    w.sessions.flatMap((s, i) =>
      s.date < until
        ? [
            {
              ...entry({ date: s.date, week: w.number, session: i + 1, painDuring: 0, nextMorning: USUAL }),
              ...over[s.date],
            },
          ]
        : [],
    ),
  );
}
/** The whole message for the morning after `e`, answered on `today`, from the plan as the log now makes it. */
function answered(entries: SessionLogEntry[], e: SessionLogEntry, today: string): string {
  const r = createPlan(b1, { log: { version: 1, entries }, today });
  assert.ok(r.ok && r.result.kind === 'plan');
  const usual = b1.painNow;
  const next = nextCalf(r.result, today, e.week, new Set(entries.map((x) => x.date)));
  const morning = morningOf(e.nextMorning ?? { pain: 0, stiffness: 'usual' }, usual);
  return morningText(morning, responseOf(e, usual), next, undefined, r.result.summary);
}
const plain = (() => {
  const r = createPlan(b1);
  assert.ok(r.ok && r.result.kind === 'plan');
  return r.result;
})();

test('R8 C40 the answer names the next calf session as the plan has it: Friday partly done holds week 2 on week 1', () => {
  const entries = logUntil(plain, '2025-03-10', { '2025-03-07': { status: 'partly' } });
  const friday = entries.find((e) => e.date === '2025-03-07');
  assert.ok(friday);
  const text = answered(entries, friday, '2025-03-10');
  assert.match(text, /^Back to your usual\. The session itself holds the next one back \(it was partly done\)\./);
  assert.match(text, /Today’s calf session repeats week 1’s dose\.$/);
  // The week strip below agrees: week 2 repeats week 1.
  const r = createPlan(b1, { log: { version: 1, entries }, today: '2025-03-10' });
  assert.ok(r.ok && r.result.kind === 'plan');
  assert.equal(r.result.weeks[1].adjustment?.action, 'repeat');
});

test('R8 a usual morning after a session whose week held back names the repeat, not "goes ahead"', () => {
  // Friday partly done; Sunday's (an activation) morning is usual. The phone review's case: the old words said the
  // next session goes ahead as planned, above a week 2 that repeats week 1.
  const entries = logUntil(plain, '2025-03-10', { '2025-03-07': { status: 'partly' } });
  const sunday = entries.find((e) => e.date === '2025-03-09');
  assert.ok(sunday);
  const text = answered(entries, sunday, '2025-03-10');
  assert.equal(text, 'Back to your usual. Today’s calf session repeats week 1’s dose.');
});

test('R8 within a week the next calf session keeps the dose, and the week after shows what the answer did', () => {
  const good = logUntil(plain, '2025-03-11');
  const monday = good.find((e) => e.date === '2025-03-10');
  assert.ok(monday);
  assert.equal(
    answered(good, monday, '2025-03-11'),
    'Back to your usual. Your next calf session, Fri 14 Mar, keeps this week’s dose, with nothing added. As things stand, week 3 takes the next planned step.',
  );
  const stiff = { ...monday, nextMorning: { ...USUAL, stiffness: 'more' as const } };
  const entries = good.map((e) => (e.date === monday.date ? stiff : e));
  assert.equal(
    answered(entries, stiff, '2025-03-11'),
    'Not quite back to your usual. Your next calf session, Fri 14 Mar, keeps this week’s dose, with nothing added. As things stand, week 3 repeats week 2’s dose.',
  );
});

test('R8 a worse morning: the session after it in the week steps back, and runs stay easy', () => {
  const good = logUntil(plain, '2025-03-11');
  const worse = {
    ...entry({ date: '2025-03-10', week: 2, session: 1, painDuring: 0 }),
    nextMorning: { ...USUAL, stiffness: 'much-more' as const },
  };
  const entries = good.map((e) => (e.date === worse.date ? worse : e));
  const text = answered(entries, worse, '2025-03-11');
  assert.match(text, /^Worse than your usual\. Your next calf session, Fri 14 Mar, steps back to week 1’s dose\./);
  assert.match(text, /Keep runs easy until your mornings are back to usual/);
});

test('the last calf session of the block answered: the retest comes next', () => {
  const entries = logUntil(plain, '2025-03-29');
  const last = entries[entries.length - 1];
  assert.equal(
    answered(entries, last, '2025-03-29'),
    'Back to your usual. This block has no calf session left: your retest comes next.',
  );
});

test('R8 C40 a partly done session with a usual morning: the morning is back to usual, the session holds the dose', () => {
  const text = said(entry({ status: 'partly' }));
  assert.match(text, /^Back to your usual\. The session itself holds the next one back \(it was partly done\)\./);
  assert.doesNotMatch(text, /Not quite/);
});

test('R8 C39 the morning alone decides the first words: usual, not quite back, worse', () => {
  assert.match(said(entry({})), /^Back to your usual\. This block/);
  assert.match(
    said(entry({ nextMorning: { pain: 2, stiffness: 'usual' } })),
    /^Not quite back to your usual\. This block/,
  );
  assert.match(
    said(entry({ nextMorning: { pain: 1, stiffness: 'much-more' } })),
    /^Worse than your usual\. This block.* Keep runs easy/,
  );
});

test('R7 pain during over 5 steps back even on a usual morning, and says the session is why', () => {
  const text = said(entry({ painDuring: 6 }));
  assert.match(
    text,
    /^Back to your usual\. The session itself holds the next one back \(pain during it was over 5 out of 10\)\./,
  );
  // The morning was already usual: the runs wait for a session that goes well, not for the mornings (phone review).
  assert.match(text, /Keep runs easy until a calf session and the morning after it go well again/);
  assert.doesNotMatch(text, /until your mornings are back to usual/);
});

test('a morning that is itself the reason names no session cause', () => {
  const text = said(entry({ status: 'partly', nextMorning: { pain: 1, stiffness: 'more' } }));
  assert.doesNotMatch(text, /session itself/);
  assert.match(text, /^Not quite back to your usual\. This block/);
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

test('R8 a morning not back to usual says which answer made it so, against the pain of the test day', () => {
  // Four-weeks review: "As usual" and pain 2 read "Not quite back to your usual", and the runner could not see why.
  const words = (m: { pain: number; stiffness: 'usual' | 'more' | 'much-more' }, usual: number) =>
    morningText(morningOf(m, usual), responseOf(entry({ nextMorning: m }), usual), null, { ...m, usual });
  assert.match(
    words({ pain: 2, stiffness: 'usual' }, 0),
    /^Not quite back to your usual \(pain 2\/10, above the 0\/10 on your test day\)\. /,
  );
  assert.match(words({ pain: 1, stiffness: 'more' }, 1), /^Not quite back to your usual \(stiffer than usual\)\. /);
  assert.match(
    words({ pain: 3, stiffness: 'more' }, 0),
    /^Worse than your usual \(stiffer than usual; pain 3\/10, above the 0\/10 on your test day\)\. /,
  );
  // A usual morning needs no reason.
  assert.match(words({ pain: 1, stiffness: 'usual' }, 1), /^Back to your usual\. /);
});
