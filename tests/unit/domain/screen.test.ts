import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screen } from '../../../src/domain/index.ts';
import { NO_FLAGS } from './helpers.ts';

test('R18 screening from the red-flag answers alone refers before any test result is entered', () => {
  const r = screen({ redFlags: { ...NO_FLAGS, calfSwollenWarmRed: true } });
  assert.equal(r?.kind, 'referral');
  assert.equal(r?.reason, 'red-flag');
  assert.equal(r?.urgency, 'emergency');
  assert.ok(!JSON.stringify(r).includes('"drill"'), 'a referral carries no exercises');
});

test('R7 pain worsening day on day alone means no loading today; no answers yes means no referral', () => {
  assert.equal(screen({ redFlags: { ...NO_FLAGS, painWorsening: true } })?.reason, 'no-loading-today');
  assert.equal(screen({ redFlags: { ...NO_FLAGS } }), null);
});

test('R18 a straight-knee count of 0 counts as "cannot rise" only when the count is known', () => {
  assert.equal(screen({ redFlags: { ...NO_FLAGS }, straightKnee: { left: 0, right: 20 } })?.urgency, 'same-day');
  assert.equal(screen({ redFlags: { ...NO_FLAGS }, straightKnee: { left: 18, right: 20 } }), null);
});
