// C49 checked before any stop: after two calf sessions in a row went badly the plan asks for a physiotherapist's or
// doctor's check "in the next few days" and holds a lower dose. A runner who has been checked and cleared says so in
// the check-in of the next held session (physiotherapist's read: there was nowhere to say it, so the request stayed at
// the top for the rest of the block and the retest's hop test kept waiting for a check already done).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAsked } from '../../../src/domain/adjust/lighter.ts';
import {
  addDays,
  formatText,
  lighterText,
  morningOf,
  morningText,
  type Plan,
  responseOf,
  type Session,
  say,
  splitClinicianNotes,
  testProtocol,
  weekChecks,
  weekTitle,
} from '../../../src/domain/index.ts';
import { nextCalf } from '../../../src/lib/session/today.ts';
import { clearedPlan, fixture, loadedLog, loadedSessions, loggedPlan, plan, waitingDates } from './helpers.ts';

const b1 = fixture('example-1-average-runner');
const p1 = plan(b1);
const calf = loadedSessions;
const dates = calf(p1).map((s) => s.date); // Mon 3, Fri 7, Mon 10, Fri 14, Mon 17, Fri 21, Mon 24, Fri 28 March
const [, fri7, mon10, fri14, mon17, fri21] = dates;

/** Loaded sessions up to `upTo` logged as done, `bad` ones with a much stiffer morning, `cleared` ones said cleared. */
const logged = (bad: readonly string[], upTo: string, cleared: readonly string[] = []) =>
  clearedPlan(b1, p1, bad, upTo, cleared);
const flagOf = (p: Plan) => p.summary.flags.find((f) => f.id === 'flag.worse-again');
const session = (p: Plan, date: string) => calf(p).find((s) => s.date === date) as Session;

test('C49 checked and cleared after its two: the request leaves the top, the dose stays the held one', () => {
  const asked = logged([fri7, mon10], mon10);
  const p = logged([fri7, mon10], fri14, [fri14]);
  // Until then the request says how to answer it.
  const before = flagOf(asked);
  assert.ok(before);
  assert.match(say(before), /Once they have cleared you to train, tick the box that says so in your next session’s/);
  // What stops them before then is said before it happens (physiotherapist's read).
  assert.match(say(before), /if one goes badly right after another that did, they stop until you have been checked/);
  assert.equal(splitClinicianNotes(asked.summary.flags).clinician.length, 1);
  assert.equal(splitClinicianNotes(p.summary.flags).clinician.length, 0, 'no request at the top once cleared');
  const flag = flagOf(p);
  assert.ok(flag);
  assert.match(
    say(flag),
    /^A physiotherapist or doctor has cleared you to train \(your check-in for Fri 14 Mar says so\) after two calf sessions in a row went badly \(Fri 7 Mar and Mon 10 Mar\), the second already at a lower dose\./,
  );
  assert.match(say(flag), /stop and go back to them: your plan then stops the calf sessions\. /);
  // rules.md's warning signs and the running limit stay with it.
  assert.match(say(flag), /get emergency care now if one calf is swollen, warm and red/);
  assert.match(say(flag), /Run as they advised; if they said nothing about running, keep every run easy/);
  // The clearance lifts the request, not the hold: the same lower dose, no hops, nothing new.
  for (const s of calf(p).filter((x) => x.date > fri14))
    assert.deepEqual(s.drills, session(asked, s.date).drills, s.date);
  assert.deepEqual(waitingDates(p), []);
  for (const w of p.weeks.slice(2)) {
    assert.equal(weekTitle(w), `Week ${w.number}: Lower dose`);
    assert.match(say(w.focus), /^Held: cleared to train after your check/);
    // Every held week's reserve note says it makes nothing harder (second read: week 3 lost it, week 4 had it).
    const reserve = w.notes.find((n) => n.id === 'week.reps-in-reserve');
    assert.ok(reserve, `week ${w.number}`);
    assert.match(say(reserve), /a week that repeats a dose or steps back makes nothing harder\.$/, `week ${w.number}`);
  }
  assert.deepEqual(
    asked.weeks.slice(2).map((w) => weekTitle(w)),
    ['Week 3: Lower dose until checked', 'Week 4: Lower dose until checked'],
  );
  // The retest waits for the check until it is done, then no longer; what follows week 4 goes by the clinician.
  assert.match(testProtocol(asked.summary)[0], /^Only once a physiotherapist or doctor has checked your calf/);
  assert.equal(testProtocol(p.summary)[0], 'Warm up with 10 raises on both legs.');
  assert.match(testProtocol(asked.summary).at(-1) ?? '', /only once a doctor or physiotherapist has checked your calf/);
  assert.match(testProtocol(p.summary).at(-1) ?? '', /only if the physiotherapist or doctor who cleared you agreed/);
  // Being checked is not leave to hop; the next block's hops go by the clinician, as after week 4 (physiotherapist).
  assert.match(testProtocol(asked.summary).at(-1) ?? '', /has checked your calf or Achilles and agreed to it, and/);
  assert.match(testProtocol(asked.summary).at(-1) ?? '', /Whatever it shows, your next block adds no hops\./);
  assert.match(
    testProtocol(p.summary).at(-1) ?? '',
    /Whatever it shows, your next block adds no hops unless the physiotherapist or doctor who cleared you says so\./,
  );
  assert.match(formatText(p), /no heavier step except as the physiotherapist or doctor who cleared you advises/);
  assert.match(formatText(p), /If not, or if pain during went over 5\/10, stop your calf sessions and go back to the/);
  // Week 2 (Mon 10 went badly, Fri 14 cleared) says only the cleared session's next-morning check, not also "repeat
  // this dose next time" (physiotherapist's read: the two contradicted each other).
  // Cleared, the note kept among the plan's notes gives the runs' limits: week 2's step back says its 3/10 too
  // (second physiotherapist's read: "at most 5/10" alone), where before the clearance it pointed to the note at the top.
  assert.match(say(p.weeks[1].change.reason), /at most 5\/10 \(in the calf muscle and the shin, 3\/10\)\.$/);
  assert.match(say(asked.weeks[1].change.reason), /Keep your runs easy as the note at the top says/);
  const mornings = weekChecks(p.weeks[1]).filter((c) => c.id === 'check.next-morning');
  assert.equal(mornings.length, 1);
  assert.match(
    say(mornings[0]),
    /stop your calf sessions and go back to the physiotherapist or doctor who cleared you/,
  );
  assert.equal(weekChecks(asked.weeks[1]).filter((c) => c.id === 'check.next-morning').length, 1);
});

test('C49 checked and cleared: one session that goes badly afterwards stops the calf sessions', () => {
  const p = logged([fri7, mon10, mon17], mon17, [fri14]);
  assert.deepEqual(waitingDates(p), dates.slice(5), 'the sessions after Mon 17 wait for a check');
  const flag = flagOf(p);
  assert.ok(flag);
  assert.match(
    say(flag),
    /^Stop your calf sessions and book a check.*though the second was already at a lower dose, and then you were cleared to train \(Fri 14 Mar\), but the session on Mon 17 Mar, at that lower dose, went badly too:/,
  );
  assert.match(say(flag), /If they clear you to train again, do the dose they give you/);
  assert.equal(splitClinicianNotes(p.summary.flags).clinician.length, 1, 'a request at the top again');
  // The waiting weeks' checks are for after the clearance (physiotherapist's read: "0-3/10 go ahead" under "Calf
  // sessions wait for a check").
  const [, , w2, w3, w4] = formatText(p).split(/\nWeek \d: /);
  assert.match(w3, /\n {2}Check \(once cleared\): Before you start, rate your pain/);
  assert.match(w4, /\n {2}Check \(once cleared\): Next morning/);
  assert.doesNotMatch(w2, /once cleared\)/);
  // Stopped, the gates say why there are no hops (second physiotherapist's read: "while your plan holds its dose").
  assert.match(
    formatText(p),
    /Hops \(plyometrics\): on hold \(no hops while your calf sessions wait for a check, though/,
  );
  // Cleared again: the plan's lower dose went badly since the first clearance, so the clinician's dose comes first,
  // in the note, the weeks, the sessions from the clearance on and today's card (second physiotherapist's read).
  const twice = logged([fri7, mon10, mon17], fri21, [fri14, fri21]);
  const again = flagOf(twice);
  assert.ok(again);
  for (const w of twice.weeks.slice(2)) {
    assert.match(say(w.focus), /you do the dose your physiotherapist or doctor gave you, with no hops/);
    assert.match(say(w.change.reason), /^Takes the dose your physiotherapist or doctor gave you when they cleared you/);
  }
  for (const s of calf(twice).filter((x) => x.date >= fri21)) {
    assert.match(say(s.notes.find((n) => n.id === 'session.held') as never), /^Do this session at the dose your/);
    const w = twice.weeks.find((x) => x.sessions.includes(s));
    assert.ok(w);
    assert.match(lighterText(w, s) ?? '', /^At the dose your physiotherapist or doctor gave you/);
  }
  const e = loadedLog(p1, [], fri21).at(-1);
  assert.ok(e?.nextMorning);
  const next = nextCalf(twice, addDays(fri21, 1), e.week, new Set([fri21]));
  assert.match(
    morningText(morningOf(e.nextMorning, b1.painNow), responseOf(e, b1.painNow), next, undefined, twice.summary),
    /Mon 24 Mar, takes the dose your physiotherapist or doctor gave you, with nothing added/,
  );
  // Mon 17, done at the plan's lower dose after the first clearance, still says so.
  assert.match(say(session(twice, mon17).notes.find((n) => n.id === 'session.held') as never), /stays at the plan’s/);
  assert.match(
    say(again),
    /and then, after an earlier clearance \(Fri 14 Mar\), Mon 17 Mar did too, at a lower dose\. Do the dose they gave you, with no hops and nothing new: this plan can only offer the same lower dose, which went badly on Mon 17 Mar; if they gave you none, ask them for one before your next session\./,
  );
  // The plan's lower dose went badly after the clearance: the sessions on hold, today's card and the morning answer
  // all wait for the clinician's own dose, as the note at the top says (physiotherapist's read).
  const fri = session(p, fri21);
  const week = p.weeks.find((w) => w.sessions.includes(fri));
  assert.ok(week);
  assert.match(
    say(fri.notes.find((n) => n.id === 'session.held') as never),
    /cleared you to train, at the dose they give you\./,
  );
  assert.match(lighterText(week, fri) ?? '', /then takes the dose they give you\.$/);
  // Without the clearance, one more bad session at the held dose is not yet a stop (it takes two in a row).
  assert.deepEqual(waitingDates(logged([fri7, mon10, mon17], mon17)), []);
});

test('C49 a clearance said before the two, or on a skipped session, answers nothing', () => {
  const asked = logged([fri7, mon10], fri14);
  const early = logged([fri7, mon10], fri14, [mon10]);
  assert.equal(splitClinicianNotes(early.summary.flags).clinician.length, 1, 'cleared before the second bad one');
  assert.equal(formatText(early), formatText(asked));
  const entries = loadedLog(p1, [fri7, mon10], fri14).map((e) =>
    e.date === fri14 ? { ...e, status: 'skipped' as const, cleared: true } : e,
  );
  const skipped = loggedPlan(b1, entries, addDays(fri14, 1));
  assert.equal(splitClinicianNotes(skipped.summary.flags).clinician.length, 1, 'cleared on a skipped session');
});

test('C49 the check-in asks "cleared?" only while the held dose waits for its check', () => {
  const asked = logged([fri7, mon10], mon10);
  assert.deepEqual(
    calf(asked)
      .filter(checkAsked)
      .map((s) => s.date),
    dates.slice(3),
    'every held session before the check',
  );
  const cleared = logged([fri7, mon10], fri14, [fri14]);
  assert.deepEqual(calf(cleared).filter(checkAsked), [], 'none once cleared');
  const stopped = logged([fri7, mon10, fri14], fri14);
  assert.deepEqual(
    calf(stopped).filter((s) => s.date > fri14 && checkAsked(s)),
    [],
    'after a stop the check-in asks it its own way',
  );
  assert.ok(!calf(p1).some(checkAsked), 'nor in a plan that holds nothing');
  assert.ok(!checkAsked(session(stopped, fri21)));
  assert.ok(checkAsked(session(asked, mon17)));
});
