import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPlan, exampleBaseline, RED_FLAG_IDS, validateBaseline } from '../../../src/domain/index.ts';
import {
  baselineToDraft,
  draftToInput,
  emptyDraft,
  fieldFor,
  placeErrors,
} from '../../../src/lib/plan-io/form-draft.ts';

test('a baseline survives the trip through the form draft unchanged', () => {
  const back = validateBaseline(draftToInput(baselineToDraft(exampleBaseline), RED_FLAG_IDS));
  assert.equal(back.ok, true);
  assert.deepEqual(back.ok && back.value, exampleBaseline);
});

test('blank optional groups mean "not done"; a half-filled group asks for the missing side', () => {
  const d = baselineToDraft(exampleBaseline);
  const none = draftToInput(
    {
      ...d,
      'bentKnee.left': '',
      'bentKnee.right': '',
      'hopTest.left': '',
      'hopTest.right': '',
      'hopTest.pain': '',
      age: '',
    },
    RED_FLAG_IDS,
  );
  assert.equal(none.bentKnee, null);
  assert.equal(none.hopTest, null);
  assert.equal(none.age, null);
  const half = validateBaseline(draftToInput({ ...d, 'bentKnee.right': '' }, RED_FLAG_IDS));
  assert.equal(half.ok, false);
  assert.deepEqual(!half.ok && half.errors.map((e) => e.path), ['bentKnee.right']);
});

test('impossible values become field errors on the field typed into', () => {
  const d = {
    ...baselineToDraft(exampleBaseline),
    'straightKnee.left': '-3',
    'straightKnee.right': 'abc',
    painNow: '400',
  };
  const r = createPlan(draftToInput(d, RED_FLAG_IDS));
  assert.equal(r.ok, false);
  const placed = placeErrors(r.ok ? [] : r.errors);
  assert.match(placed['straightKnee.left'], /whole number from 0 to 150/);
  assert.match(placed['straightKnee.right'], /whole number/);
  assert.match(placed.painNow, /0 to 10/);
});

test('hex, binary and exponent spellings are not numbers here: "0x10" is an error, not 16', () => {
  for (const typed of ['0x10', '0b11', '1e2', '.5e1', 'Infinity', '12 reps']) {
    const r = createPlan(
      draftToInput({ ...baselineToDraft(exampleBaseline), 'straightKnee.left': typed }, RED_FLAG_IDS),
    );
    assert.equal(r.ok, false, typed);
    assert.match(placeErrors(r.ok ? [] : r.errors)['straightKnee.left'], /whole number from 0 to 150/, typed);
  }
  const padded = createPlan(
    draftToInput({ ...baselineToDraft(exampleBaseline), 'straightKnee.left': ' 26 ' }, RED_FLAG_IDS),
  );
  assert.equal(padded.ok, true);
});

test('ticked red flags reach the engine, which refers instead of planning', () => {
  const d = { ...baselineToDraft(exampleBaseline), redFlags: ['calfSwollenWarmRed'] };
  const r = createPlan(draftToInput(d, RED_FLAG_IDS));
  assert.equal(r.ok && r.result.kind, 'referral');
});

test('error paths map to the field they belong to', () => {
  assert.equal(fieldFor('hardDays.1'), 'hardDays');
  assert.equal(fieldFor('history.shinPain'), 'history');
  assert.equal(fieldFor('history.calfStrain'), 'history.calfStrain');
  assert.equal(fieldFor('straightKnee.left'), 'straightKnee.left');
  assert.equal(fieldFor(''), '');
  assert.deepEqual(
    placeErrors([
      { path: '', message: 'a' },
      { path: 'runDays.0', message: 'b' },
      { path: 'runDays.1', message: 'c' },
    ]),
    { '': 'a', runDays: 'b' },
  );
});

test('an empty draft asks for the required fields only', () => {
  const r = validateBaseline(draftToInput(emptyDraft('2026-01-05'), RED_FLAG_IDS));
  assert.equal(r.ok, false);
  assert.deepEqual(!r.ok && r.errors.map((e) => e.path).sort(), ['painNow', 'straightKnee.left', 'straightKnee.right']);
});
