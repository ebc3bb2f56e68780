import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callAt, secondsLeft, tempoCalls, timelineSeconds } from '../../../src/lib/session/tempo.ts';

test('3 up, 0 hold, 3 down: up on 0, down on 3, the next rep up on 6', () => {
  assert.deepEqual(
    tempoCalls({ up: 3, pause: 0, down: 3 }, 2).map((c) => `${c.at} ${c.phase} ${c.rep}`),
    ['0 up 1', '3 down 1', '6 up 2', '9 down 2'],
  );
});

test('3 up, 2 hold, 3 down calls hold at 3 and down at 5', () => {
  const calls = tempoCalls({ up: 3, pause: 2, down: 3 }, 10);
  assert.deepEqual(
    calls.slice(0, 4).map((c) => `${c.at} ${c.phase}`),
    ['0 up', '3 hold', '5 down', '8 up'],
  );
  assert.equal(calls.length, 30);
  assert.deepEqual(callAt(calls, 4.5), { at: 3, rep: 1, phase: 'hold' });
  assert.deepEqual(callAt(calls, 79.9), { at: 77, rep: 10, phase: 'down' });
});

test('the timeline has every whole second up to the end, and calls between whole seconds', () => {
  assert.deepEqual(timelineSeconds(3), [0, 1, 2, 3]);
  assert.deepEqual(timelineSeconds(2, [{ at: 1.5, rep: 1, phase: 'down' }]), [0, 1, 1.5, 2]);
});

test('seconds left round up and stop at 0', () => {
  assert.equal(secondsLeft(45, 0), 45);
  assert.equal(secondsLeft(45, 0.2), 45);
  assert.equal(secondsLeft(45, 1), 44);
  assert.equal(secondsLeft(45, 45), 0);
  assert.equal(secondsLeft(45, 50), 0);
});
