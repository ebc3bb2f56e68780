import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromKg, parseBodyWeight, toKg, weightRange, weightText } from '../../../src/lib/plan-io/body-weight.ts';

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
