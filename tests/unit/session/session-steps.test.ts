import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PrescribedDrill } from '../../../src/domain/index.ts';
import {
  drillSteps,
  endsSet,
  sessionSteps,
  suggestedStatus,
  type WorkStep,
} from '../../../src/lib/session/session-steps.ts';
import { examplePlan } from './helpers.ts';

const dose = (sets: number, reps: number | null, seconds: number | null = null, contacts: number | null = null) => ({
  sets,
  reps,
  seconds,
  contacts,
});
const drill = (over: Partial<PrescribedDrill>): PrescribedDrill => ({
  drill: 'single-leg-heel-raise',
  stance: 'single',
  firstSide: 'right',
  left: dose(3, 13),
  right: dose(3, 12),
  tempo: { up: 3, pause: 0, down: 3 },
  restSeconds: 120,
  effortPercent: null,
  load: null,
  cues: [],
  notes: [],
  ruleIds: [],
  ...over,
});
const label = (s: ReturnType<typeof drillSteps>[number]) =>
  s.kind === 'rest' ? `rest ${s.duration}` : `${s.side} ${s.set}/${s.sets} ${s.mode} ${s.duration}`;

test('a tempo drill: the weaker side first in every round, a rest after each round but the last', () => {
  // C30 (#12): the 120 s is each leg's rest, and the other leg's set (at least 72 s) counts towards it: pause 48 s.
  assert.deepEqual(drillSteps(drill({}), 0).map(label), [
    'right 1/3 tempo 72',
    'left 1/3 tempo 78',
    'rest 48',
    'right 2/3 tempo 72',
    'left 2/3 tempo 78',
    'rest 48',
    'right 3/3 tempo 72',
    'left 3/3 tempo 78',
  ]);
});

test('a tempo set lasts reps x (up + pause + down) seconds: 10 reps at 3-2-3 take 80 s', () => {
  const [first] = drillSteps(drill({ left: dose(1, 10), right: dose(1, 10), tempo: { up: 3, pause: 2, down: 3 } }), 0);
  assert.equal((first as WorkStep).duration, 80);
});

test('an extra set for the weaker side alone makes a one-side round (rule 5)', () => {
  const steps = drillSteps(drill({ firstSide: 'left', left: dose(4, 10), right: dose(3, 10), restSeconds: 60 }), 0);
  // C30: each leg rests the other leg's 60 s set, so only the 15 s minimum pause is left between rounds.
  assert.deepEqual(steps.slice(-2).map(label), ['rest 15', 'left 4/4 tempo 60']);
  assert.equal(steps.filter((s) => s.kind === 'work' && s.side === 'right').length, 3);
});

test('holds are timed by their seconds; hops and plain reps are paced by the runner', () => {
  const hold = drillSteps(drill({ drill: 'isometric-hold-single', tempo: null, left: dose(5, null, 45) }), 0)[1];
  assert.equal(label(hold), 'left 1/5 hold 45');
  const hops = drillSteps(
    drill({ drill: 'double-leg-hops', stance: 'double', firstSide: null, tempo: null, left: dose(3, null, null, 10) }),
    0,
  );
  assert.deepEqual(hops.map(label), [
    'both 1/3 contacts null',
    'rest 120',
    'both 2/3 contacts null',
    'rest 120',
    'both 3/3 contacts null',
  ]);
  const plain = drillSteps(
    drill({ tempo: null, firstSide: null, restSeconds: null, left: dose(2, 10), right: dose(2, 10) }),
    0,
  );
  assert.deepEqual(plain.map(label), [
    'left 1/2 reps null',
    'right 1/2 reps null',
    'left 2/2 reps null',
    'right 2/2 reps null',
  ]);
});

test('a session from the engine: every prescribed set of every drill appears once, in drill order', () => {
  const session = examplePlan().weeks[0].sessions[0];
  const steps = sessionSteps(session);
  const drills = [...new Set(steps.map((s) => s.drillIndex))];
  assert.deepEqual(
    drills,
    session.drills.map((_, i) => i),
  );
  for (const [i, p] of session.drills.entries()) {
    const work = steps.filter((s): s is WorkStep => s.kind === 'work' && s.drillIndex === i);
    const sides = p.stance === 'single' ? p.left.sets + p.right.sets : p.left.sets;
    assert.equal(work.length, sides, p.drill);
  }
});

test('every single-leg drill of a session starts on its weaker leg, the rolling and the ankle drill too', () => {
  // Worked example 1 is 26/25: the engine puts the right leg first in the raises and gives the mobility no side.
  const session = examplePlan().weeks[1].sessions.find((s) => s.kind === 'loaded');
  assert.ok(session);
  const unsided = session.drills.filter((p) => p.stance === 'single' && p.firstSide === null);
  assert.ok(unsided.length > 0, 'the session has single-leg drills the engine gives no first side');
  const steps = sessionSteps(session);
  for (const i of session.drills.keys()) {
    const first = steps.find((s): s is WorkStep => s.kind === 'work' && s.drillIndex === i);
    if (first && first.side !== 'both') assert.equal(first.side, 'right', session.drills[i].drill);
  }
});

test('the check-in starts on done when every set was ticked, partly when some were, and on nothing otherwise', () => {
  const steps = sessionSteps(examplePlan().weeks[0].sessions[0]);
  const work = steps.flatMap((s, i) => (s.kind === 'work' ? [i] : []));
  assert.equal(suggestedStatus(steps, work), 'done');
  assert.equal(suggestedStatus(steps, work.slice(1)), 'partly');
  assert.equal(suggestedStatus(steps, []), '');
});

test('reps held one by one (the calf squeeze): a timed hold per rep, each ending its set only at the last', () => {
  const squeeze = drill({
    drill: 'calf-squeeze',
    firstSide: 'left',
    left: dose(1, 5),
    right: dose(1, 5),
    tempo: null,
    restSeconds: null,
    repHoldSeconds: 10,
  });
  const steps = drillSteps(squeeze, 0) as WorkStep[];
  assert.equal(steps.length, 10, 'five holds per leg');
  assert.deepEqual(
    steps.map((s) => `${s.side} ${s.rep?.n}/${s.rep?.of} ${s.mode} ${s.duration}`),
    [1, 2, 3, 4, 5].map((n) => `left ${n}/5 hold 10`).concat([1, 2, 3, 4, 5].map((n) => `right ${n}/5 hold 10`)),
  );
  assert.deepEqual(
    steps.map(endsSet),
    [false, false, false, false, true, false, false, false, false, true],
    'the set is ticked when its last hold ends',
  );
  // Without held reps, the same dose is one runner-paced set per leg.
  const plain = drillSteps({ ...squeeze, repHoldSeconds: undefined }, 0) as WorkStep[];
  assert.deepEqual(
    plain.map((s) => `${s.side} ${s.mode} ${s.duration} ${s.rep}`),
    ['left reps null null', 'right reps null null'],
  );
});

test('the engine gives week 1’s calf squeeze a timed hold per squeeze', () => {
  const activation = examplePlan().weeks[0].sessions.find((s) => s.kind === 'activation');
  assert.ok(activation, 'week 1 has an activation session');
  const squeeze = activation.drills.find((d) => d.drill === 'calf-squeeze');
  assert.ok(squeeze?.repHoldSeconds && squeeze.repHoldSeconds > 0);
  const holds = sessionSteps(activation).filter((s) => s.kind === 'work' && s.drill === 'calf-squeeze');
  assert.equal(holds.length, 2 * (squeeze.left.reps ?? 0));
});
