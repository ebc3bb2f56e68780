// The printed week (issue 13: five pages): a first session made lighter by pain 4-5 at the test (C35) prints inside
// the table of the same session on later dates, with a line that gives its lighter doses; nothing else is folded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupSessions, paperGroups } from '../../../src/components/plan/session-groups.ts';
import { fixture, plan } from '../domain/helpers.ts';

const b1 = fixture('example-1-average-runner');

test('a pain-4 first session folds into the later loaded sessions: every date, and its lighter doses drill by drill', () => {
  const week = plan({ ...b1, painNow: 4, painLocations: ['achilles-midportion'] }).weeks[0];
  const groups = groupSessions(week.sessions);
  const paper = paperGroups(groups);
  assert.equal(paper.length, groups.length - 1, 'one table fewer on paper');
  const folded = paper.filter((g) => g.lighter);
  assert.equal(folded.length, 1);
  const [f] = folded;
  const loaded = week.sessions.filter((s) => s.kind === f.s.kind).map((s) => s.date);
  assert.deepEqual(f.dates, loaded, 'the table carries every loaded date, the lighter one first');
  const first = week.sessions.find((s) => s.date === loaded[0]);
  assert.ok(first && f.lighter?.s === first);
  assert.ok(f.lighter.drills.length > 0);
  for (const d of f.lighter.drills) {
    const full = f.s.drills.find((x) => x.drill === d.drill);
    assert.ok(full, d.drill);
    assert.ok(d.left.sets + d.right.sets < full.left.sets + full.right.sets, `${d.drill} is lighter on the first date`);
  }
  // Drills the pain day leaves as they are are not listed as lighter.
  for (const d of first.drills.filter((x) => !f.lighter?.drills.includes(x))) {
    const full = f.s.drills.find((x) => x.drill === d.drill);
    assert.deepEqual([d.left.sets, d.right.sets], [full?.left.sets, full?.right.sets]);
  }
});

test('without pain at the test, paper shows the same tables as the screen', () => {
  for (const week of plan(b1).weeks) {
    const groups = groupSessions(week.sessions);
    assert.deepEqual(
      paperGroups(groups).map((g) => [g.dates, g.lighter]),
      groups.map((g) => [g.dates, null]),
    );
  }
});

test('a session that differs in more than its sets (another drill, more sets) is never folded', () => {
  const week = plan({ ...b1, painNow: 4, painLocations: ['achilles-midportion'] }).weeks[0];
  const groups = groupSessions(week.sessions);
  const f = paperGroups(groups).find((g) => g.lighter);
  assert.ok(f?.lighter);
  const first = f.lighter.s;
  const extraDrill = { ...first, drills: first.drills.slice(1) };
  const moreSets = {
    ...first,
    drills: first.drills.map((d, i) => (i === 0 ? { ...d, left: { ...d.left, sets: d.left.sets + 5 } } : d)),
  };
  for (const s of [extraDrill, moreSets]) {
    const g = groups.map((x) => (x.s === first ? { ...x, s } : x));
    assert.equal(paperGroups(g).length, g.length);
  }
});
