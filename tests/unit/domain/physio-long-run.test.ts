// A physiotherapist's read of blocks 1-7 (a runner who does everything well, one who plateaus, one whose sides cross,
// ages 16 and 68). Rule 11's load steps said against the runner's last calf session (prescribe/weight-steps.ts): a
// week with no step keeps the weight, a step back takes one off ("Add another 2-10% of your body weight to last week's
// backpack" printed under every heel drop of every week, and "Add 2-10%" in the session that stepped back after a
// worse morning); rule 19 as far as the runner is; C37's note by knee position; C41's move onto one leg said.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Baseline, createPlan, drillLoadText, keepGoingText, type Plan, say } from '../../../src/domain/index.ts';
import type { SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { addDays } from '../../../src/domain/prescribe/schedule.ts';
import { fixture } from './helpers.ts';

const b1: Baseline = {
  ...fixture('example-1-average-runner'),
  age: 35,
  straightKnee: { left: 18, right: 20 },
  bentKnee: { left: 15, right: 16 },
  hopTest: { left: 30, right: 31, pain: 0 },
};
const b2: Baseline = {
  ...b1,
  startDate: addDays(b1.startDate, 28),
  straightKnee: { left: 22, right: 23 },
  bentKnee: { left: 18, right: 19 },
};
function planOf(b: Baseline, entries: SessionLogEntry[], today: string, earlier: Baseline[] = []): Plan {
  const r = createPlan(b, { log: { version: 1, entries }, today, earlier });
  assert.ok(r.ok && r.result.kind === 'plan');
  return r.result;
}
/** A check-in for every session of `p`: done and well, unless `more` says otherwise (null: none). */
const logOf = (p: Plan, more: (week: number, place: number) => Partial<SessionLogEntry> | null = () => ({})) =>
  p.weeks.flatMap((w) =>
    w.sessions.flatMap((s, i) => {
      const week = w.number + (p.block.number - 1) * 4;
      const m = more(week, i + 1);
      return m === null
        ? []
        : [
            {
              date: s.date,
              week,
              session: i + 1,
              status: 'done',
              effort: 6,
              painDuring: 0,
              nextMorning: { pain: 0, stiffness: 'usual' },
              ...m,
            } as SessionLogEntry,
          ];
    }),
  );
const dropWords = (p: Plan, week: number, place: number) =>
  drillLoadText(p.weeks[week - 1].sessions[place - 1].drills.find((d) => d.drill === 'eccentric-drop-straight')!);

const p1 = planOf(b1, [], b1.startDate);
const log1 = logOf(p1);
const p2 = planOf(b2, log1, b2.startDate, [b1]);
const b3: Baseline = {
  ...b2,
  startDate: addDays(b2.startDate, 28),
  straightKnee: { left: 25, right: 26 },
  bentKnee: { left: 21, right: 22 },
};
const p3 = planOf(b3, [...log1, ...logOf(p2)], b3.startDate, [b1, b2]);

test('block 2: the week that takes a load step says to add it, every session of it; the next session that keeps it says keep', () => {
  const steps = p2.weeks.map(
    (w) =>
      w.sessions.find((s) => s.kind === 'loaded')!.drills.find((d) => d.drill === 'eccentric-drop-straight')?.load
        ?.steps ?? 0,
  );
  assert.deepEqual(steps, [0, 0, 1, 2], 'the plan steps up in weeks 3 and 4');
  for (const place of [1, 2]) {
    assert.match(dropWords(p2, 3, place)!, /^Add 2-10% of your body weight in a backpack/);
    assert.match(dropWords(p2, 4, place)!, /^Add another 2-10% of your body weight to last week's backpack/);
  }
  // Block 3 carries two steps from block 2's last session done and adds none in week 1.
  const week1 = dropWords(p3, 1, 1)!;
  assert.match(
    week1,
    /^Keep the backpack or dumbbell you used last time \(2 load steps of 2-10% of your body weight so far\)\.$/,
  );
  const said = p3.weeks.flatMap((w) =>
    w.sessions.flatMap((s) =>
      s.drills.filter((d) => d.load?.kind === 'body-weight').map((d) => [w.number, d.load, drillLoadText(d)] as const),
    ),
  );
  assert.ok(said.length > 0);
  for (const [week, load, words] of said)
    if (load?.kind === 'body-weight' && load.steps === 2)
      assert.doesNotMatch(words!, /^Add/, `week ${week} adds no step: ${words}`);
});

test('rule 8: the session that steps back after a worse morning takes a load step off, never "add"', () => {
  const log2 = logOf(p2, (week, place) =>
    week === 8 && place > 1 ? null : week === 8 ? { nextMorning: { pain: 3, stiffness: 'much-more' } } : {},
  );
  const friday = p2.weeks[3].sessions[1].date;
  const p = planOf(b2, [...log1, ...log2], friday, [b1]);
  assert.match(dropWords(p, 4, 1)!, /^Add another/, "Monday took week 4's step");
  const words = dropWords(p, 4, 2)!;
  assert.match(
    words,
    /^Take one load step \(2-10% of your body weight\) out of the backpack or dumbbell you used last time: 1 load step now\.$/,
  );
  const seated = drillLoadText(p.weeks[3].sessions[1].drills.find((d) => d.drill === 'seated-soleus-raise')!)!;
  assert.match(seated, /one step fewer than last time\.$/);
  assert.doesNotMatch(seated, /more once you could/);
});

test("C40: a skipped step week is not a weight to take off: the week after it, back on week 2's dose, says nothing of one", () => {
  // Week 3 (the first load step) skipped: week 4 repeats the last dose done, week 2's, on body weight alone. The
  // runner never put the backpack on, so nothing says to take it off.
  const log2 = logOf(p2, (week) =>
    week === 7 ? { status: 'skipped', effort: null, painDuring: null, nextMorning: undefined } : week === 8 ? null : {},
  );
  const p = planOf(b2, [...log1, ...log2], p2.weeks[3].startDate, [b1]);
  assert.equal(p.weeks[3].adjustment?.doses, 2);
  assert.equal(p.weeks[2].sessions[0].drills.find((d) => d.drill === 'eccentric-drop-straight')?.load?.steps, 1);
  assert.equal(dropWords(p, 4, 1), null);
  // Had week 3 been done, the same week 4 would take its step off.
  const done = logOf(p2, (week) => (week === 8 ? null : {}));
  const bad = done.map((e) =>
    e.week === 7 && e.session === 2 ? { ...e, nextMorning: { pain: 3, stiffness: 'much-more' as const } } : e,
  );
  const q = planOf(b2, [...log1, ...bad], p2.weeks[3].startDate, [b1]);
  assert.equal(q.weeks[3].adjustment?.action, 'step-back');
  assert.equal(dropWords(q, 4, 1), 'No backpack or dumbbell this time: body weight alone, a step back from last time.');
});

test('rule 19 after week 4 as far as the runner is, and hops begun a block before carry on (physiotherapist\'s read: week 24 still said "Four weeks are too short" and hops "join")', () => {
  const b4 = {
    ...b3,
    startDate: addDays(b3.startDate, 28),
    straightKnee: { left: 27, right: 28 },
    bentKnee: { left: 23, right: 24 },
  };
  const p4 = planOf(b4, [...log1, ...logOf(p2), ...logOf(p3)], b4.startDate, [b1, b2, b3]);
  assert.match(
    keepGoingText(p1.summary.keepGoing),
    /^Four weeks are too short .* Bigger tendon changes show from about 12 weeks\./,
  );
  assert.match(
    keepGoingText(p3.summary.keepGoing),
    /^By the end of week 4 you will have trained for 12 weeks, about when bigger tendon changes start to show/,
  );
  const after16 = keepGoingText(p4.summary.keepGoing);
  assert.match(
    after16,
    /^By the end of week 4 you will have trained for 16 weeks, past the 12 from which bigger tendon changes show/,
  );
  assert.doesNotMatch(after16, /Four weeks are too short|from about 12 weeks/);
  // Hops began in block 3's week 3: they join there, and carry on in block 4.
  assert.equal(say(p3.weeks[2].focus), 'Elastic: quiet, springy hops join the strength work.');
  assert.ok(
    p4.weeks[0].sessions.some((s) => s.drills.some((d) => /hops/.test(d.drill))),
    'block 4 starts with hops',
  );
  assert.equal(say(p4.weeks[2].focus), 'Elastic: your quiet, springy hops carry on beside the strength work.');
});

test('C37: the stronger side\'s maintenance dose names its knee position when only one is over 10% apart (physiotherapist\'s read: "never more than your weaker side" above a straight-knee drop of left 3 x 14, right 3 x 16)', () => {
  const note = (b: Baseline) => {
    const n = planOf(b, [], b.startDate).weeks[0].notes.find((x) => x.id === 'week.stronger-maintains');
    assert.ok(n);
    return say(n);
  };
  const bentApart = { ...b1, straightKnee: { left: 27, right: 30 }, bentKnee: { left: 17, right: 22 } };
  assert.match(note(bentApart), /^With the knee bent, your stronger right side does a maintenance dose/);
  const bothApart = { ...b1, straightKnee: { left: 20, right: 28 }, bentKnee: { left: 17, right: 22 } };
  assert.match(note(bothApart), /^Your stronger right side does a maintenance dose/);
});

test("C41: a block whose raises move from both legs onto one says so in week 1 (physiotherapist's read, age 68: 3 x 16 on two legs became 3 x 8 on one, unsaid)", () => {
  const older = (straight: [number, number], bent: [number, number], weeks: number): Baseline => ({
    ...b1,
    age: 68,
    sex: 'male',
    startDate: addDays(b1.startDate, weeks),
    straightKnee: { left: straight[0], right: straight[1] },
    bentKnee: { left: bent[0], right: bent[1] },
    hopTest: { left: 20, right: 21, pain: 0 },
  });
  const first = older([14, 16], [12, 13], 0);
  const q1 = planOf(first, [], first.startDate);
  const second = older([16, 17], [14, 14], 28);
  const q2 = planOf(second, logOf(q1), second.startDate, [first]);
  const third = older([18, 19], [15, 16], 56);
  const q3 = planOf(third, [...logOf(q1), ...logOf(q2)], third.startDate, [first, second]);
  const stance = (q: Plan) =>
    q.weeks[0].sessions[0].drills.find(
      (d) => /heel-raise|drop|isometric/.test(d.drill) && d.drill !== 'seated-soleus-raise',
    )?.stance;
  assert.deepEqual([stance(q1), stance(q2), stance(q3)], ['double', 'single', 'single']);
  assert.match(say(q2.weeks[0].change.reason), /Your heel raises move from both legs onto one, as your retest allows/);
  assert.doesNotMatch(say(q3.weeks[0].change.reason), /both legs onto one/);
});
