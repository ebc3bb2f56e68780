import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkInOf, lookupOf } from '../../../src/domain/adjust/check-in-lookup.ts';
import { addDays, createPlan, stridesTodayText } from '../../../src/domain/index.ts';
import {
  canStartEarly,
  localIsoDate,
  pickSession,
  sessionOfEntry,
  stridesToday,
} from '../../../src/lib/session/today.ts';
import { closedCalf, missedCalf, mornings, uncheckedCalf } from '../../../src/lib/session/unchecked.ts';
import { base, plan as domainPlan, STRIDES_AFTER_RUN, sameCountBlocks } from '../domain/helpers.ts';
import { checkIn, dates, examplePlan, examplePlanBaseline } from './helpers.ts';

const plan = examplePlan();

test("on a session day, that day's session with its week and place in the week", () => {
  const p = pickSession(plan, plan.weeks[1].sessions[1].date);
  assert.equal(p?.when, 'today');
  assert.equal(p?.week, 2);
  assert.equal(p?.index, 2);
  assert.equal(p?.session, plan.weeks[1].sessions[1]);
});

test('before the plan starts, the first session is next', () => {
  const p = pickSession(plan, '2025-01-01');
  assert.equal(p?.when, 'next');
  assert.equal(p?.session.date, plan.startDate);
});

test('on a day without a session, the next session, even in the next week', () => {
  const w2 = plan.weeks[1].sessions;
  const gap = '2025-03-11'; // worked example 1: week 2 has sessions on 10 and 14 March
  assert.equal(w2[0].date, '2025-03-10');
  const p = pickSession(plan, gap);
  assert.deepEqual([p?.when, p?.session.date, p?.week, p?.index], ['next', w2[1].date, 2, 2]);
  const last = plan.weeks[1].sessions.at(-1)!.date;
  assert.equal(pickSession(plan, `${last.slice(0, 8)}${String(Number(last.slice(8)) + 1).padStart(2, '0')}`)?.week, 3);
});

test('after the last session, nothing', () => {
  assert.equal(pickSession(plan, '2025-12-31'), null);
});

test('a local calendar day as YYYY-MM-DD', () => {
  assert.equal(localIsoDate(new Date(2025, 2, 3, 23, 59)), '2025-03-03');
});

test('C16 on a day whose strides follow an easy run, today has them though no session is today', () => {
  // Block 2 of a runner whose session has no room for strides (strides-days.test.ts): week 4 has them after the easy
  // runs on Tue 22 and Sat 26 April; the calf sessions are Mon, Wed and Fri.
  const p = sameCountBlocks(STRIDES_AFTER_RUN, 2)[1];
  const n = stridesToday(p, '2025-04-22');
  assert.ok(n);
  assert.equal(pickSession(p, '2025-04-22')?.when, 'next', 'no session today');
  assert.equal(
    stridesTodayText(n),
    "After today's easy run: strides, 4\u00a0×\u00a020 s, walk about 60 s between them. Skip them if your calf, Achilles or heel hurt during the run.",
  );
  assert.ok(stridesToday(p, '2025-04-26'));
  for (const day of ['2025-04-21', '2025-04-23', '2025-04-24', '2025-04-27', '2025-04-15'])
    assert.equal(stridesToday(p, day), undefined, day);
  assert.equal(stridesToday(plan, plan.weeks[1].startDate), undefined, 'worked example 1 has no strides after a run');
});

test("a check-in finds its plan session: the log's weeks count on across blocks; an earlier block's gives null", () => {
  assert.equal(sessionOfEntry(plan, { week: 2, session: 2 }), plan.weeks[1].sessions[1]);
  const block2 = sameCountBlocks(STRIDES_AFTER_RUN, 2)[1];
  assert.equal(sessionOfEntry(block2, { week: 5, session: 1 }), block2.weeks[0].sessions[0]); // block 2, week 1
  assert.equal(sessionOfEntry(block2, { week: 4, session: 1 }), null); // block 1's last week
});

test('a calf session that is over with no check-in is offered for a late check-in; short activations are not', () => {
  // Worked example 1: calf sessions on Mon 3 and Fri 7 March, short activations on the days between.
  const late = uncheckedCalf(plan, '2025-03-06', []);
  assert.deepEqual(dates(late), ['2025-03-03']);
  assert.deepEqual([late[0].week, late[0].index], [1, 1]);
  assert.deepEqual(dates(uncheckedCalf(plan, '2025-03-03', [])), [], "today's session is not late");
});

test('a session checked in, on its day or on another day of its week, is not offered again', () => {
  assert.deepEqual(dates(uncheckedCalf(plan, '2025-03-06', [checkIn('2025-03-03', 1, 1)])), []);
  // Done on the Tuesday instead: found by its week and place, as the engine finds it.
  assert.deepEqual(dates(uncheckedCalf(plan, '2025-03-06', [checkIn('2025-03-04', 1, 1)])), []);
  // The same place of another week is another session.
  assert.deepEqual(dates(uncheckedCalf(plan, '2025-03-06', [checkIn('2025-03-10', 2, 1)])), ['2025-03-03']);
});

test('this week, and the week before only until this week has a calf session behind it', () => {
  // Monday 17 March, week 3's first calf day: week 2's sessions can still be checked in, and week 3 starts from them.
  assert.deepEqual(dates(uncheckedCalf(plan, '2025-03-17', [])), ['2025-03-10', '2025-03-14']);
  // Wednesday 19 March: Monday 17 was done (or missed) at the dose week 2's check-ins set; a late "done" for week 2
  // would step up a week already under way (physiotherapist's read), so only week 3's own session is offered.
  assert.deepEqual(dates(uncheckedCalf(plan, '2025-03-19', [])), ['2025-03-17']);
  // After the block: its last week.
  assert.deepEqual(dates(uncheckedCalf(plan, '2025-04-10', [])), ['2025-03-24', '2025-03-28']);
  assert.deepEqual(dates(uncheckedCalf(plan, '2025-01-01', [])), [], 'nothing before the plan starts');
});

test("last week's sessions with no check-in are named as too late once this week has a calf session behind it", () => {
  // Wednesday 19 March: Monday 17 is over, so week 2's Mon 10 and Fri 14 can no longer be checked in.
  const week1 = [checkIn('2025-03-03', 1, 1)]; // logging has begun (C40 counts nothing as missed before it)
  const closed = closedCalf(plan, '2025-03-19', week1);
  assert.deepEqual(dates(closed.sessions), ['2025-03-10', '2025-03-14']);
  assert.equal(closed.since, '2025-03-17', "this week's first calf session, which began without them");
  // Those checked in are not named; Monday 17 itself is still open (uncheckedCalf), not closed.
  assert.deepEqual(dates(closedCalf(plan, '2025-03-19', [...week1, checkIn('2025-03-10', 2, 1)]).sessions), [
    '2025-03-14',
  ]);
  // Monday 17 before its session is over: week 2 is still open to late check-ins, so nothing is closed.
  assert.deepEqual(dates(closedCalf(plan, '2025-03-17', week1).sessions), []);
  // Week 1 has no week before it in the block.
  assert.deepEqual(dates(closedCalf(plan, '2025-03-06', week1).sessions), []);
  // Nothing logged in the block yet: the plan counts nothing as missed, so nothing is said to be (phone review: a new
  // runner whose plan started in the past read "too late" about sessions before their first day with the plan).
  assert.deepEqual(dates(closedCalf(plan, '2025-03-19', []).sessions), []);
});

test("a session's own check-in: one done and logged on another day of its week is its own, not that day's", () => {
  // Monday 3 March's loaded session (place 1) logged on Tuesday 4, the day of the short activation (place 2).
  const moved = checkIn('2025-03-04', 1, 1);
  const log = lookupOf(plan, [moved]);
  const week1 = plan.weeks[0];
  assert.equal(week1.sessions[1].date, '2025-03-04');
  assert.equal(checkInOf(log, week1, 0), moved, "Monday's");
  assert.equal(checkInOf(log, week1, 1), undefined, "not Tuesday's as well");
  // Logged on its own day, a check-in is its own.
  const own = checkIn('2025-03-04', 1, 2);
  assert.equal(checkInOf(lookupOf(plan, [own]), week1, 1), own);
});

test("two check-ins logged on one day are both found: the day's own, and one moved there from another session", () => {
  // Physiotherapist's read: Friday 7's session logged on Tuesday 4 hid Tuesday's own check-in (one per date), with its
  // pain during of 6/10, so the plan never stepped back.
  const week1 = plan.weeks[0];
  const fri = checkIn('2025-03-07', 1, 5);
  const moved = { ...fri, date: '2025-03-04' };
  const tuesday = { ...checkIn('2025-03-04', 1, 2), painDuring: 6 };
  for (const order of [
    [moved, tuesday],
    [tuesday, moved],
  ]) {
    const log = lookupOf(plan, order);
    assert.equal(checkInOf(log, week1, 1), tuesday, "Tuesday's own");
    assert.equal(checkInOf(log, week1, 4), moved, "Friday's, logged on Tuesday");
  }
  // Last week's session logged on this week's Monday, beside Monday's own: Monday keeps its own.
  const mon10 = { ...checkIn('2025-03-10', 2, 1), painDuring: 6 };
  const late = { ...checkIn('2025-03-07', 1, 5), date: '2025-03-10' };
  assert.equal(checkInOf(lookupOf(plan, [late, mon10]), plan.weeks[1], 0), mon10);
  // The plan reads that pain: week 3 steps back (rule 7), instead of repeating a week with a session "missed".
  const r = createPlan(examplePlanBaseline(), {
    log: { version: 1, entries: [checkIn('2025-03-03', 1, 1), late, mon10, checkIn('2025-03-14', 2, 5)] },
    today: '2025-03-17',
  });
  assert.ok(r.ok && r.result.kind === 'plan');
  const week3 = r.result.weeks[2].adjustment;
  assert.equal(week3?.action, 'step-back');
  assert.equal(week3?.because, 'pain-during');
});

test('the glance marks a calf session missed once its week is over with no check-in, and none before logging', () => {
  // Worked example 1: week 1's calf sessions Mon 3 and Fri 7 March (places 1 and 5), short activations between; week
  // 2's on Mon 10 and Fri 14.
  const mon3 = checkIn('2025-03-03', 1, 1);
  assert.deepEqual([...missedCalf(plan, '2025-03-10', [mon3])], ['2025-03-07']);
  // Week 2 is still under way on Thursday 13: its Monday can still be checked in, so it is not marked.
  assert.deepEqual([...missedCalf(plan, '2025-03-13', [mon3])], ['2025-03-07']);
  // Friday's session done on Saturday, logged by its place, is found as the plan finds it (checkInOf).
  assert.deepEqual([...missedCalf(plan, '2025-03-10', [mon3, checkIn('2025-03-08', 1, 5)])].length, 0);
  // Short activations never count (C40), and nothing logged in the block means nothing counted as missed.
  assert.deepEqual([...missedCalf(plan, '2025-03-20', [])], []);
  assert.deepEqual([...missedCalf(plan, '2025-03-18', [mon3])], ['2025-03-07', '2025-03-10', '2025-03-14']);
  // A first check-in in week 2: week 1, never logged, is not marked missed, nor said to be, as the plan counts it done.
  const mon10 = checkIn('2025-03-10', 2, 1);
  assert.deepEqual([...missedCalf(plan, '2025-03-18', [mon10])], ['2025-03-14']);
  assert.deepEqual(closedCalf(plan, '2025-03-12', [mon10]), { sessions: [], since: null });
  // ...nor with check-ins of an earlier plan on the device.
  assert.deepEqual([...missedCalf(plan, '2025-03-18', [checkIn('2025-02-14', 1, 5), mon10])], ['2025-03-14']);
});

test('a calf session can start early only 48 hours or more after the last loaded one (rule 9)', () => {
  // Worked example 1: loaded sessions Mon 3, Fri 7, Mon 10, Fri 14 March.
  assert.equal(canStartEarly(plan, '2025-03-11'), false, 'the day after Monday 10');
  assert.equal(canStartEarly(plan, '2025-03-12'), true, 'two days after');
  assert.equal(canStartEarly(plan, '2025-03-08'), false, 'the day after Friday 7');
  assert.equal(canStartEarly(plan, '2025-03-01'), true, 'before the plan starts, no session before it');
});

test("nor the day after a short heel-raise session (C38's every second day)", () => {
  const heel = domainPlan(
    base({ history: { ...base().history, plantarHeelPain: true }, hopTest: null, equipment: [] }),
  );
  const short = heel.weeks.flatMap((w) => w.sessions).filter((s) => s.kind === 'heel-raise');
  assert.ok(short.length > 0);
  for (const s of short) assert.equal(canStartEarly(heel, addDays(s.date, 1)), false, `the day after ${s.date}`);
});

test('C55 a morning after can be answered in the late check-in window, and no later', () => {
  // Worked example 1: week 1 from Mon 3 March, week 2 from Mon 10 (its first calf session that day).
  assert.equal(mornings(plan, '2025-03-03'), null, 'week 1 before its first calf session is over: no bound');
  assert.equal(mornings(plan, '2025-03-04'), '2025-03-03');
  // Mon 10, its session not over yet: week 1's mornings still count; from Tuesday, only week 2's.
  assert.equal(mornings(plan, '2025-03-10'), '2025-03-03');
  assert.equal(mornings(plan, '2025-03-11'), '2025-03-10');
});
