// Issue 14's next block: after a retest the plan goes on from the dose the last block reached (C41), compares the
// retest with the test before it (rule 4) and suggests a check when a side fell by more than the test's noise (C42).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  type Baseline,
  createPlan,
  DRILL_CATALOG,
  formatText,
  type History,
  keepGoingText,
  type Plan,
  type PlanOrReferral,
  say,
  validateEarlierBlocks,
} from '../../../src/domain/index.ts';
import type { SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { addDays } from '../../../src/domain/prescribe/schedule.ts';
import { fixture, plan, validBaseline } from './helpers.ts';

const b1 = fixture('example-1-average-runner');
const p1 = plan(b1);
/** The retest: the same runner the day after block 1, with `counts` (default: the same counts). */
const retest = (from: Baseline, more: Partial<Baseline> = {}): Baseline => ({
  ...from,
  startDate: addDays(from.startDate, 28),
  ...more,
});
const noLog = { version: 1 as const, entries: [] as SessionLogEntry[] };
function next(current: Baseline, earlier: Baseline[], entries = noLog.entries): PlanOrReferral {
  const h: History = { log: { version: 1, entries }, today: current.startDate, earlier };
  const r = createPlan(current, h);
  assert.ok(r.ok);
  return r.result;
}
function nextPlan(current: Baseline, earlier: Baseline[], entries = noLog.entries): Plan {
  const r = next(current, earlier, entries);
  assert.equal(r.kind, 'plan');
  return r as Plan;
}
/** A check-in for every session of `p`, done, with `more` (the morning after, pain during...). */
const everySession = (p: Plan, more: Partial<SessionLogEntry>) =>
  p.weeks.flatMap((w) =>
    w.sessions.map(
      (s): SessionLogEntry => ({
        date: s.date,
        week: w.number,
        session: 1,
        status: 'done',
        effort: 5,
        painDuring: 0,
        ...more,
      }),
    ),
  );
/** The strength and hop drills of a week's full loaded session. */
const work = (p: Plan, week: number) => {
  const loaded = p.weeks[week - 1].sessions.filter((s) => s.kind === 'loaded');
  const skip = new Set(['soft-tissue-prep', 'knee-to-wall', 'cooldown-mobility', 'plantarflexion-mobility', 'strides']);
  return loaded[loaded.length - 1].drills.filter((d) => !skip.has(d.drill)).map((d) => d.drill);
};

test('C41: block 2 starts from the dose block 1 reached, not from the beginning', () => {
  const p2 = nextPlan(retest(b1), [b1]);
  assert.equal(p2.block.number, 2);
  assert.equal(p1.block.number, 1);
  // Block 1 ended on drops with double- and single-leg hops; a first block would start on floor raises, no hops.
  assert.deepEqual(work(p2, 1), work(p1, 4));
  assert.ok(!work(p1, 1).includes('eccentric-drop-straight'));
  assert.match(say(p2.weeks[0].change.reason), /^Week 1 picks up where your last block ended/);
  assert.ok(p2.weeks[0].change.ruleIds.includes('C41'));
  // Without the earlier block the same answers make a first block.
  assert.deepEqual(work(plan(retest(b1)), 1), work(p1, 1));
});

test('C41: a block the log held back hands on the dose it really reached', () => {
  const stiff = everySession(p1, { painDuring: 0, nextMorning: { pain: 0, stiffness: 'more' } });
  const p2 = nextPlan(retest(b1), [b1], stiff);
  // Every week of block 1 repeated week 1, so block 2 starts on week 1's work.
  assert.deepEqual(work(p2, 1), work(p1, 1));
});

test('C41: the retest re-checks the gates: a side under 25 raises takes the hops out of block 2', () => {
  const p2 = nextPlan(retest(b1, { straightKnee: { left: 26, right: 22 } }), [b1]);
  const hops = p2.weeks.flatMap((w) => w.sessions.flatMap((s) => s.drills.map((d) => d.drill)));
  assert.ok(!hops.some((d) => d.includes('hops')), 'no hops while the gate is shut');
});

test('C41 R13: hops the last block did that the retest stops are named in week 1’s change, as strides are', () => {
  // Physiotherapist's read: block 1 ended on hops; the retest's 22 on the right shut their checks, and week 1 said
  // nothing of them.
  assert.ok(
    work(p1, 4).some((d) => d.includes('hops')),
    'block 1 ends on hops',
  );
  const p2 = nextPlan(retest(b1, { straightKnee: { left: 26, right: 22 } }), [b1]);
  const change = p2.weeks[0].change;
  assert.ok(change.reason?.id === 'change.resume' && change.reason.hops === 'stop');
  assert.match(
    say(change.reason),
    / Hops stop for now: their checks \(see When hops and strides start\) are not all met/,
  );
  assert.ok(change.ruleIds.includes('R13'));
  // A retest that keeps them says nothing of hops.
  const kept = nextPlan(retest(b1), [b1]).weeks[0].change.reason;
  assert.ok(kept?.id === 'change.resume' && kept.hops === undefined);
  assert.doesNotMatch(say(kept), /Hops stop/);
});

test('C41: week 1 of a later block adds at most 10% to the last week reached, on each leg (same stance, no new rule-5 extra set)', () => {
  fc.assert(
    fc.property(validBaseline, fc.integer({ min: -8, max: 12 }), fc.integer({ min: -8, max: 12 }), (b, dl, dr) => {
      const first = createPlan(b);
      fc.pre(first.ok && first.result.kind === 'plan' && b.painNow <= 3);
      const clamp = (n: number) => Math.max(0, Math.min(150, n));
      const again = retest(b, {
        straightKnee: { left: clamp(b.straightKnee.left + dl), right: clamp(b.straightKnee.right + dr) },
      });
      const r = next(again, [b]);
      fc.pre(r.kind === 'plan');
      // Rule 5's extra set for a side the retest shows weaker comes in at once (C41 says so); that is not a step.
      const below = (p: Plan) =>
        [p.summary.symmetry.straightKnee, p.summary.symmetry.bentKnee].map((x) => x?.belowNinety && x.weakerSide);
      fc.pre(JSON.stringify(below(first.result as Plan)) === JSON.stringify(below(r)));
      // So does a knee position that changes stance (C3: double-leg below 15 raises), which starts from the test's dose.
      const double = (x: Baseline) =>
        [x.straightKnee, x.bentKnee ?? x.straightKnee].map((k) => Math.min(k.left, k.right) < 15);
      fc.pre(JSON.stringify(double(b)) === JSON.stringify(double(again)));
      // And a runner who reaches C34's 30 raises on both sides moves to the weighted ladder at 15RM, as a first block.
      const strong = (x: Baseline) => Math.min(x.straightKnee.left, x.straightKnee.right) >= 30;
      fc.pre(strong(b) === strong(again));
      const before = (first.result as Plan).weeks[3].volume.loadIndex;
      const now = r.weeks[0].volume.loadIndex;
      for (const side of ['left', 'right'] as const) {
        assert.ok(now[side] <= before[side] * 1.1 + 1e-6, `${side}: ${before[side]} -> ${now[side]}`);
      }
    }),
    { numRuns: 300, seed: 41 },
  );
});

test('C41: a strong runner climbs one rung of the heavy-slow ladder a block', () => {
  const strong = { ...b1, straightKnee: { left: 34, right: 33 }, bentKnee: { left: 30, right: 29 } };
  const rungs = (p: Plan) =>
    p.weeks.map((w) => {
      const loaded = w.sessions.filter((s) => s.kind === 'loaded');
      const d = loaded[loaded.length - 1].drills.find(
        (x) => x.drill === 'eccentric-drop-straight' || x.drill === 'single-leg-heel-raise',
      );
      return d?.load?.kind === 'repetition-maximum' ? d.load.reps : null;
    });
  const s2 = retest(strong);
  assert.deepEqual(rungs(plan(strong)), [15, 15, 15, 15], 'block 1 fills its weeks with the range and the hops');
  // Block 1 had no load week, so its weights still leave 2-3 reps in reserve: block 2's first load week takes them to
  // the 15RM, and the next climbs to 12 (C33: one load change a week, physiotherapist's read).
  const p2 = nextPlan(s2, [strong]);
  assert.deepEqual(rungs(p2), [15, 15, 12, 12]);
  const reserve = (w: number) =>
    p2.weeks[w].sessions
      .find((s) => s.kind === 'loaded')
      ?.drills.some((d) => d.load?.kind === 'repetition-maximum' && d.load.reserve);
  assert.deepEqual([0, 1, 2, 3].map(reserve), [true, false, false, false]);
  assert.equal(
    p2.weeks[1].change.reason.id === 'change.load' && p2.weeks[1].change.reason.fromReserve !== undefined,
    true,
  );
  const s3 = retest(s2);
  // #14 (physio review): the rung comes before a tempo change, so the 10RM rung's 4 sets fit; a hop set makes room.
  const p3 = nextPlan(s3, [strong, s2]);
  assert.deepEqual(rungs(p3), [12, 10, 10, 10]);
  assert.equal(p3.weeks[1].change.reason.id, 'change.rung');
  // And on: block 4 reaches 8RM; the ladder never stalls at 12 while the text promises more.
  const s4 = retest(s3);
  assert.deepEqual(rungs(nextPlan(s4, [strong, s2, s3])), [10, 8, 8, 8]);
});

test('R4: the retest is compared side by side, and a change under 6 reps reads as test noise', () => {
  const p2 = nextPlan(retest(b1, { straightKnee: { left: 31, right: 31 } }), [b1]);
  const r = p2.block.retest;
  assert.ok(r);
  assert.deepEqual(r.straightKnee.left, { before: 26, after: 31, change: 5, beyondNoise: false });
  assert.deepEqual(r.straightKnee.right, { before: 25, after: 31, change: 6, beyondNoise: true });
  assert.equal(r.noiseReps, 6);
  assert.deepEqual(
    p2.block.tests.map((t) => t.date),
    [b1.startDate, addDays(b1.startDate, 28)],
  );
  assert.equal(p1.block.retest, null);
});

test('R4: the retest says that reading bent-knee counts by the straight-knee test’s noise is a convention', () => {
  // Physiotherapist's read: rule 4's figure was measured on the straight-knee test (rule 6: no bent-knee norms).
  const said = (p: Plan) =>
    formatText(p)
      .split('\n')
      .find((l) => l.includes('can come from the test itself')) ?? '';
  assert.match(
    said(nextPlan(retest(b1), [b1])),
    /measured for the straight-knee test; reading bent-knee counts the same way is a Pushoff convention/,
  );
  const noBent = { ...b1, bentKnee: null };
  const line = said(nextPlan(retest(noBent), [noBent]));
  assert.match(line, /trust the trend over several retests\.$/);
  assert.doesNotMatch(line, /bent-knee/);
});

test('C42: a retest 6 or more reps lower on a side suggests a check within days, running held; 5 lower does not', () => {
  const flagOf = (p: Plan) => p.summary.flags.find((f) => f.id === 'flag.retest-drop');
  const dropped = nextPlan(retest(b1, { straightKnee: { left: 26, right: 19 } }), [b1]);
  const f = flagOf(dropped);
  assert.ok(f);
  assert.match(say(f), /lower than your last test on the right side/);
  // Physiotherapist's read: "before you build on it" gave no time and said nothing of running, in a block that builds
  // nothing for four weeks; a fall with no known cause can be an injury the runner did not notice.
  assert.match(
    say(f),
    /physiotherapist or doctor in the next few days, before you build on it, and do not build up your running until then\./,
  );
  assert.equal(flagOf(nextPlan(retest(b1, { straightKnee: { left: 26, right: 20 } }), [b1])), undefined);
});

test('R18: a retest with a warning sign refers, whatever the blocks before it', () => {
  const flagged = retest(b1, { redFlags: { ...b1.redFlags, [Object.keys(b1.redFlags)[0]]: true } });
  assert.equal(next(flagged, [b1]).kind, 'referral');
});

test('earlier blocks are validated like any Baseline, and a damaged one is named', () => {
  assert.ok(validateEarlierBlocks([b1, retest(b1)]).ok);
  const bad = validateEarlierBlocks([b1, { ...b1, straightKnee: { left: -3, right: 20 } }]);
  assert.ok(!bad.ok);
  assert.match(bad.errors[0].path, /^1\.straightKnee\.left$/);
  assert.ok(!validateEarlierBlocks('nope').ok);
});

const muchStiffer = (p: Plan) =>
  everySession(p, { effort: 6, painDuring: 6, nextMorning: { pain: 6, stiffness: 'much-more' } });
const setsOf = (p: Plan, week: number, drill: string) => {
  const loaded = p.weeks[week - 1].sessions.filter((s) => s.kind === 'loaded');
  return loaded[loaded.length - 1].drills.find((d) => d.drill === drill)?.left.sets;
};

test('C43: a block that ended in pain hands on its reduced dose, holds it four weeks and suggests a physio', () => {
  const p2 = nextPlan(retest(b1), [b1], muchStiffer(p1));
  assert.equal(p2.block.start, 'held-in-pain');
  // Every session went badly: block 1 stepped back a set after its first session (C39) and, worse again after the
  // second, held a set lower still (C49): 1 set of 3. Block 2 keeps both sets off in every week and adds nothing.
  assert.equal(setsOf(p1, 1, 'single-leg-heel-raise'), 3);
  for (const w of [1, 2, 3, 4]) assert.equal(setsOf(p2, w, 'single-leg-heel-raise'), 1, `week ${w}`);
  assert.deepEqual(work(p2, 4), work(p2, 1));
  assert.ok(p2.weeks.slice(1).every((w) => w.change.reason.id === 'change.held-pain'));
  const flag = p2.summary.flags.find((f) => f.id === 'flag.block-ended-in-pain');
  assert.ok(flag);
  assert.match(say(flag), /physiotherapist/);
});

test('C42: after a retest that fell the block starts again from the new counts, no heavier, and holds', () => {
  const p2 = nextPlan(retest(b1, { straightKnee: { left: 26, right: 17 } }), [b1]);
  assert.equal(p2.block.start, 'afresh-after-drop');
  assert.ok(p2.weeks.slice(1).every((w) => w.change.reason.id === 'change.held-drop'));
  assert.ok(!work(p2, 1).includes('eccentric-drop-straight'), 'back on the floor, not off the step');
  for (const side of ['left', 'right'] as const)
    assert.ok(p2.weeks[0].volume.loadIndex[side] <= p1.weeks[3].volume.loadIndex[side] + 1e-6, side);
  // Never heavier, even where the fallen side's extra set (rule 5) would add up to 10% (physiotherapist's read: the
  // right side, 25 -> 18, went from 162 to 176).
  const fell = nextPlan(
    retest(b1, {
      straightKnee: { left: 28, right: 18 },
      bentKnee: { left: 24, right: 17 },
      hopTest: { left: 33, right: 28, pain: 0 },
    }),
    [b1],
  );
  assert.equal(fell.block.start, 'afresh-after-drop');
  // A held block suggests no new drill (it offered drops off a step, which C42 rules out until the side is back).
  assert.deepEqual(fell.summary.keepGoing.nextDrills, []);
  for (const side of ['left', 'right'] as const)
    assert.ok(
      fell.weeks[0].volume.loadIndex[side] <= p1.weeks[3].volume.loadIndex[side] + 1e-6,
      `${side}: ${fell.weeks[0].volume.loadIndex[side]} after ${p1.weeks[3].volume.loadIndex[side]}`,
    );
});

test('C41: weighted raises start only when two tests in a row reach 30 on both sides', () => {
  const rm = (p: Plan) =>
    p.weeks[0].sessions.some((s) =>
      s.drills.some((d) => d.drill !== 'seated-soleus-raise' && d.load?.kind === 'repetition-maximum'),
    );
  const b2 = retest(b1, { straightKnee: { left: 31, right: 32 } });
  assert.equal(rm(nextPlan(b2, [b1])), false, 'one test at 31/32 after 26/25 may be noise');
  const b3 = retest(b2);
  assert.equal(rm(nextPlan(b3, [b1, b2])), true, 'a second test over 30 confirms it');
});

test('C41: tendon pain now at the retest keeps hops out of the next block', () => {
  const sore = retest(b1, { painNow: 4, painLocations: ['achilles-midportion'] });
  const p2 = nextPlan(sore, [b1]);
  const all = p2.weeks.flatMap((w) => w.sessions.flatMap((s) => s.drills.map((d) => d.drill)));
  assert.ok(!all.some((d) => d.includes('hops')), all.join(', '));
});

test('C30: no session of a later block runs over 35 minutes', () => {
  fc.assert(
    fc.property(validBaseline, fc.integer({ min: -4, max: 8 }), (b, d) => {
      fc.pre(createPlan(b).ok);
      const again = retest(b, {
        straightKnee: {
          left: Math.max(0, Math.min(150, b.straightKnee.left + d)),
          right: Math.max(0, Math.min(150, b.straightKnee.right + d)),
        },
      });
      const r = next(again, [b]);
      fc.pre(r.kind === 'plan');
      for (const w of r.weeks) for (const s of w.sessions) assert.ok(s.minutes <= 35, `${s.kind} ${s.minutes} min`);
    }),
    { numRuns: 200, seed: 30 },
  );
});

/** The straight-knee drill's reps per side in the last loaded session of week `week`. */
const straightReps = (p: Plan, week: number) => {
  const loaded = p.weeks[week - 1].sessions.filter((s) => s.kind === 'loaded');
  const d = loaded[loaded.length - 1].drills.find((x) => DRILL_CATALOG[x.drill].knee === 'straight');
  return [d?.left.reps, d?.right.reps];
};
const up = retest(b1, { straightKnee: { left: 29, right: 28 }, bentKnee: { left: 25, right: 24 } });

test('R8: a block whose last week said "repeat" starts the next on the reps reached; the retest raises them only after good weeks', () => {
  const good = everySession(p1, {});
  const stiffer = good.map((e) => (e.week === 4 ? { ...e, nextMorning: { pain: 1, stiffness: 'more' as const } } : e));
  const reached = straightReps(p1, 4);
  // All good: the retest's higher counts raise week 1's reps (C41).
  assert.ok(straightReps(nextPlan(up, [b1], good), 1).some((r, i) => (r ?? 0) > (reached[i] ?? 0)));
  // Week 4's mornings were not back to usual (physiotherapist's read: block 2 still added reps and kept hops).
  const p2 = nextPlan(up, [b1], stiffer);
  assert.deepEqual(straightReps(p2, 1), reached);
  const reason = p2.weeks[0].change.reason;
  assert.ok(reason.id === 'change.resume' && reason.kept === 'repeat');
  assert.match(say(reason), /repeats the dose your last block ended on/);
  assert.ok(p2.weeks[0].change.ruleIds.includes('R8'));
});

test('R8: a skipped last session is not stiffness: the next block is not said to repeat for the mornings', () => {
  const last = p1.weeks[3].sessions.filter((s) => s.kind === 'loaded').at(-1);
  const log = everySession(p1, {}).map((e) =>
    e.date === last?.date
      ? { ...e, status: 'skipped' as const, effort: null, painDuring: null, nextMorning: undefined }
      : e,
  );
  const reason = nextPlan(up, [b1], log).weeks[0].change.reason;
  assert.ok(reason.id === 'change.resume' && reason.kept !== 'repeat', 'review: it said "left you stiffer or sorer"');
});

test('C43: a block whose last morning stepped it back starts the next on that lower dose and builds; C49 counts on', () => {
  // Physiotherapist's reads: one bad session at the end of a block held the next four weeks and asked for a check, where
  // within a block a check needs two bad sessions in a row (C49); a good session after it changed nothing.
  const [mon, fri] = p1.weeks[3].sessions.filter((s) => s.kind === 'loaded');
  const worse = { nextMorning: { pain: 3, stiffness: 'much-more' as const } };
  const badOn = (...dates: string[]) =>
    everySession(p1, {}).map((e) => (dates.includes(e.date) ? { ...e, ...worse } : e));
  for (const [log, last] of [
    [badOn(fri.date), 'bad'],
    [badOn(mon.date), 'good'],
  ] as const) {
    const p2 = nextPlan(up, [b1], log);
    assert.equal(p2.block.start, 'resumed', `last session ${last}`);
    for (const w of [1, 2, 3, 4])
      for (const [i, r] of straightReps(p2, w).entries())
        assert.ok((r ?? 0) <= (straightReps(p1, 3)[i] ?? 0), `week ${w}: ${r} reps, above week 3's dose`);
    const reason = p2.weeks[0].change.reason;
    assert.ok(reason.id === 'change.resume' && reason.kept === 'stepped');
    assert.match(
      say(reason),
      /^Week 1 starts from the lower dose your last block stepped back to after pain or stiffness, and adds nothing new/,
    );
    assert.ok(p2.weeks[0].change.ruleIds.includes('C43'));
    assert.ok(!p2.summary.flags.some((f) => f.id === 'flag.block-ended-in-pain'));
    assert.ok(p2.weeks.slice(1).every((w) => w.change.reason.id !== 'change.held-pain'));
    assert.ok(
      p2.weeks.slice(1).some((w) => w.change.variable !== null),
      'a later week takes a step',
    );
    // Only a bad last session is said to count with the next one.
    assert.equal(/two in a row, and the plan holds its dose and asks for a check/.test(say(reason)), last === 'bad');
  }
  // The last session bad and block 2's first bad too: two in a row across the retest, so C49 holds and asks.
  const first = nextPlan(up, [b1], badOn(fri.date)).weeks[0].sessions.find((s) => s.kind === 'loaded');
  assert.ok(first);
  const log = [
    ...badOn(fri.date),
    { date: first.date, week: 5, session: 1, status: 'done' as const, effort: 5, painDuring: 6 },
  ];
  const r = createPlan(up, { log: { version: 1, entries: log }, today: addDays(first.date, 3), earlier: [b1] });
  assert.ok(r.ok && r.result.kind === 'plan');
  const p2 = r.result;
  assert.ok(p2.summary.flags.some((f) => f.id === 'flag.worse-again'));
  assert.ok(!p2.summary.flags.some((f) => f.id === 'flag.block-ended-in-pain'), 'one note, not two (second read)');
});

test('C43: a block held after pain keeps raises on both legs even when the retest would move them onto one', () => {
  const b2 = fixture('example-2-total-beginner');
  const q1 = plan(b2);
  const strength = (p: Plan) =>
    p.weeks[0].sessions
      .filter((s) => s.kind === 'loaded')
      .flatMap((s) => s.drills)
      .filter((d) => DRILL_CATALOG[d.drill].kind === 'strength' && d.stance !== 'none');
  assert.ok(
    strength(q1).some((d) => d.stance === 'double'),
    'block 1 raises on both legs',
  );
  const up2 = retest(b2, { straightKnee: { left: 18, right: 18 }, bentKnee: { left: 16, right: 16 } });
  // After good weeks the retest moves them onto one leg (C3); after a block that ended in pain it does not (review: it
  // did, while week 1 said it kept the dose).
  assert.ok(strength(nextPlan(up2, [b2], everySession(q1, {}))).every((d) => d.stance !== 'double'));
  const held = nextPlan(up2, [b2], muchStiffer(q1));
  assert.equal(held.block.start, 'held-in-pain');
  assert.ok(strength(held).some((d) => d.stance === 'double'));
});

test('C8, R19: strides the first block did not reach come in the next block, as its after-week-4 advice says', () => {
  assert.deepEqual(p1.summary.keepGoing.unreached, ['running-integration']);
  const text = keepGoingText(p1.summary.keepGoing);
  assert.match(text, /already allows strides, which these four weeks did not get to: the weeks after your retest/);
  const p2 = nextPlan(retest(b1), [b1], everySession(p1, { nextMorning: { pain: 0, stiffness: 'usual' } }));
  const strides = p2.summary.gates.find((g) => g.id === 'running-integration');
  assert.ok(strides?.status === 'open' && strides.usedFromWeek !== null, 'block 2 never brought the strides in');
  assert.deepEqual(p2.summary.keepGoing.unreached, []);
});

test('The text plan calls week 1 the start, not "Change: none", in the first block and after a retest', () => {
  const p2 = nextPlan(retest(b1), [b1], everySession(p1, {}));
  for (const p of [p1, p2]) {
    const week1 = formatText(p)
      .split('\n')
      .find((l) => l.trim().startsWith('Change:'));
    assert.match(week1 ?? '', /^ {2}Change: start\. /);
  }
});

test('C41: a raise done for the first time in a block starts at body weight, not with the steps a seated raise earned', () => {
  // Physio read: block 1 held the standing raise back for a sore tendon (rule 12's holds) and stepped only the seated
  // weight up; block 2 (pain gone) put its single-leg raise, never done before, under a backpack from week 1.
  const sore = { ...b1, painNow: 3, painLocations: ['achilles-midportion' as const] };
  const q1 = plan(sore);
  assert.ok(!q1.weeks.some((w) => w.sessions.some((s) => s.drills.some((d) => d.drill === 'single-leg-heel-raise'))));
  const q2 = nextPlan(retest(sore, { painNow: 0, painLocations: [] }), [sore], everySession(q1, {}));
  const raise = q2.weeks[0].sessions
    .find((s) => s.kind === 'loaded')
    ?.drills.find((d) => d.drill === 'single-leg-heel-raise');
  assert.ok(raise, 'block 2 brings the single-leg raise in');
  assert.equal(raise.load, null, 'no backpack on a raise done for the first time');
  // The seated raise keeps the weight it really earned.
  const seated = q2.weeks[0].sessions
    .find((s) => s.kind === 'loaded')
    ?.drills.find((d) => d.drill === 'seated-soleus-raise');
  // (Block 1's first load week took its new weight to the 15RM, C33; the second added one 2-10% step.)
  const earned = q1.weeks[3].sessions
    .find((s) => s.kind === 'loaded')
    ?.drills.find((d) => d.drill === 'seated-soleus-raise')?.load;
  assert.ok(earned?.kind === 'repetition-maximum' && earned.steps === 1);
  assert.ok(seated?.load?.kind === 'repetition-maximum' && seated.load.steps === earned.steps);
});

test('C42, C43: a held block does not promise strides after week 4; what comes next waits for a retest', () => {
  // Physio read: after a fall the after-week-4 advice still said "your numbers already allow strides".
  const p2 = nextPlan(retest(b1, { straightKnee: { left: 26, right: 17 } }), [b1]);
  assert.equal(p2.summary.keepGoing.waits, 'retest');
  const text = keepGoingText(p2.summary.keepGoing);
  assert.match(text, /This block holds its dose .* wait for a retest that shows your calf back/);
  assert.doesNotMatch(text, /already allow/);
  assert.equal(p1.summary.keepGoing.waits, undefined);
});

test('R9 C31 one session a week with a seated raise: week 1 keeps the dose as done, so weeks 2 and 4 step up', () => {
  // Physiotherapist's read: the reps of a standing bent-knee raise the loaded seated raise stands in for (C31) rose
  // with the retest, which counted week 1 as a change though the runner's session was the same: its week 2 held, and
  // one dose ran three sessions in a row.
  const strong: Baseline = {
    ...b1,
    sessionsPerWeek: 1,
    equipment: ['step', 'weights'],
    straightKnee: { left: 34, right: 33 },
    bentKnee: { left: 30, right: 29 },
  };
  const second = nextPlan(
    retest(strong, { straightKnee: { left: 40, right: 39 }, bentKnee: { left: 36, right: 35 } }),
    [strong],
  );
  const dose = (p: Plan, w: number) =>
    JSON.stringify(
      p.weeks[w].sessions
        .filter((s) => s.kind === 'loaded')
        .flatMap((s) => s.drills.map((d) => [d.drill, d.left, d.right, d.load, d.tempo])),
    );
  assert.equal(dose(second, 0), dose(plan(strong), 3), 'the case: week 1 keeps the dose block 1 ended on');
  assert.deepEqual(
    second.weeks.map((w) => w.change.reason.id === 'change.held'),
    [false, false, true, false],
  );
  assert.notEqual(dose(second, 1), dose(second, 0));
});

test('R9 one session a week: a block whose week 1 keeps the dose steps up in weeks 2 and 4', () => {
  // Physio read: block 1 holds weeks 2 and 4; block 2's week 1 re-set to the same dose, and its week 2 held again, so
  // sessions 4, 5 and 6 were the same: the dose stepped every fourth session, not every second (rule 9).
  const a: Baseline = { ...b1, sessionsPerWeek: 1 };
  const first = plan(a);
  const second = nextPlan(retest(a, { straightKnee: { left: 33, right: 32 }, bentKnee: { left: 28, right: 27 } }), [a]);
  const dose = (p: Plan, w: number) =>
    JSON.stringify(
      p.weeks[w].sessions
        .filter((s) => s.kind === 'loaded')
        .flatMap((s) => s.drills.map((d) => [d.drill, d.left, d.right, d.load, d.tempo])),
    );
  assert.equal(dose(second, 0), dose(first, 3), 'the case: week 1 of block 2 keeps the dose block 1 ended on');
  assert.deepEqual(
    second.weeks.map((w) => w.change.reason.id === 'change.held'),
    [false, false, true, false],
  );
  // From the retest on, the dose changes every second session again: week 1 (a repeat), week 2 a step, week 3 a
  // repeat, week 4 a step. (Block 1's week 3, its held week 4 and this week 1 are still alike: week 1 re-sets from the
  // retest, and with no gain to show it keeps the dose. Left for the re-set itself to take the step.)
  assert.notEqual(dose(second, 1), dose(second, 0));
  assert.equal(dose(second, 2), dose(second, 1));
  assert.notEqual(dose(second, 3), dose(second, 2));
  // Two sessions a week keep the usual weeks: nothing held.
  const twice = nextPlan(retest(b1), [b1]);
  assert.ok(twice.weeks.every((w) => w.change.reason.id !== 'change.held'));
});
