// The printed week is one sheet (issue 13: five pages). A plantar heel pain runner's week 1 has three kinds of session
// (loaded, activation, short heel-raise) and spilled onto a second sheet; what a table higher on the sheet already says
// now prints once: the same drill words, the same cues, the same session note.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aboveEach, howKey, noteKey } from '../../../src/components/plan/paper-once.ts';
import { groupSessions } from '../../../src/components/plan/session-groups.ts';
import { phraseKey } from '../../../src/domain/index.ts';
import { fixture, plan } from '../domain/helpers.ts';

const b1 = fixture('example-1-average-runner');
// Twice a week with plantar heel pain: the high-load heel raise also has a short session of its own (C26's every
// second day). The right side is weaker, so each session says it goes first.
const plantar = {
  ...b1,
  sessionsPerWeek: 2,
  equipment: ['step', 'weights'],
  straightKnee: { left: 24, right: 17 },
  bentKnee: { left: 20, right: 14 },
  history: { ...b1.history, plantarHeelPain: true, achillesTendinopathy: false, achillesPart: null },
};
const week1 = plan(plantar).weeks[0];
const tables = groupSessions(week1.sessions).map((g) => g.s);
const [loaded, activation, short] = ['loaded', 'activation', 'heel-raise'].map((k) => {
  const s = tables.find((x) => x.kind === k);
  assert.ok(s, k);
  return s;
});
const above = aboveEach(tables);
const at = (s: typeof loaded) => above[tables.indexOf(s)];

test("the short heel-raise table's drills read as in the loaded session, so paper points there", () => {
  assert.ok(tables.indexOf(loaded) < tables.indexOf(short));
  for (const d of short.drills) assert.equal(at(short).how.get(howKey(d)), 'Loaded calf session', d.drill);
  // The first table on the sheet has nothing above it: its words print in full.
  assert.equal(at(loaded).how.size, 0);
  assert.equal(at(loaded).cues.size, 0);
});

test('a drill whose tempo, rest or weight reads differently prints its own words', () => {
  const raise = short.drills.find((d) => d.drill === 'high-load-heel-raise');
  assert.ok(raise?.tempo);
  const slower = { ...raise, tempo: { ...raise.tempo, down: raise.tempo.down + 1 } };
  const lighter = { ...raise, load: null };
  for (const d of [slower, lighter]) assert.equal(at(short).how.get(howKey(d)), undefined);
});

test('cues and session notes already printed on the sheet are known to the tables below', () => {
  const fresh = activation.cues.filter((c) => !at(activation).cues.has(c));
  assert.deepEqual(fresh, ['precision-over-volume'], 'only the cue the loaded session does not have');
  assert.deepEqual(
    short.cues.filter((c) => !at(short).cues.has(c)),
    [],
  );
  const weaker = loaded.notes.map(phraseKey);
  assert.ok(weaker.length > 0, 'the weaker side goes first: a note under each loaded table');
  for (const k of short.notes.map(phraseKey)) assert.ok(at(short).notes.has(k), k);
  // A drill note is the same note only under the same drill: the loaded table's heel-raise notes are above the short
  // day's heel raise, its seated raise's warm-up is not the heel raise's.
  const heel = (s: typeof loaded) => s.drills.find((d) => d.drill === 'high-load-heel-raise');
  const [l, sh] = [heel(loaded), heel(short)];
  assert.ok(l && sh);
  const shared = sh.notes.filter((n) => l.notes.some((m) => phraseKey(m) === phraseKey(n)));
  assert.ok(shared.length > 0, 'the heel raise carries a note in both tables');
  for (const n of shared) assert.ok(at(short).drillNotes.has(noteKey(sh, n)));
  const seated = loaded.drills.find((d) => d.drill === 'seated-soleus-raise');
  for (const n of seated?.notes ?? []) assert.ok(!at(short).drillNotes.has(noteKey(sh, n)), phraseKey(n));
  assert.equal(at(loaded).drillNotes.size, 0);
});

test('a table the paper leaves out (folded into another) adds nothing for the tables below', () => {
  const a = aboveEach([null, short]);
  assert.equal(a[1].how.size, 0);
  assert.equal(a[1].cues.size, 0);
});
