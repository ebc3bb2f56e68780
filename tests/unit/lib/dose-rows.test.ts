// A drill page's dose table: neighbouring phases with the same dose share one row, labelled in words a runner (and a
// screen reader) reads easily, never "Strength and eccentric to Elastic" (src/lib/dose-rows.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doseRows } from '../../../src/lib/dose-rows.ts';

const row = (phase: string, reps: number) => ({
  phase: { id: phase },
  sets: { min: 3, max: 3 },
  reps: { min: reps, max: reps },
});
const labels = (...dose: ReturnType<typeof row>[]) => doseRows(dose).map((r) => r.label);

test('one phase a row keeps its title', () => {
  assert.deepEqual(labels(row('foundation', 10), row('strength', 12)), ['Foundation', 'Strength and eccentric']);
});

test('two neighbouring phases with one dose are named both, as a list', () => {
  assert.deepEqual(labels(row('foundation', 10), row('strength', 12), row('elastic', 12), row('integration', 15)), [
    'Foundation',
    'Strength and eccentric, Elastic',
    'Integration',
  ]);
});

test('three or four phases with one dose read "All phases except ..." or "All phases"', () => {
  const four = ['foundation', 'strength', 'elastic', 'integration'].map((p) => row(p, 10));
  assert.deepEqual(labels(...four), ['All phases']);
  assert.deepEqual(labels(...four.slice(0, 3), row('integration', 15)), [
    'All phases except Integration',
    'Integration',
  ]);
  // A drill not used in the first phase: the row still says exactly which phases it covers.
  assert.deepEqual(labels(...four.slice(1)), ['All phases except Foundation']);
});

test('the row keeps its dose, and the page titles win over the vocabulary labels', () => {
  const rows = doseRows([row('elastic', 8), row('integration', 8)], { elastic: 'Elastic (hops)' });
  assert.deepEqual(rows, [{ d: row('elastic', 8), label: 'Elastic (hops), Integration' }]);
});
