// The worked examples of rules.md (3 is with rule 5): assert the behaviours rules.md lists, not a frozen snapshot.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRILL_CATALOG, say } from '../../../src/domain/index.ts';
import { daysBetween } from '../../../src/domain/prescribe/schedule.ts';
import { drillIds, drills, firstLoaded, fixture, loaded, plan, referral, texts, weekDrillIds } from './helpers.ts';

const isPlyo = (id: string) => DRILL_CATALOG[id as keyof typeof DRILL_CATALOG].kind === 'plyometric';

test('worked example 1 (average runner): 48 h apart, one variable a week, +10% at most, hops from week 3, double-leg first', () => {
  const p = plan(fixture('example-1-average-runner'));
  const dates = loaded(p).map((s) => s.date);
  for (let i = 1; i < dates.length; i++) assert.ok(daysBetween(dates[i - 1], dates[i]) >= 2);
  for (const w of p.weeks.slice(1)) assert.notEqual(w.change.variable, null);
  for (let n = 1; n < 4; n++)
    assert.ok(p.weeks[n].volume.loadIndex.left <= p.weeks[n - 1].volume.loadIndex.left * 1.1 + 0.1);
  assert.ok(![...weekDrillIds(p, 1), ...weekDrillIds(p, 2)].some(isPlyo));
  assert.ok(weekDrillIds(p, 3).has('double-leg-hops') && !weekDrillIds(p, 3).has('single-leg-hops'));
  assert.ok(weekDrillIds(p, 4).has('single-leg-hops'));
  for (const w of p.weeks) assert.ok(w.volume.contacts.left / p.sessionsPerWeek <= 80);
  assert.equal(p.summary.gates.find((g) => g.id === 'plyometrics')?.usedFromWeek, 3);
  assert.ok(drillIds(p).has('eccentric-drop-straight'), 'step owned: eccentric drops');
  assert.ok(
    drills(p).some((d) => d.load !== null),
    'backpack or weights used',
  );
});

test('worked example 2 (total beginner): hops locked all four weeks with retest advice; double-leg raises and holds; week 4 without hops', () => {
  const p = plan(fixture('example-2-total-beginner'));
  assert.ok(![...drillIds(p)].some(isPlyo));
  const gate = p.summary.gates.find((g) => g.id === 'plyometrics');
  assert.equal(gate?.status, 'locked');
  assert.ok(gate?.toOpen.some((t) => /Retest/.test(say(t))));
  const w1 = firstLoaded(p, 1).drills.map((d) => d.drill);
  assert.ok(w1.includes('double-leg-heel-raise') && w1.includes('isometric-hold-double'));
  assert.ok(!w1.includes('single-leg-heel-raise'));
  assert.equal(p.weeks[3].phase, 'integration');
  assert.ok(![...weekDrillIds(p, 4)].some(isPlyo));
  assert.ok(p.weeks[2].notes.some((n) => /Retest/.test(say(n))));
});

// Worked example 3 (big asymmetry 28/18) is rule 5's example: it is checked with R5 in rules-r01-r09.test.ts.

test('worked example 4 (red flag): no plan, same-day assessment, no exercises', () => {
  const r = referral(fixture('example-4-red-flag'));
  assert.equal(r.reason, 'red-flag');
  assert.equal(r.urgency, 'same-day');
  assert.ok(!('weeks' in r));
  const words = texts(r).join(' ');
  for (const id of Object.keys(DRILL_CATALOG)) if (id.includes('-')) assert.ok(!words.includes(id));
  assert.ok(r.reasons.some((x) => /right heel could not lift/.test(say(x))));
  assert.ok(r.reasons.some((x) => /6\/10/.test(say(x))));
});
