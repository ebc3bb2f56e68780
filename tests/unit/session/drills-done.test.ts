// The check-in's "what you really did" (issue 14): typed boxes into the log's per-drill entries and back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doneValues, readDone } from '../../../src/lib/session/drills-done.ts';

const rows = [
  {
    drill: 'single-leg-heel-raise',
    title: 'Single-leg heel raise',
    planned: { left: '3 × 13', right: '3 × 12' },
    total: { left: 39, right: 36 },
  },
  {
    drill: 'double-leg-hops',
    title: 'Double-leg hops',
    planned: { left: '3 × 10', right: '3 × 10' },
    total: { left: 30, right: 30 },
  },
];

test('only what was typed is kept; a comma is read as a decimal point', () => {
  const r = readDone(rows, { 'single-leg-heel-raise|left|reps': '36', 'single-leg-heel-raise|right|kg': ' 2,5 ' });
  assert.deepEqual(r, {
    drills: [{ drill: 'single-leg-heel-raise', left: { reps: 36, loadKg: null }, right: { reps: null, loadKg: 2.5 } }],
  });
  assert.deepEqual(readDone(rows, {}), { drills: [] });
});

test('the first box that cannot be read is named, with what to type', () => {
  assert.deepEqual(readDone(rows, { 'double-leg-hops|right|reps': '3O' }), {
    field: 'double-leg-hops|right|reps',
    message: 'Give the reps as a whole number from 0 to 1000.',
  });
  assert.equal(
    (readDone(rows, { 'single-leg-heel-raise|left|kg': '600' }) as { field: string }).field,
    'single-leg-heel-raise|left|kg',
  );
  assert.ok('field' in readDone(rows, { 'single-leg-heel-raise|left|reps': '1001' }));
});

test('a saved entry fills the boxes again', () => {
  const e = {
    date: '2025-03-03',
    week: 1,
    session: 1,
    status: 'done' as const,
    effort: 5,
    painDuring: 0,
    drills: [{ drill: 'double-leg-hops', left: { reps: 30, loadKg: null }, right: { reps: 28 } }],
  };
  assert.deepEqual(doneValues(e), { 'double-leg-hops|left|reps': '30', 'double-leg-hops|right|reps': '28' });
  assert.deepEqual(doneValues(null), {});
});

test('a session checked in as done in full cannot hold fewer reps than planned on a side; partly can', () => {
  const v = { 'single-leg-heel-raise|right|reps': '1' };
  assert.deepEqual(readDone(rows, v, 'done'), {
    field: 'single-leg-heel-raise|right|reps',
    message:
      'That is fewer than planned (36 in all). If you did not do all of it, choose "Partly" above; otherwise correct the count.',
  });
  assert.ok('drills' in readDone(rows, v, 'partly'));
  // A typo elsewhere is named first.
  assert.equal(
    (readDone(rows, { ...v, 'double-leg-hops|left|reps': 'x' }, 'done') as { field: string }).field,
    'double-leg-hops|left|reps',
  );
  assert.ok('drills' in readDone(rows, { 'single-leg-heel-raise|right|reps': '36' }, 'done'), 'all of it');
  assert.ok('drills' in readDone(rows, { 'single-leg-heel-raise|right|reps': '40' }, 'done'), 'more than planned');
});
