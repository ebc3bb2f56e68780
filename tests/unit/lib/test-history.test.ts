// The "Your tests" rows and chart scale (issue 14): every test with its block and symmetry, as the table shows them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartTop, testRows } from '../../../src/components/plan/test-history.ts';

const point = (date: string, left: number, right: number) => ({
  date,
  straightKnee: { left, right },
  bentKnee: null,
  hops: null,
});

test('each test is numbered by its block, with how even the sides are (weaker / stronger)', () => {
  const rows = testRows([point('2025-03-03', 26, 25), point('2025-03-31', 20, 32), point('2025-04-28', 0, 0)]);
  assert.deepEqual(
    rows.map((r) => [r.block, r.symmetry]),
    [
      [1, 96],
      [2, 63],
      [3, 100],
    ],
  );
});

test('the chart reaches the highest count, rounded up to 10, and never stops below 30', () => {
  assert.equal(chartTop(testRows([point('2025-03-03', 8, 9)])), 30);
  assert.equal(chartTop(testRows([point('2025-03-03', 26, 41)])), 50);
});
