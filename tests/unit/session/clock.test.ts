import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Clock, runTimeline } from '../../../src/lib/session/clock.ts';
import { fakeClock } from './helpers.ts';

test('events fire at their offsets from the start, and the end runs once', () => {
  const clock = fakeClock();
  const fired: [number, number][] = [];
  let ended = 0;
  runTimeline(
    clock,
    (i) => (i <= 3 ? i * 1000 : null),
    (_, at) => fired.push([at, clock.now()]),
    () => {
      ended += 1;
    },
  );
  clock.advance(10_000);
  assert.deepEqual(fired, [
    [0, 0],
    [1000, 1000],
    [2000, 2000],
    [3000, 3000],
  ]);
  assert.equal(ended, 1);
});

test('late callbacks do not add up: a clock 7 ms late on every timer still beats at 60 s after a minute', () => {
  const base = fakeClock();
  const late: Clock = { ...base, setTimeout: (fn, ms) => base.setTimeout(fn, ms + 7) };
  const times: number[] = [];
  runTimeline(
    late,
    (i) => (i <= 60 ? i * 1000 : null),
    () => times.push(base.now()),
  );
  base.advance(61_000);
  assert.equal(times.length, 61);
  assert.ok(Math.abs(times[60] - 60_000) <= 7, `beat 60 at ${times[60]} ms`);
});

test('stop, then resume from the returned position: no beat is lost or repeated, and time off is not counted', () => {
  const clock = fakeClock();
  const fired: number[] = [];
  const offset = (i: number) => (i <= 5 ? i * 1000 : null);
  const t = runTimeline(clock, offset, (i) => fired.push(i));
  clock.advance(2500);
  const at = t.stop();
  assert.deepEqual(at, { elapsed: 2500, next: 3 });
  clock.advance(60_000); // paused for a minute
  assert.deepEqual(fired, [0, 1, 2]);
  const when: number[] = [];
  runTimeline(
    clock,
    offset,
    (i) => {
      fired.push(i);
      when.push(clock.now());
    },
    undefined,
    at,
  );
  clock.advance(10_000);
  assert.deepEqual(fired, [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(when, [63_000, 64_000, 65_000]);
  assert.equal(clock.pending(), 0);
});
