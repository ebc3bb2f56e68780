// Pure helpers behind two plan views (issue 13): the four weeks at a glance (sessions and runs per day) and the
// table of what changes week to week for each leg.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayStatus, glance } from '../../../src/components/plan/glance.ts';
import { weekChanges } from '../../../src/components/plan/week-changes.ts';
import { createPlan, validateBaseline as validate } from '../../../src/domain/index.ts';
import { checkIn, fixture, plan } from '../domain/helpers.ts';

const b1 = fixture('example-1-average-runner');
const p1 = plan(b1);

test('the glance has four weeks of seven consecutive days, each calf session on its own date', () => {
  const g = glance(p1, validateOk(b1));
  assert.equal(g.length, 4);
  const days = g.flatMap((w) => w.days);
  assert.equal(days.length, 28);
  assert.equal(days[0].date, p1.startDate);
  assert.equal(days[27].date, p1.endDate);
  for (const w of p1.weeks)
    for (const s of w.sessions) {
      const d = days.find((x) => x.date === s.date);
      assert.ok(d?.sessions.includes(s.kind), `${s.date} shows its ${s.kind} session`);
      assert.equal(d?.weekday, s.weekday);
    }
  const sessionsShown = days.reduce((n, d) => n + d.sessions.length, 0);
  assert.equal(
    sessionsShown,
    p1.weeks.reduce((n, w) => n + w.sessions.length, 0),
  );
});

test("the glance puts the runner's runs on their days: the long run, the hard session, easy runs, rest", () => {
  const week = glance(p1, validateOk(b1))[0].days;
  const on = (wd: string) => week.find((d) => d.weekday === wd)?.run;
  assert.equal(on('sun'), 'long');
  assert.equal(on('thu'), 'hard');
  assert.equal(on('tue'), 'easy');
  assert.equal(on('mon'), null);
});

test('the glance marks the easy runs that strides follow (C16), and no other day', async () => {
  const { STRIDES_AFTER_RUN, sameCountBlocks } = await import('../domain/helpers.ts');
  const b2 = sameCountBlocks(STRIDES_AFTER_RUN, 2)[1];
  const dates = b2.weeks.flatMap((w) => w.notes.flatMap((n) => (n.id === 'week.strides-run' ? n.dates : [])));
  assert.ok(dates.length > 0);
  const days = glance(b2, validateOk(STRIDES_AFTER_RUN)).flatMap((w) => w.days);
  assert.deepEqual(
    days.filter((d) => d.strides).map((d) => d.date),
    dates,
  );
  assert.ok(days.filter((d) => d.strides).every((d) => d.run === 'easy'));
  assert.ok(
    glance(p1, validateOk(b1)).every((w) => w.days.every((d) => !d.strides)),
    'none without strides after a run',
  );
});

test('week 1 shows where each leg starts; later weeks list only what differs from the week before', () => {
  const c = weekChanges(p1);
  assert.equal(c.length, 4);
  assert.equal(c[0].left.length, 1);
  assert.equal(c[0].right.length, 1);
  assert.equal(c[0].left[0].drill, 'single-leg-heel-raise');
  for (let i = 1; i < 4; i++) {
    const before = p1.weeks[i - 1].sessions.find((s) => s.kind === 'loaded');
    for (const side of ['left', 'right'] as const)
      for (const l of c[i][side]) {
        const prev = before?.drills.find((d) => d.drill === l.drill);
        if (l.isNew) assert.ok(!prev || prev[side].sets === 0, `${l.drill} is really new in week ${i + 1}`);
        else assert.notDeepEqual([prev?.[side], prev?.tempo, prev?.load], [l.dose[side], l.dose.tempo, l.dose.load]);
      }
    // A week with a change shows it on at least one leg.
    if (p1.weeks[i].change.variable) assert.ok(c[i].left.length + c[i].right.length > 0, `week ${i + 1}`);
  }
});

test('a big asymmetry shows each leg its own dose', () => {
  const c = weekChanges(plan(fixture('example-3-big-asymmetry')));
  const [left, right] = [c[0].left[0], c[0].right[0]];
  assert.notDeepEqual(left.dose.left, right.dose.right);
});

test('a load week whose sets and reps read the same says the weight is new, and only where the weight changed', () => {
  // Phone review: the week-by-week table repeated "Loaded seated soleus raise 3 × 15" in load weeks, word for word.
  // Achilles pain 4/10: rule 12's holds and the seated raise, whose week-3 change is its weight alone (C33).
  const p = plan(fixture('achilles-midportion-pain-4'));
  const c = weekChanges(p);
  const loadWeeks = p.weeks.filter((w) => w.change.variable === 'load').map((w) => w.number);
  assert.ok(loadWeeks.length > 0, 'the case has a load week');
  for (const n of loadWeeks) {
    const lines = [...c[n - 1].left, ...c[n - 1].right];
    assert.ok(
      lines.some((l) => l.reweighed),
      `week ${n} names a new weight`,
    );
  }
  for (const w of c)
    for (const l of [...w.left, ...w.right])
      if (l.reweighed) {
        const before = p.weeks[w.week.number - 2].sessions.find((s) => s.kind === 'loaded');
        const prev = before?.drills.find((d) => d.drill === l.drill);
        assert.notDeepEqual(prev?.load, l.dose.load, `${l.drill}: the weight really changed`);
      }
});

test("week 1's line is the week's dose, not a first session cut for that day's pain (C35)", () => {
  // Pain 4/10 today: the plan's first session takes a set off; the week's other sessions, and week 2, have the full dose.
  const p = plan(fixture('achilles-midportion-pain-4'));
  const [first, ...rest] = p.weeks[0].sessions.filter((s) => s.kind === 'loaded');
  assert.ok(
    first.notes.some((n) => n.id === 'session.pain-today') && rest.length > 0,
    'the case has a cut first session',
  );
  const c = weekChanges(p);
  for (const side of ['left', 'right'] as const)
    for (const l of c[0][side]) {
      const full = rest[0].drills.find((d) => d.drill === l.drill);
      assert.deepEqual(l.dose[side], full?.[side], `${l.drill}, ${side}: the full dose`);
    }
  assert.ok(c[0].left.length + c[0].right.length > 0);
});

function validateOk(x: unknown) {
  const r = validate(x);
  assert.ok(r.ok);
  return r.value;
}

test('a day on the glance shows its least done check-in: skipped before partly before done', () => {
  const at = (date: string, status: 'done' | 'partly' | 'skipped', session = 1) => ({
    date,
    week: 1,
    session,
    status,
    effort: null,
    painDuring: null,
  });
  const entries = [at('2025-03-03', 'done'), at('2025-03-05', 'done', 1), at('2025-03-05', 'skipped', 2)];
  assert.equal(dayStatus(entries, '2025-03-03'), 'done');
  // A day with a done and a skipped check-in (a loaded and a heel-raise session) is not marked done.
  assert.equal(dayStatus(entries, '2025-03-05'), 'skipped');
  assert.equal(dayStatus([at('2025-03-07', 'done'), at('2025-03-07', 'partly', 2)], '2025-03-07'), 'partly');
  assert.equal(dayStatus(entries, '2025-03-04'), null);
});

test('R7 C39 the glance marks the calf sessions a check-in stepped back, and no day before them or as planned', () => {
  const w1 = p1.weeks[0];
  const [first] = w1.sessions;
  const USUAL = { nextMorning: { pain: 0, stiffness: 'usual' as const } };
  // Pain during 7/10 on Monday, answered on Tuesday (a session counts once its day is over).
  const log = { version: 1 as const, entries: [checkIn(first.date, 1, 1, { ...USUAL, painDuring: 7 })] };
  const r = createPlan(b1, { log, today: w1.sessions[1].date });
  assert.ok(r.ok && r.result.kind === 'plan');
  const days = glance(r.result, validateOk(b1))[0].days;
  const calfAfter = days.filter((d) => d.date > first.date && d.sessions.some((k) => k !== 'activation'));
  assert.ok(calfAfter.length > 0, 'week 1 has calf sessions after the first');
  assert.ok(calfAfter.every((d) => d.lighter));
  assert.ok(days.filter((d) => d.date <= first.date || d.sessions.length === 0).every((d) => !d.lighter));
  // With no log, nothing is lighter.
  assert.ok(glance(p1, validateOk(b1)).every((w) => w.days.every((d) => !d.lighter)));
  // A week the log steps back as a whole (week 1's last loaded session left a much worse morning) marks its calf days.
  const lastLoaded = w1.sessions.filter((x) => x.kind === 'loaded').at(-1)?.date;
  const all = w1.sessions.map((x, i) =>
    checkIn(x.date, 1, i + 1, x.date === lastLoaded ? { nextMorning: { pain: 1, stiffness: 'much-more' } } : USUAL),
  );
  const r2 = createPlan(b1, { log: { version: 1, entries: all }, today: p1.weeks[1].startDate });
  assert.ok(r2.ok && r2.result.kind === 'plan');
  assert.equal(r2.result.weeks[1].adjustment?.action, 'step-back');
  const week2 = glance(r2.result, validateOk(b1))[1].days;
  assert.deepEqual(
    week2.map((d) => d.lighter),
    week2.map((d) => d.sessions.some((k) => k !== 'activation')),
  );
});
