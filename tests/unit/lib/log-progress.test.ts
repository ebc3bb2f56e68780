// The log so far (issue 14): calf sessions planned and done per week, and pain during and the morning after for
// each check-in inside the plan's weeks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { painPoints, weekTallies, weekVolumes } from '../../../src/components/plan/log-progress.ts';
import { fixture, plan } from '../domain/helpers.ts';

const p = plan(fixture('example-1-average-runner'));
const [mon, fri] = p.weeks[0].sessions.filter((s) => s.kind === 'loaded').map((s) => s.date);
const tue = p.weeks[0].sessions.find((s) => s.kind === 'activation')?.date ?? '';
const log = {
  version: 1 as const,
  entries: [
    { date: '2025-02-20', week: 1, session: 1, status: 'done' as const, effort: 5, painDuring: 9 },
    {
      date: mon,
      week: 1,
      session: 1,
      status: 'done' as const,
      effort: 6,
      painDuring: 2,
      nextMorning: { pain: 1, stiffness: 'more' as const },
    },
    { date: tue, week: 1, session: 2, status: 'done' as const, effort: 2, painDuring: 0 },
    { date: fri, week: 1, session: 5, status: 'skipped' as const, effort: null, painDuring: null },
  ],
};

test('each week counts its calf sessions (not the short activations) as planned, done, partly or skipped', () => {
  const t = weekTallies(p, log);
  assert.deepEqual(t[0], { number: 1, planned: 2, done: 1, partly: 0, skipped: 1 });
  assert.deepEqual(t[1], { number: 2, planned: 2, done: 0, partly: 0, skipped: 0 });
});

test('a calf session logged on another day of its week counts as done, as the plan counts it (checkInOf)', () => {
  // Week 2's Friday session done and logged on Saturday: the plan follows it, so the log so far shows it done.
  const [, fri2] = p.weeks[1].sessions.filter((s) => s.kind === 'loaded');
  const place = p.weeks[1].sessions.indexOf(fri2) + 1;
  const sat = { date: '2025-03-15', week: 2, session: place, status: 'done' as const, effort: 5, painDuring: 0 };
  assert.ok(sat.date > fri2.date && sat.date <= p.weeks[1].endDate);
  const moved = { version: 1 as const, entries: [...log.entries, sat] };
  assert.deepEqual(weekTallies(p, moved)[1], { number: 2, planned: 2, done: 1, partly: 0, skipped: 0 });
  const v = weekVolumes(p, moved)[1];
  assert.ok(v.done.left > 0 && v.done.left < v.planned.left, 'one of two sessions done');
});

test('pain points are the check-ins inside the plan, in order, with the morning after when answered', () => {
  assert.deepEqual(painPoints(p, log), [
    { date: mon, during: 2, morning: 1, stiffness: 'more' },
    { date: tue, during: 0, morning: null, stiffness: null },
    { date: fri, during: null, morning: null, stiffness: null },
  ]);
});

test('volume per leg each week: planned from the plan, done from the check-ins (noted reps win; partly counts only noted)', () => {
  const v = weekVolumes(p, log);
  const week1 = p.weeks[0].sessions.filter((s) => s.kind !== 'activation');
  assert.equal(week1.length, 2);
  // Monday done as planned, Friday skipped: done is Monday's planned reps, half the week's plan here.
  assert.deepEqual(v[0].done, { left: v[0].planned.left / 2, right: v[0].planned.right / 2 });
  assert.ok(v[0].planned.left > 0);
  // Nothing logged in week 2: nothing done.
  assert.deepEqual(v[1].done, { left: 0, right: 0 });
  const noted = {
    version: 1 as const,
    entries: [
      {
        date: mon,
        week: 1,
        session: 1,
        status: 'partly' as const,
        effort: 6,
        painDuring: 2,
        drills: [{ drill: 'single-leg-heel-raise', left: { reps: 20 } }],
      },
    ],
  };
  // Partly done: only the 20 reps noted on the left count; the right side noted nothing.
  assert.deepEqual(weekVolumes(p, noted)[0].done, { left: 20, right: 0 });
});
