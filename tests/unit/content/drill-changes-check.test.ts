import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drillChangeMismatches } from '../../../src/lib/drill-changes-check.ts';

test('a table that lists each cautioned drill once passes', () => {
  assert.deepEqual(drillChangeMismatches('calf-strain', ['pogo-hops', 'box-hops'], ['box-hops', 'pogo-hops']), []);
});

test('a cautioned drill missing from the table is named', () => {
  assert.deepEqual(drillChangeMismatches('calf-strain', ['pogo-hops'], ['pogo-hops', 'strides']), [
    'calf-strain: drill "strides" has a caution for it but no row in drillChanges',
  ]);
});

test('a drill listed twice, or listed without a caution, is named', () => {
  const problems = drillChangeMismatches('cramping', ['strides', 'strides', 'box-hops'], ['strides']);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /"strides" is in more than one row/);
  assert.match(problems[1], /"box-hops" is in drillChanges but its page has no caution/);
});
