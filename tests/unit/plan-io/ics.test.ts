import assert from 'node:assert/strict';
import { test } from 'node:test';
import ICAL from 'ical.js';
import { type CalendarEvent, foldLine, toIcs } from '../../../src/lib/plan-io/ics.ts';

const events: CalendarEvent[] = [
  {
    uid: 'w1-s1',
    date: '2026-12-01',
    summary: 'Calf session: foundation',
    description: 'Single-leg heel raise; left 3 x 10, right 2 x 10\nWeaker side first, tempo 3-0-3',
    url: 'https://pushoff.example/plan/#b=abc',
  },
  {
    uid: 'w1-s2',
    date: '2026-12-31',
    summary: 'Calf session, with commas; and semicolons',
    description:
      'Ünïcödé text that is long enough to need folding across several content lines, more than seventy-five octets for sure.',
  },
];
const ics = toIcs(events, { name: 'Pushoff plan', stamp: '20261124T120000Z', domain: 'pushoff.example' });

test('the calendar parses back with one event per session, on the right all-day dates', () => {
  const comp = new ICAL.Component(ICAL.parse(ics));
  const vevents = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(vevents.length, 2);
  assert.deepEqual(
    vevents.map((e) => e.startDate.toString()),
    ['2026-12-01', '2026-12-31'],
  );
  assert.equal(vevents[1].endDate.toString(), '2027-01-01');
  assert.ok(vevents.every((e) => e.startDate.isDate));
});

test('text with commas, semicolons, newlines and accents survives the round trip', () => {
  const comp = new ICAL.Component(ICAL.parse(ics));
  const [first, second] = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(first.description, events[0].description);
  assert.equal(second.summary, events[1].summary);
  assert.equal(second.description, events[1].description);
  assert.equal(first.component.getFirstPropertyValue('url'), events[0].url);
});

test('lines are CRLF-terminated and folded at 75 octets', () => {
  assert.ok(ics.endsWith('\r\n'));
  for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
  assert.equal(foldLine('a'.repeat(80)), `${'a'.repeat(75)}\r\n ${'a'.repeat(5)}`);
});

test('UIDs are unique and carry the domain', () => {
  const uids = [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(uids, ['w1-s1@pushoff.example', 'w1-s2@pushoff.example']);
});

test('a later export of the same plan carries a higher SEQUENCE, so calendar apps take it as the newer revision', () => {
  const seq = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).sequence);
  const later = toIcs(events, { name: 'Pushoff plan', stamp: '20261124T120100Z', domain: 'pushoff.example' });
  const [a, b] = [seq(ics), seq(later)];
  assert.equal(new Set(a).size, 1);
  assert.ok(b[0] > a[0], `${b[0]} > ${a[0]}`);
  assert.ok(a[0] > 0 && a[0] < 2 ** 31, 'a positive 32-bit integer');
});
