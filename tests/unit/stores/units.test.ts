import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { readUnit, readWeightKg } from '../../../src/stores/units.ts';

/** A Map-backed localStorage, as the page sees it; `saved()` shows what it holds. */
let store = new Map<string, string>();
const saved = () => Object.fromEntries(store);
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  get: () => ({
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, String(v)),
    removeItem: (k: string) => void store.delete(k),
  }),
});
beforeEach(() => {
  store = new Map();
});

/** A fresh copy of the units stores, as a page load after `stored` was left in localStorage. */
let loads = 0;
async function loadPage(stored: Record<string, string>) {
  for (const [k, v] of Object.entries(stored)) store.set(k, v);
  return import(`../../../src/stores/units.ts?load=${++loads}`) as Promise<
    typeof import('../../../src/stores/units.ts')
  >;
}

test('a stored body weight is read like the field: finite, in kg, inside 20-300', () => {
  assert.equal(readWeightKg('70'), 70);
  assert.equal(readWeightKg('72.5'), 72.5);
  for (const bad of ['1e400', 'Infinity', '-70', '0', '700', 'abc', '', 'NaN', '1e-400']) {
    assert.equal(readWeightKg(bad), undefined, bad);
  }
  assert.equal(readUnit('lb'), 'lb');
  assert.equal(readUnit('stone'), 'kg');
});

test('a tampered body weight of 1e400 is set aside: the field stays empty, never "Infinity"', async () => {
  for (const bad of ['1e400', '-5', '9000', 'seventy']) {
    const u = await loadPage({ 'pushoff:body-weight-kg': bad, 'pushoff:units': 'lb' });
    const stop = u.startUnits();
    assert.equal(u.$weightText.get(), '', bad);
    assert.equal(u.$bodyWeight.get().kg, null, bad);
    assert.equal(u.$unit.get(), 'lb', 'the valid unit is still read');
    stop();
  }
});

test('the fields start empty until startUnits (after hydration), then show the remembered choices', async () => {
  const u = await loadPage({ 'pushoff:body-weight-kg': '70', 'pushoff:units': 'lb' });
  assert.equal(u.$unit.get(), 'kg');
  assert.equal(u.$weightText.get(), '');
  const stop = u.startUnits();
  assert.equal(u.$unit.get(), 'lb');
  assert.equal(u.$weightText.get(), '154.3', '70 kg shown in lb');
  assert.equal(u.$bodyWeight.get().kg?.toFixed(1), '70.0');
  stop();
});

test('a damaged unit falls back to kg', async () => {
  const u = await loadPage({ 'pushoff:units': 'stone', 'pushoff:body-weight-kg': '70' });
  const stop = u.startUnits();
  assert.equal(u.$unit.get(), 'kg');
  assert.equal(u.$weightText.get(), '70');
  stop();
});

test('choices are saved as they change; a wrong entry keeps the last good weight; empty forgets it', async () => {
  const u = await loadPage({});
  const stop = u.startUnits();
  u.$weightText.set('80');
  assert.equal(saved()['pushoff:body-weight-kg'], '80');
  u.$weightText.set('8000');
  assert.equal(saved()['pushoff:body-weight-kg'], '80', 'an out-of-range entry is not saved');
  u.$weightText.set('80');
  u.setUnit('lb');
  assert.equal(saved()['pushoff:units'], 'lb');
  assert.equal(u.$weightText.get(), '176.4', 'the shown weight is converted, not relabelled');
  u.$weightText.set('');
  assert.equal('pushoff:body-weight-kg' in saved(), false);
  stop();
  u.$weightText.set('90');
  assert.equal('pushoff:body-weight-kg' in saved(), false, 'nothing is saved once stopped');
});
