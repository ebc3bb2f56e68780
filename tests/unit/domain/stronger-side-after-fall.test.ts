// C37 over C42's cut: after a retest that fell on one side, week 1 is cut to stay no heavier than where the last block
// ended, and the weaker side, with rule 5's extra set, never ends up doing less than the stronger side.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Baseline, createPlan, formatText, type Plan } from '../../../src/domain/index.ts';
import { addDays } from '../../../src/domain/prescribe/schedule.ts';
import { base } from './helpers.ts';

function blockTwo(first: Baseline, later: Baseline): Plan {
  const r = createPlan(later, { log: { version: 1, entries: [] }, today: later.startDate, earlier: [first] });
  assert.ok(r.ok && r.result.kind === 'plan');
  return r.result;
}

test('C37 after a fall (C42): the weaker side does at least the stronger side’s week, never less', () => {
  // Physiotherapist's read (session 45): a strong runner at 40/40 whose left fell to 33 got load index left 168, right
  // 180, the left's seated raise cut to 3 x 12 beside the right's 3 x 15, under "never more than your weaker side".
  const first = base({
    age: 30,
    sex: 'male',
    straightKnee: { left: 40, right: 40 },
    bentKnee: { left: 35, right: 35 },
    hopTest: { left: 40, right: 40, pain: 0 },
    equipment: ['step', 'weights'],
  });
  const later = { ...first, straightKnee: { left: 33, right: 40 }, startDate: addDays(first.startDate, 28) };
  const p = blockTwo(first, later);
  for (const w of p.weeks) {
    const { left, right } = w.volume.loadIndex;
    assert.ok(left >= right, `week ${w.number}: left ${left} against right ${right}`);
  }
  // Nor in any drill (second read: alike bent-knee counts, 35/35, gave the seated raise left 3 x 12, right 3 x 14).
  for (const d of p.weeks[0].sessions.find((s) => s.kind === 'loaded')?.drills ?? [])
    if (d.left.reps != null && d.right.reps != null)
      assert.ok(d.right.sets * d.right.reps <= d.left.sets * d.left.reps, `${d.drill}: right does more than left`);
  // The cut is said on both sides, with why; an equal dose once.
  assert.match(formatText(p), /allows on both sides: the stronger side never does more than the weaker/);
  assert.match(formatText(p), /your seated raise does 3\u00a0×\u00a012 on each side/);
});
