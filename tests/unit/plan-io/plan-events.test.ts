import assert from 'node:assert/strict';
import { test } from 'node:test';
import ICAL from 'ical.js';
import {
  createPlan,
  sideDoseText as doseText,
  drillDose,
  exampleBaseline,
  type Plan,
} from '../../../src/domain/index.ts';
import { toIcs } from '../../../src/lib/plan-io/ics.ts';
import { planEvents } from '../../../src/lib/plan-io/plan-events.ts';
import big from '../../fixtures/baselines/example-3-big-asymmetry.json' with { type: 'json' };
import { STRIDES_AFTER_RUN, sameCountBlocks } from '../domain/helpers.ts';

const planOf = (input: unknown): Plan => {
  const r = createPlan(input);
  assert.ok(r.ok && r.result.kind === 'plan');
  return r.result;
};

test('doses read per side, with the weaker side first and the extra set shown', () => {
  assert.equal(doseText({ sets: 3, reps: 12, seconds: null, contacts: null }), '3\u00a0×\u00a012');
  assert.equal(doseText({ sets: 5, reps: null, seconds: 45, contacts: null }), '5\u00a0×\u00a045 s');
  assert.equal(doseText({ sets: 3, reps: null, seconds: null, contacts: 10 }), '3\u00a0×\u00a010 landings');
  assert.equal(doseText({ sets: 0, reps: 12, seconds: null, contacts: null }), '');
  const drills = planOf(big).weeks[0].sessions[0].drills;
  const perLeg = drills.filter((d) => d.stance === 'single' && d.left.sets !== d.right.sets);
  assert.ok(perLeg.length > 0);
  for (const d of perLeg.filter((x) => x.left.sets > 0 && x.right.sets > 0))
    assert.match(drillDose(d), /right side first$/);
  // A drill for one side alone (rule 5's lone extra hold) names that side, with no "first" (physiotherapist's read:
  // "right 1 × 30 s, right side first").
  const lone = { ...perLeg[0], left: { ...perLeg[0].left, sets: 0 }, firstSide: 'right' as const };
  assert.equal(drillDose(lone), `right ${doseText(lone.right)} only`);
});

test('one calendar event per session, on its date, with doses, readiness checks and the plan link, then the retest', () => {
  const plan = planOf(exampleBaseline);
  const url = 'https://pushoff.example/plan/#plan=v1.abc';
  const events = planEvents(plan, { 'single-leg-heel-raise': 'Single-leg heel raise' }, url);
  const sessions = plan.weeks.flatMap((w) => w.sessions);
  assert.equal(events.length, sessions.length + 1);
  assert.deepEqual(
    events.map((e) => e.date),
    [...sessions.map((s) => s.date), plan.summary.retest.date],
  );
  assert.equal(new Set(events.map((e) => e.uid)).size, events.length);
  const ics = toIcs(events, { name: 'Pushoff plan', stamp: '20250303T000000Z', domain: 'pushoff.example' });
  const parsed = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(parsed.length, sessions.length + 1);
  assert.match(
    parsed[0].description,
    /Single-leg heel raise: left 3\u00a0×\u00a013, right 3\u00a0×\u00a012, right side first/,
  );
  assert.match(parsed[0].description, /Checks before, during and after the session:\n- Before you start/); // pain traffic light, rule 7
  assert.match(parsed[0].description, /Your plan: https:\/\/pushoff\.example\/plan\/#plan=v1\.abc$/);
  assert.equal(parsed.at(-1)!.summary, 'Pushoff: retest your heel raises');
  assert.match(parsed.at(-1)!.description, /1\. Warm up with 10 raises/);
});

test('event ids name the day, so a changed plan imported again updates that day instead of adding one', () => {
  const twice = planEvents(planOf({ ...exampleBaseline, sessionsPerWeek: 3 }), {}, 'u');
  const once = planEvents(planOf(exampleBaseline), {}, 'u');
  const byDate = (es: typeof once) => new Map(es.map((e) => [e.date, e.uid]));
  const a = byDate(once);
  for (const [date, uid] of byDate(twice)) if (a.has(date)) assert.equal(a.get(date), uid, date);
});

test('C16 strides after an easy run get an all-day event on each chosen day, with their dose', () => {
  const plan = sameCountBlocks(STRIDES_AFTER_RUN, 2)[1]; // week 4: strides after the easy runs on Tue 22 and Sat 26 April
  const events = planEvents(plan, {}, 'u');
  const strides = events.filter((e) => e.summary === 'Pushoff: strides after your easy run');
  assert.deepEqual(
    strides.map((e) => [e.uid, e.date, e.minutes]),
    [
      ['strides-2025-04-22', '2025-04-22', undefined],
      ['strides-2025-04-26', '2025-04-26', undefined],
    ],
  );
  assert.equal(new Set(events.map((e) => e.uid)).size, events.length);
  const ics = toIcs(events, {
    name: 'Pushoff plan',
    stamp: '20250303T000000Z',
    domain: 'pushoff.example',
    time: '07:00',
  });
  const parsed = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const e = parsed.find((x) => x.summary === 'Pushoff: strides after your easy run');
  assert.ok(e?.startDate.isDate, 'all day');
  assert.match(e.description, /^Strides: 4\u00a0×\u00a020 s, .* on Tue and Sat .*walk about 60 s between them\./);
  assert.match(e.description, /Skip them if your calf, Achilles or heel hurt during the run/);
  // A plan without strides after a run has no such event.
  assert.ok(!planEvents(planOf(exampleBaseline), {}, 'u').some((x) => x.uid.startsWith('strides-')));
});

test('a week that follows the training log says so in its events, once (rule 8)', () => {
  // Week 1's last morning was stiffer: week 2 repeats week 1, and weeks 3-4 go on one step a week from there.
  const b = exampleBaseline;
  const p1 = planOf(b);
  const w1 = p1.weeks[0].sessions.map((s) => s.date);
  const entries = w1.map((date, i) => ({
    date,
    week: 1,
    session: i + 1,
    status: 'done' as const,
    effort: 5,
    painDuring: 0,
    nextMorning: { pain: 0, stiffness: i === w1.length - 1 ? ('more' as const) : ('usual' as const) },
  }));
  const r = createPlan(b, { log: { version: 1, entries }, today: p1.weeks[1].startDate });
  assert.ok(r.ok && r.result.kind === 'plan');
  const w3 = r.result.weeks[2];
  assert.equal(w3.adjustment?.action, 'go-on');
  const e = planEvents(r.result, {}, 'u').find((x) => x.date === w3.sessions[0].date);
  assert.match(
    e?.description ?? '',
    /^Week 3: .*\nThis week follows your log\. One step on from last week, so this week does the dose first planned for week 2\./,
  );
  assert.equal(e?.description.match(/follows your log/gi)?.length, 1);
});
