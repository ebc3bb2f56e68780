// The pain check before a session (rule 7, C35, C23, C50): what a runner who scores pain before drill 1 is told to do.
// It must never be more lenient than the form was on the test day, and a 4-5/10 day must really be lighter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { painCheck } from '../../../src/domain/adjust/pain-check.ts';
import { lighterText } from '../../../src/domain/explain/pain-check-words.ts';
import { sayReferral } from '../../../src/domain/explain/referral-words.ts';
import type { PainLocation, Plan, Session } from '../../../src/domain/index.ts';
import { base, firstLoaded, fixture, plan } from './helpers.ts';

const b1 = fixture('example-1-average-runner');
const p1 = plan(b1);
const check = (p: Plan, s: Session, painNow: number, painLocations: PainLocation[] = [], history = b1.history) =>
  painCheck(p, s, { painNow, painLocations }, history);
const sets = (s: Session) => s.drills.map((d) => [d.drill, d.left.sets, d.right.sets]);

test('pain 0-3 goes ahead with the session as planned; pain over 0 with no place is asked about, not guessed', () => {
  const s = firstLoaded(p1, 2);
  assert.deepEqual(check(p1, s, 0), { kind: 'go', pain: 0 });
  assert.deepEqual(check(p1, s, 3, ['achilles-midportion']), { kind: 'go', pain: 3 });
  assert.deepEqual(check(p1, s, 2), { kind: 'needs-place' });
});

test('pain 4-5 in the Achilles (C35): one set fewer of each raise and drop, never below one, holds keep theirs', () => {
  const tendon = plan(base({ painNow: 3, painLocations: ['achilles-midportion'] })); // rule 12's holds (C32)
  const s = firstLoaded(tendon, 2);
  const c = check(tendon, s, 5, ['achilles-midportion']);
  assert.equal(c.kind, 'lighter');
  if (c.kind !== 'lighter') return;
  assert.equal(c.already, false);
  assert.equal(c.holds, true);
  const before = new Map(s.drills.map((d) => [d.drill, d]));
  let cut = 0;
  for (const d of c.session.drills) {
    const was = before.get(d.drill);
    assert.ok(was, `${d.drill} was in the planned session`);
    const hold = d.drill.startsWith('isometric-hold');
    const strength = d.drill.includes('raise') || d.drill.startsWith('eccentric') || hold;
    for (const side of ['left', 'right'] as const) {
      const want: number = hold || !strength ? was[side].sets : Math.max(1, was[side].sets - 1);
      assert.equal(d[side].sets, want, `${d.drill} ${side}`);
      if (d[side].sets < was[side].sets) cut += 1;
    }
  }
  assert.ok(cut > 0, 'something was cut');
  const words = lighterText(c, (id) => id).lines.join(' ');
  assert.match(words, /one set fewer of each raise/);
  assert.match(words, /Holds keep their sets/);
  assert.match(words, /Nothing new today/);
});

test('a 4-5 day adds nothing new: a drill new this block gives way to last time’s, or waits (C35)', () => {
  // Worked example 1: week 2 takes the straight-knee raise to the step's edge as a heel drop, week 3 brings in hops.
  const title = (id: string) => `«${id}»`;
  const w2 = check(p1, firstLoaded(p1, 2), 4, ['achilles-midportion']);
  assert.equal(w2.kind, 'lighter');
  if (w2.kind !== 'lighter') return;
  assert.deepEqual(w2.swapped, [{ from: 'eccentric-drop-straight', to: 'single-leg-heel-raise' }]);
  const raise = firstLoaded(p1, 1).drills.find((d) => d.drill === 'single-leg-heel-raise');
  const done = w2.session.drills.find((d) => d.drill === 'single-leg-heel-raise');
  assert.ok(raise && done && !w2.session.drills.some((d) => d.drill === 'eccentric-drop-straight'));
  assert.equal(done.right.sets, raise.right.sets - 1, 'last time’s raise, one set fewer');
  assert.equal(done.right.reps, raise.right.reps);
  assert.match(
    lighterText(w2, title).lines.join(' '),
    /In place of «eccentric-drop-straight».*«single-leg-heel-raise», as last time/,
  );
  const w3 = check(p1, firstLoaded(p1, 3), 4, ['achilles-midportion']);
  assert.ok(w3.kind === 'lighter');
  if (w3.kind !== 'lighter') return;
  assert.deepEqual([w3.swapped, w3.leftOut], [[], ['double-leg-hops']]);
  assert.ok(!w3.session.drills.some((d) => d.drill === 'double-leg-hops'));
  assert.match(lighterText(w3, title).lines.join(' '), /Left out today.*«double-leg-hops»/);
  // Week 1 is all new: nothing waits, the session is only one set lighter.
  const w1 = check(p1, firstLoaded(p1, 1), 4, ['plantar-heel']);
  assert.ok(w1.kind === 'lighter' && w1.leftOut.length === 0 && w1.swapped.length === 0);
  assert.deepEqual(
    w1.session.drills.map((d) => d.drill),
    firstLoaded(p1, 1).drills.map((d) => d.drill),
  );
});

test('a session the plan already cut for pain 4-5 at the test is not cut a second time', () => {
  const sore = plan(base({ painNow: 4, painLocations: ['plantar-heel'] }));
  const first = firstLoaded(sore, 1);
  assert.ok(first.notes.some((n) => n.id === 'session.pain-today'));
  const c = check(sore, first, 5, ['plantar-heel']);
  assert.ok(c.kind === 'lighter' && c.already);
  if (c.kind !== 'lighter') return;
  assert.deepEqual(sets(c.session), sets(first));
  assert.match(lighterText(c, (id) => id).lines[0], /already does one set fewer/);
});

test('over 5/10 stops: no loading today, and the way back is the next session’s check, not a new test', () => {
  const c = check(p1, firstLoaded(p1, 2), 6, ['achilles-midportion']);
  assert.equal(c.kind, 'stop');
  if (c.kind !== 'stop') return;
  assert.equal(c.referral.reason, 'no-loading-today');
  assert.ok(c.referral.reasons.some((r) => r.id === 'reason.pain-over-5'));
  assert.match(sayReferral(c.referral.reEntry), /before your next calf session/);
  assert.ok(c.referral.whatToDo.some((t) => t.id === 'todo.skip-loading-today'));
});

test('calf-muscle pain of 4 at rest (C50) and any shin pain at rest (C23) stop with a clinician referral', () => {
  const s = firstLoaded(p1, 2);
  const calf = check(p1, s, 4, ['calf'], { ...b1.history, calfStrain: 'left' });
  assert.ok(calf.kind === 'stop' && calf.referral.reason === 'red-flag');
  if (calf.kind !== 'stop') return;
  assert.equal(calf.referral.urgency, 'soon');
  const ids = calf.referral.whatToDo.map((t) => t.id);
  assert.ok(ids.includes('todo.breathless'), 'the chest-pain line goes with a painful calf');
  assert.ok(ids.includes('todo.sore-after-run'), "C50's way out for both calves sore after a hard run");
  assert.match(sayReferral(calf.referral.reasons[0]), /strained a calf before/);
  // A calf muscle at 3/10 is rule 7's safe band.
  assert.equal(check(p1, s, 3, ['calf']).kind, 'go');
  const shin = check(p1, s, 1, ['shin']);
  assert.ok(shin.kind === 'stop' && shin.referral.reasons.some((r) => r.id === 'reason.shin-pain-at-rest'));
});
