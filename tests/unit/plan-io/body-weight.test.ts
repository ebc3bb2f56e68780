import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  fromKg,
  loadFigure,
  parseBodyWeight,
  toKg,
  weightRange,
  weightText,
} from '../../../src/lib/plan-io/body-weight.ts';

test('kg and lb convert both ways with the exact pound', () => {
  assert.equal(Math.round(toKg(100, 'lb') * 1e6) / 1e6, 45.359237);
  assert.equal(Math.round(fromKg(toKg(154, 'lb'), 'lb') * 1e9) / 1e9, 154);
  assert.equal(weightText(70, 'lb'), '154.3');
  assert.equal(weightText(null, 'kg'), '');
});

test('body weight is optional, and impossible values get a plain error in the chosen unit', () => {
  assert.deepEqual(parseBodyWeight('', 'kg'), { kg: null, error: null });
  assert.equal(parseBodyWeight('70', 'kg').kg, 70);
  assert.equal(parseBodyWeight('70,5', 'kg').kg, 70.5);
  assert.deepEqual(weightRange('lb'), [45, 661]);
  for (const bad of ['-70', 'abc', '700', '5', '0x46', '1e2', 'Infinity'])
    assert.match(parseBodyWeight(bad, 'kg').error ?? '', /from 20 to 300 \(kg\)/);
  assert.match(parseBodyWeight('1000', 'lb').error ?? '', /from 45 to 661 \(lb\)/);
});

test('a share of body weight becomes a figure; relative steps and other loads do not', () => {
  const text = 'Add 2-10% of your body weight in a backpack or dumbbells, only if ...';
  assert.equal(loadFigure(text, 70, 'kg'), 'About 1.4-7 kg for your body weight of 70 kg.');
  assert.equal(loadFigure(text, toKg(150, 'lb'), 'lb'), 'About 3-15 lb for your body weight of 150 lb.');
  assert.equal(loadFigure(text, null, 'kg'), null);
  assert.equal(
    loadFigure("Add 2-10% more than last week's backpack or dumbbells (2 load steps so far).", 70, 'kg'),
    null,
  );
  assert.equal(loadFigure(null, 70, 'kg'), null);
});
