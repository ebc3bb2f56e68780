// A physiotherapist's read of edge cases (session 36): a child whose plan asks for a check, and a sore day's advice in
// a plan with no heel drops. Each test fails if its words go back.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatText, say } from '../../../src/domain/index.ts';
import { base, drillIds, plan } from './helpers.ts';

const CALF_HOP_3 = { hopTest: { left: 26, right: 25, pain: 3, where: ['calf' as const] } };

test('a child whose plan asks for a check is told, in the text too, to show it to a parent or guardian', () => {
  const child = plan(base({ age: 11, straightKnee: { left: 26, right: 25 }, ...CALF_HOP_3 }));
  const text = formatText(child);
  const top = text.slice(text.indexOf('Have this checked'), text.indexOf('Summary'));
  assert.match(top, /check it this week/);
  assert.match(top, /Show this to a parent or guardian, who can book any appointment with you\./);
  // An adult's does not.
  assert.doesNotMatch(formatText(plan(base({ age: 30, ...CALF_HOP_3 }))), /parent or guardian/);
});

test("a sore calf day's advice speaks of heel drops only in a plan that has them", () => {
  const child = plan(base({ age: 11, equipment: ['step'], straightKnee: { left: 26, right: 25 }, ...CALF_HOP_3 }));
  assert.ok(![...drillIds(child)].some((id) => id.startsWith('eccentric-drop')), 'no drops under 16 (C44)');
  const running = child.summary.flags.find((f) => f.id === 'flag.running-pain-monitoring');
  assert.ok(running);
  assert.match(say(running), /On a day your calf muscle hurts at rest, skip hops and strides\.$/);
  // An adult with a step and calf pain has drops: the advice keeps them.
  const adult = plan(base({ equipment: ['step'], painNow: 2, painLocations: ['calf'] }));
  assert.ok([...drillIds(adult)].some((id) => id.startsWith('eccentric-drop')));
  const adultRunning = adult.summary.flags.find((f) => f.id === 'flag.running-pain-monitoring');
  assert.match(adultRunning ? say(adultRunning) : '', /do heel drops as raises on flat floor\.$/);
});

test('with Achilles pain of 3/10 or more now, the retest leaves out the light hop test until it is less (C36)', () => {
  // Second physiotherapist's read: the referral said so, the plan the runner came back to did not.
  const tendon = plan(base({ painNow: 4, painLocations: ['achilles-midportion'], hopTest: null }));
  assert.equal(tendon.summary.retest.tendon, true);
  assert.ok(tendon.summary.retest.ruleIds.includes('C36'));
  assert.match(
    formatText(tendon),
    /Add the light hop test \(20 s on each leg\) only once your Achilles hurts under 3\/10/,
  );
  const calm = plan(base({ painNow: 2, painLocations: ['achilles-midportion'], hopTest: null }));
  assert.doesNotMatch(formatText(calm), /only once your Achilles hurts under 3\/10/);
});
