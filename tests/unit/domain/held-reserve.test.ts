// C33: reps in reserve hold until a load week. A week whose dose is week 1's (a held block, rule 9's repeat with one
// session a week) keeps them and says so as a repeat (physiotherapist's read: held weeks 2-4 after a retest that fell
// said nothing of the 2-3 reps week 1 left in reserve).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Baseline, createPlan, type Plan, say, type Week, weekTitle } from '../../../src/domain/index.ts';
import { base, fixture } from './helpers.ts';

function planOf(b: Baseline, earlier: Baseline[] = []): Plan {
  const r = createPlan(b, { log: { version: 1, entries: [] }, today: b.startDate, earlier });
  assert.ok(r.ok && r.result.kind === 'plan');
  return r.result;
}
const reserveNote = (w: Week) => w.notes.find((n) => n.id === 'week.reps-in-reserve');

function assertHeldWeeksSayIt(p: Plan) {
  for (const w of p.weeks.slice(1)) {
    const n = reserveNote(w);
    assert.ok(n, `week ${w.number} of a held block says its reps in reserve`);
    assert.match(say(n), /^As in week 1, stop every set at the reps listed, or sooner while 2-3 more are still in you/);
  }
}

test('C33 C22 a first block held for hopping pain keeps week 1’s reps in reserve in weeks 2-4, said as a repeat', () => {
  const p = planOf(base({ hopTest: { left: 30, right: 29, pain: 7, where: ['achilles-midportion'] } }));
  assert.ok(p.weeks.slice(1).every((w) => w.change.reason.id === 'change.held-hop'));
  assertHeldWeeksSayIt(p);
});

test('C33 C42 a block held after a retest that fell keeps week 1’s reps in reserve in weeks 2-4', () => {
  const first = base({ straightKnee: { left: 26, right: 25 }, startDate: '2025-03-03' });
  const fell: Baseline = { ...first, straightKnee: { left: 18, right: 25 }, startDate: '2025-03-31' };
  const p = planOf(fell, [first]);
  assert.ok(p.weeks.slice(1).every((w) => w.change.reason.id === 'change.held-drop'));
  assertHeldWeeksSayIt(p);
});

test('C33 R9 with one session a week, week 2 repeats week 1’s reserve; week 4, which repeats week 3, does not', () => {
  const p = planOf({ ...fixture('example-1-average-runner'), sessionsPerWeek: 1 });
  assert.equal(p.weeks[1].change.reason.id, 'change.held');
  assert.ok(reserveNote(p.weeks[1]));
  assert.equal(p.weeks[3].change.reason.id, 'change.held');
  assert.notEqual(p.weeks[2].change.reason.id, 'change.held');
  assert.equal(reserveNote(p.weeks[3]), undefined);
  // Titled for what they do, not a phase they do not train (physiotherapist's read: "Week 2: Strength and eccentric"
  // above "Change: none", with no heel drop all block).
  assert.deepEqual(p.weeks.map(weekTitle), [
    'Week 1: Foundation',
    'Week 2: Same dose',
    'Week 3: Elastic',
    'Week 4: Same dose',
  ]);
});

test('C33 a plan that progresses says its reps in reserve in week 1 only', () => {
  const p = planOf(fixture('example-1-average-runner'));
  assert.ok(reserveNote(p.weeks[0]));
  for (const w of p.weeks.slice(1)) assert.equal(reserveNote(w), undefined, `week ${w.number}`);
});

test('C33 a held block’s week 1 does not promise that things get harder; a block that builds does', () => {
  // Physiotherapist's read: "see how your calves feel the next morning before anything gets harder" beside "this block
  // adds nothing until a retest".
  const held = planOf(base({ hopTest: { left: 30, right: 29, pain: 7, where: ['achilles-midportion'] } }));
  const first = reserveNote(held.weeks[0]);
  assert.ok(first);
  assert.match(say(first), /see(ing)? how your calves feel the next morning\./);
  assert.doesNotMatch(say(first), /gets harder/);
  const builds = reserveNote(planOf(fixture('example-1-average-runner')).weeks[0]);
  assert.ok(builds);
  assert.match(say(builds), /the next morning before anything gets harder\./);
});
