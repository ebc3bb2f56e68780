// The line on today's session card that says a calf session is lighter than planned, and why (phone review: the week
// strip marked the day "↓" and the session's note said why, but the card with the Start button did not).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { glance } from '../../../src/components/plan/glance.ts';
import { createPlan, lighterText, type Plan, validateBaseline } from '../../../src/domain/index.ts';
import type { SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { checkIn, fixture } from './helpers.ts';

// Worked example 1: loaded sessions Mon 3 and Fri 7 March (week 1), Mon 10 and Fri 14 (week 2), Mon 17 and Fri 21.
const b1 = fixture('example-1-average-runner');
const GOOD = { nextMorning: { pain: 1, stiffness: 'usual' as const } };
const BAD = { painDuring: 6, nextMorning: { pain: 2, stiffness: 'more' as const } };

function planWith(entries: SessionLogEntry[]): Plan {
  const r = createPlan(b1, { log: { version: 1, entries }, today: '2025-03-20' });
  assert.ok(r.ok && r.result.kind === 'plan');
  return r.result;
}
/** Each session's line, by date and kind (activation days share a date with nothing loaded). */
const lines = (p: Plan) =>
  new Map(p.weeks.flatMap((w) => w.sessions.map((s) => [`${s.date} ${s.kind}`, lighterText(w, s)] as const)));

test('a plan the log has not changed has no lighter session', () => {
  const said = lines(planWith([checkIn('2025-03-03', 1, 1, GOOD), checkIn('2025-03-07', 1, 5, GOOD)]));
  assert.ok(said.size > 8);
  assert.ok([...said.values()].every((t) => t === null));
});

test('R7 pain during over 5 on Monday: Friday says it is one set lighter and why; later weeks say so against week 1', () => {
  const said = lines(planWith([checkIn('2025-03-03', 1, 1, { painDuring: 6 })]));
  assert.equal(said.get('2025-03-03 loaded'), null);
  assert.equal(
    said.get('2025-03-07 loaded'),
    'Lighter than planned: one set fewer of each raise, because pain during the session on Mon 3 Mar went over 5/10.',
  );
  assert.match(said.get('2025-03-10 loaded') ?? '', /^Lighter than planned: one set fewer than week 1 of each raise,/);
  // The days between carry no lighter line: the short activation sessions are not stepped back.
  assert.equal(said.get('2025-03-04 activation'), null);
});

test('R8 a worse morning names the morning, not a session', () => {
  const said = lines(
    planWith([
      checkIn('2025-03-03', 1, 1, GOOD),
      checkIn('2025-03-07', 1, 5, { nextMorning: { pain: 3, stiffness: 'much-more' } }),
    ]),
  );
  assert.match(said.get('2025-03-10 loaded') ?? '', /because the morning after Fri 7 Mar was clearly worse than usual/);
});

test('C49 two bad sessions in a row: the sessions after them say they stay lower until the calves are checked', () => {
  const p = planWith([
    checkIn('2025-03-03', 1, 1, GOOD),
    checkIn('2025-03-07', 1, 5, GOOD),
    checkIn('2025-03-10', 2, 1, BAD),
    checkIn('2025-03-14', 2, 2, BAD),
  ]);
  assert.equal(
    lines(p).get('2025-03-17 loaded'),
    'Lighter than planned: the lower dose your sessions stepped back to, with no hops, until your calves are checked.',
  );
});

test('the card and the week strip agree: a calf day is marked lighter exactly when its session has a lighter line', () => {
  const logs: SessionLogEntry[][] = [
    [],
    [checkIn('2025-03-03', 1, 1, { painDuring: 6 })],
    [checkIn('2025-03-03', 1, 1, GOOD), checkIn('2025-03-07', 1, 5, { status: 'partly' })],
    [
      checkIn('2025-03-03', 1, 1, GOOD),
      checkIn('2025-03-07', 1, 5, GOOD),
      checkIn('2025-03-10', 2, 1, BAD),
      checkIn('2025-03-14', 2, 2, BAD),
    ],
  ];
  const v = validateBaseline(b1);
  const base = v.ok ? v.value : assert.fail('example 1 is a valid Baseline');
  for (const entries of logs) {
    const p = planWith(entries);
    const days = glance(p, base).flatMap((w) => w.days);
    for (const w of p.weeks)
      for (const s of w.sessions.filter((x) => x.kind !== 'activation'))
        assert.equal(
          days.find((d) => d.date === s.date)?.lighter,
          lighterText(w, s) !== null,
          `${s.date} after ${entries.length} check-ins`,
        );
  }
});
