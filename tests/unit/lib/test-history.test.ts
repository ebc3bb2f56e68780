// The "Your tests" rows and chart scale (issue 14): every test with its block and symmetry, as the table shows them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartTop, labelled, testRows } from '../../../src/components/plan/test-history.ts';

const point = (date: string, left: number, right: number) => ({
  date,
  straightKnee: { left, right },
  bentKnee: null,
  hops: null,
  pain: 0,
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

test('the count chart labels every block up to six, then about six of them with the last always named', () => {
  const shown = (n: number) => Array.from({ length: n }, (_, i) => i).filter((i) => labelled(i, n));
  assert.deepEqual(shown(3), [0, 1, 2]);
  assert.deepEqual(shown(6), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(shown(12), [0, 2, 4, 6, 8, 11]); // no label on block 11, right beside the last
  for (const n of [7, 9, 13, 20, 40]) {
    const s = shown(n);
    assert.ok(s.length <= 7, `${n} blocks: ${s.length} labels`);
    assert.equal(s.at(-1), n - 1);
    assert.ok(
      s.every((i, k) => k === 0 || i - s[k - 1] >= 2),
      `${n} blocks: labels side by side`,
    );
  }
});
