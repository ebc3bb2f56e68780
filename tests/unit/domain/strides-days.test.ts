// C16, C30: strides that do not fit the loaded session follow an easy run, and the plan names the days: the runner's
// run days that are neither the long run nor a hard day, at most one per calf session, away from a calf session and
// the day after it where the week allows (prescribe/strides-days.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  type Baseline,
  createPlan,
  type Note,
  type PhraseOf,
  type Plan,
  say,
  WEEKDAYS,
} from '../../../src/domain/index.ts';
import { addDays, chooseDays, weekdayOf } from '../../../src/domain/prescribe/schedule.ts';
import { stridesRunDates } from '../../../src/domain/prescribe/strides-days.ts';
import {
  base,
  HOPS_MAKE_ROOM,
  plan,
  RUNS_ON_CALF_DAYS,
  STRIDES,
  STRIDES_AFTER_RUN,
  sameCountBlocks,
  validBaseline,
} from './helpers.ts';

const RUNNER = STRIDES_AFTER_RUN;

type RunNote = Note<PhraseOf<'week.strides-run'>>;
const runNotes = (p: Plan) =>
  p.weeks.flatMap((w) => w.notes.filter((n): n is RunNote => n.id === 'week.strides-run').map((n) => ({ w, n })));

test('C16 strides after an easy run fall on easy run days of their own week, never the long run or a hard day', () => {
  const plans = sameCountBlocks(RUNNER, 3);
  const found = plans.flatMap(runNotes);
  assert.ok(found.length >= 5, 'block 2 week 4 and every week of block 3');
  for (const { w, n } of found) {
    assert.equal(n.dates.length, n.times, `${w.startDate}: as often as the calf sessions`);
    // C30 when the session had no room; this runner's calf days have no run, so that is the reason here (C16).
    assert.ok(n.ruleIds.includes('C16') && n.ruleIds.includes('C30') === (n.why === 'room'));
    assert.equal(n.why, 'no-runs', 'no calf day of this runner is a run day');
    for (const d of n.dates) {
      assert.ok(d >= w.startDate && d <= w.endDate, `${d} in the week of ${w.startDate}`);
      const day = weekdayOf(d);
      assert.ok(RUNNER.runDays.includes(day) && day !== RUNNER.longRunDay && !RUNNER.hardDays.includes(day), d);
      assert.ok(!w.sessions.some((s) => s.date === d && s.kind === 'loaded'), `${d} is not a loaded session's day`);
    }
  }
  const w4 = found.find(({ w }) => w.startDate === '2025-04-21');
  assert.deepEqual(w4?.n.dates, ['2025-04-22', '2025-04-26']);
  assert.match(
    say(w4.n),
    /at the end of your easy runs on Tue and Sat \(not a long or hard one\), up to 2 times this week/,
  );
  // The same answers give the same days.
  assert.deepEqual(sameCountBlocks(RUNNER, 3).flatMap(runNotes), found);
});

test('C16 with fewer easy runs than calf sessions the strides take the ones there are; with none the note says so', () => {
  const week4 = (b: Baseline) => runNotes(sameCountBlocks(b, 2)[1]).find(({ w }) => w.number === 4)?.n;
  const one = week4({ ...RUNNER, runDays: ['tue', 'thu', 'sun'] });
  assert.deepEqual([one?.dates, one?.times], [['2025-04-22'], 2]);
  assert.match(
    say(one as RunNote),
    /at the end of your easy run on Tue \(not a long or hard one\), the only easy run in your week;/,
  );
  assert.doesNotMatch(say(one as RunNote), /no easy run/i);
  const none = week4({ ...RUNNER, runDays: ['thu', 'sun'] });
  assert.deepEqual(none?.dates, []);
  // Physio read: "at the end of an easy run" asked for what this running week cannot give: the note says to leave them.
  assert.match(
    say(none as RunNote),
    /your running week as you gave it has no easy run: leave them out until it has one/,
  );
  assert.doesNotMatch(say(none as RunNote), /4 × 20 s/);
});

test('C16 strides listed in the session get no days after a run', () => {
  const p = plan(STRIDES);
  assert.ok(
    p.weeks[3].sessions.some((s) => s.drills.some((d) => d.drill === 'strides')),
    'strides in week 4',
  );
  assert.deepEqual(runNotes(p), []);
});

test('C16 the days: easy days only, as many as fit, fewest on or after a calf session, deterministic', () => {
  fc.assert(
    fc.property(validBaseline, fc.integer({ min: 0, max: 3 }), (b, week) => {
      const start = addDays(b.startDate, 7 * week);
      const { offsets } = chooseDays(b);
      const dates = stridesRunDates(b, start, offsets, b.sessionsPerWeek);
      assert.deepEqual(stridesRunDates(b, start, offsets, b.sessionsPerWeek), dates);
      const offsetOf = (iso: string) => (WEEKDAYS.indexOf(weekdayOf(iso)) - WEEKDAYS.indexOf(weekdayOf(start)) + 7) % 7;
      const easy = [0, 1, 2, 3, 4, 5, 6].filter((o) => {
        const day = weekdayOf(addDays(start, o));
        return b.runDays.includes(day) && day !== b.longRunDay && !b.hardDays.includes(day);
      });
      assert.equal(dates.length, Math.min(easy.length, b.sessionsPerWeek));
      assert.deepEqual(dates, [...dates].sort(), 'ascending');
      assert.ok(dates.every((d) => easy.includes(offsetOf(d)) && d >= start && d <= addDays(start, 6)));
      // Days on or right after a loaded session only when the easy days that are neither run out.
      const tired = (o: number) => offsets.includes(o) || offsets.includes((o + 6) % 7);
      const fresh = easy.filter((o) => !tired(o)).length;
      assert.equal(dates.filter((d) => tired(offsetOf(d))).length, Math.max(0, dates.length - fresh));
    }),
    { numRuns: 300 },
  );
});

test('C16 a living-plan week that repeats another keeps the strides on its own dates', () => {
  const tests = [RUNNER, { ...RUNNER, startDate: addDays(RUNNER.startDate, 28) }];
  const b3 = { ...RUNNER, startDate: addDays(RUNNER.startDate, 56) };
  const planned = sameCountBlocks(RUNNER, 3)[2];
  // Week 1 logged, its Friday calf session skipped: week 2 repeats week 1's dose (C40), a week later.
  const entries = planned.weeks[0].sessions.map((s, i) => ({
    date: s.date,
    week: 9,
    session: i + 1,
    status: s.date === '2025-05-02' ? ('skipped' as const) : ('done' as const),
    effort: 5,
    painDuring: 0,
    nextMorning: { pain: 0, stiffness: 'usual' as const },
  }));
  const r = createPlan(b3, {
    log: { version: 1, entries },
    today: planned.weeks[1].startDate,
    earlier: tests,
  });
  assert.ok(r.ok && r.result.kind === 'plan');
  const w2 = r.result.weeks[1];
  assert.equal(w2.adjustment?.doses, 1, 'week 2 does week 1');
  const n = runNotes(r.result).find(({ w }) => w === w2)?.n;
  assert.deepEqual(n?.dates, ['2025-05-06', '2025-05-10']);
});

test('C16 a calf session on a day without a run does not list strides: they follow the week’s easy runs instead', () => {
  // Physio read: worked example 1 runs Tue, Thu (hard), Sat, Sun (long) and does its calf sessions on Mon and Fri, so
  // strides listed in those sessions were done cold after the drops, or never.
  const b = base({ straightKnee: { left: 22, right: 21 }, bentKnee: { left: 20, right: 20 } });
  const week4 = plan(b).weeks[3];
  const days = week4.sessions.filter((s) => s.kind === 'loaded').map((s) => s.weekday);
  assert.ok(
    days.every((d) => !b.runDays.includes(d)),
    `calf sessions on ${days}`,
  );
  assert.ok(week4.sessions.every((s) => s.drills.every((d) => d.drill !== 'strides')));
  const note = week4.notes.find((n) => n.id === 'week.strides-run');
  assert.ok(note && note.id === 'week.strides-run');
  assert.deepEqual(
    note.dates.map((d) => weekdayOf(d)),
    ['tue', 'sat'],
  );
  // Physio read: "Not all your calf sessions fall on days you run" was said when none did.
  assert.ok(note.why === 'no-runs' && !note.ruleIds.includes('C30'));
  assert.match(
    say(note),
    /Your calf sessions fall on days you do not run, so strides are not listed in those sessions\./,
  );
  // Tue and Sat follow the Mon and Fri sessions: the note says what to do about that, and only that (no strides day
  // is a calf day).
  assert.ok(note.afterCalf);
  assert.match(say(note), /The day after a calf session, skip them if your calves are still stiff/);
  assert.doesNotMatch(say(note), /On a calf-session day/);
  // With a run on one calf day (Mon) but not the other, "not all" is true.
  const some = plan({ ...b, runDays: [...b.runDays, 'mon'] }).weeks[3].notes.find((n) => n.id === 'week.strides-run');
  assert.ok(some && some.id === 'week.strides-run' && some.why === 'no-run', JSON.stringify(some));
  assert.match(say(some), /Not all your calf sessions fall on days you run/);
  // The same runner with runs on the calf days keeps them in the session (STRIDES).
  assert.ok(plan(STRIDES).weeks[3].sessions.some((s) => s.drills.some((d) => d.drill === 'strides')));
});

test('C16 a week never says the strides leave the session when the week before did not list them', () => {
  // A calf session on a day without a run never lists strides (Profile.stridesInSession), so no later step can "move
  // them to an easy run" to make room: before, the hop and rung sentences said so, and the time they freed was never
  // in the session. The scripted runner (physio-third-open's) has its hops take the strides' time when it runs on its
  // calf days; with worked example 1's running week it does not.
  const listed = (w: Plan['weeks'][number]) =>
    w.sessions.some((s) => s.kind === 'loaded' && s.drills.some((d) => d.drill === 'strides'));
  const b1 = HOPS_MAKE_ROOM;
  const up = { straightKnee: { left: 26, right: 26 }, bentKnee: { left: 23, right: 23 } };
  const runs: Baseline[][] = [
    [
      { ...b1, ...RUNS_ON_CALF_DAYS },
      { ...b1, ...RUNS_ON_CALF_DAYS, ...up },
    ],
    [b1, { ...b1, ...up }],
    ...fc.sample(validBaseline, { numRuns: 300, seed: 42 }).map((b) => [b, b, b]),
  ];
  let moves = 0;
  for (const tests of runs) {
    let before: Plan['weeks'][number] | null = null;
    for (const p of blocksOf(tests)) {
      for (const w of p.weeks) {
        const r = w.change.reason as { stridesOff?: boolean; cut?: string | null };
        if (r.stridesOff || r.cut === 'strides' || r.cut === 'both') {
          moves += 1;
          assert.ok(before && listed(before), `${w.startDate}: strides moved out of a session that had none`);
        }
        for (const x of w.sessions)
          if (x.drills.some((d) => d.drill === 'strides')) assert.ok(tests[0].runDays.includes(x.weekday), x.date);
        before = w;
      }
    }
  }
  assert.ok(moves > 0, 'some strides move out of a session');
});

/** The blocks of these tests (each four weeks after the one before), stopping at the first that is not a plan. */
function blocksOf(tests: Baseline[]): Plan[] {
  const dated = tests.map((t, i) => ({ ...t, startDate: addDays(tests[0].startDate, 28 * i) }));
  const out: Plan[] = [];
  for (const [i, t] of dated.entries()) {
    const r = createPlan(t, { log: { version: 1, entries: [] }, today: t.startDate, earlier: dated.slice(0, i) });
    if (!r.ok || r.result.kind !== 'plan') break;
    out.push(r.result);
  }
  return out;
}

test('C16 a short heel-raise day (C38) counts as a calf day: strides avoid it as they avoid a loaded day', () => {
  // Plantar heel pain: loaded Mon and Fri, the short heel-raise session on Wed; easy runs Tue, Wed and Sat.
  const b = {
    ...RUNNER,
    runDays: ['tue', 'wed', 'thu', 'sat', 'sun'],
    hardDays: ['thu'],
    longRunDay: 'sun',
  } as Baseline;
  const week4 = sameCountBlocks(b, 2)[1].weeks[3];
  const heelDay = week4.sessions.find((s) => s.kind === 'heel-raise')?.date;
  assert.equal(heelDay, '2025-04-23');
  const note = runNotes(sameCountBlocks(b, 2)[1]).find(({ w }) => w.number === 4)?.n;
  assert.ok(note);
  assert.ok(!note.dates.includes(heelDay), `strides on ${note.dates.join(', ')}`);
  assert.deepEqual(note.dates, ['2025-04-22', '2025-04-26']);
});
