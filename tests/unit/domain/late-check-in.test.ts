// C55: how late a calf session can be checked in. The window is applied by the plan page (lib/session/unchecked.ts);
// the plan counts a session outside it as missed (C40). Worked example 1: calf sessions Mon 3 and Fri 7 March (week 1,
// places 1 and 5), Mon 10 and Fri 14 (week 2), Mon 17 (week 3).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustPlan } from '../../../src/domain/adjust/adjust-plan.ts';
import { say } from '../../../src/domain/index.ts';
import type { SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { closedCalf, uncheckedCalf } from '../../../src/lib/session/unchecked.ts';
import { checkIn, dates, examplePlan } from '../session/helpers.ts';

test("C55: last week's calf session can be checked in until this week's first one is over, then it is missed", () => {
  const plan = examplePlan();
  const log = [checkIn('2025-03-03', 1, 1)]; // Friday 7 has no check-in
  // Monday 10, before its session is over: Friday 7 is still offered.
  assert.deepEqual(dates(uncheckedCalf(plan, '2025-03-10', log)), ['2025-03-07']);
  assert.deepEqual(dates(closedCalf(plan, '2025-03-10', log).sessions), []);
  // Tuesday 11: Monday 10 began without it, so it is closed, and Monday 10 is offered instead.
  assert.deepEqual(dates(uncheckedCalf(plan, '2025-03-11', log)), ['2025-03-10']);
  assert.deepEqual(dates(closedCalf(plan, '2025-03-11', log).sessions), ['2025-03-07']);
  // The plan counts it as missed: week 2 repeats week 1's dose and says why (C40).
  const adjusted = adjustPlan(plan, 0, {
    log: { version: 1, entries: [...log, checkIn('2025-03-10', 2, 1)] },
    today: '2025-03-11',
  });
  const week2 = adjusted.weeks[1].adjustment;
  assert.ok(week2);
  assert.match(say(week2), /Fri 7 Mar has no check-in, so it counts as missed/);
  // Its "Why?" names this rule beside C40.
  assert.deepEqual([...week2.ruleIds].sort(), ['C40', 'C55']);
});

test('C55: a late check-in within the window counts, as one on the day would', () => {
  const plan = examplePlan();
  const onTime = [checkIn('2025-03-03', 1, 1), checkIn('2025-03-07', 1, 5)];
  const late = [checkIn('2025-03-03', 1, 1), checkIn('2025-03-09', 1, 5)]; // Friday 7's session, checked in on Sunday 9
  const weeks = (entries: SessionLogEntry[]) =>
    adjustPlan(plan, 0, { log: { version: 1, entries }, today: '2025-03-12' }).weeks.map((w) => w.sessions);
  assert.deepEqual(weeks(late), weeks(onTime));
  assert.deepEqual(dates(uncheckedCalf(plan, '2025-03-09', late)), []);
});
