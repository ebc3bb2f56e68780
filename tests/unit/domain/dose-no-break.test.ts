// A dose is read as one unit: a phone that wraps "left 4 ×" onto one line and "11" onto the next splits it (session
// 40's phone review of a later block's week 1). Every "sets × reps" the plan says keeps no-break spaces around its ×.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Baseline, createPlan, drillDose, type Plan } from '../../../src/domain/index.ts';
import { base, drills, fixture, sameCountBlocks, texts } from './helpers.ts';

/** A runner whose second block holds the seated raise under its ladder step (C42), as in rungs-held.test.ts. */
const first = base({
  age: 34,
  equipment: ['step', 'weights'],
  straightKnee: { left: 18, right: 17 },
  bentKnee: { left: 15, right: 15 },
  startDate: '2025-01-06',
});
const retest: Baseline = {
  ...first,
  straightKnee: { left: 28, right: 24 },
  bentKnee: { left: 24, right: 20 },
  startDate: '2025-02-03',
};
const strong = base({ age: 30, straightKnee: { left: 34, right: 30 }, bentKnee: { left: 30, right: 27 } });

function planOf(b: Baseline, earlier: Baseline[] = []): Plan {
  const r = createPlan(b, { log: { version: 1, entries: [] }, today: b.startDate, earlier });
  assert.ok(r.ok && r.result.kind === 'plan');
  return r.result;
}
const plans = (): Plan[] => [
  planOf(first),
  planOf(retest, [first]),
  ...sameCountBlocks({ ...strong, equipment: ['step', 'weights', 'band', 'box'] }, 3),
  ...['example-1-average-runner', 'example-2-total-beginner', 'example-3-big-asymmetry'].map((n) => planOf(fixture(n))),
];

test('every sets-by-reps dose in the plan’s words and drill lines keeps its × between no-break spaces', () => {
  const all = plans();
  const said = all.flatMap((p) => [...texts(p), ...drills(p).map(drillDose)]);
  const doses = said.filter((t) => /\d\s*[x×]\s*\d/.test(t));
  // The plans say doses in sentences too (week 1's held ladders, "After week 4"), not only in drill lines.
  assert.ok(
    doses.some((t) => /left \d+\u00a0×\u00a0\d+, right/.test(t) && t.length > 60),
    'a held dose in a sentence',
  );
  for (const t of doses) {
    assert.doesNotMatch(t, /\d[ \t]*[x×][ \t]*\d/, t);
    assert.doesNotMatch(t, /\d x\b/, t);
  }
});
