import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockText, durationWords, nextWords } from '../../../src/components/session/words.ts';
import { sessionSteps } from '../../../src/lib/session/session-steps.ts';
import { examplePlan } from './helpers.ts';

test('countdowns and rests in words a runner reads', () => {
  assert.equal(clockText(125), '2:05');
  assert.equal(clockText(45), '0:45');
  assert.equal(durationWords(120), '2 minutes');
  assert.equal(durationWords(90), '1 minute 30 seconds');
  assert.equal(durationWords(45), '45 seconds');
  assert.equal(durationWords(1), '1 second');
});

test('the announcement says the drill, side, set and dose once, and what to press', () => {
  const steps = sessionSteps(examplePlan().weeks[0].sessions[0]);
  const title = (s: { drill: string }) => s.drill;
  const soleus = steps.findIndex((s) => s.drill === 'seated-soleus-raise');
  assert.equal(
    nextWords(steps, soleus, title),
    'seated-soleus-raise. Right leg, set 1 of 3: 15 reps: 3 s up, 3 s down. Press Start set when you are in position.',
  );
  const rest = steps.findIndex((s, i) => i > soleus && s.kind === 'rest');
  assert.equal(
    nextWords(steps, rest, title),
    // C30 (#12): each leg rests the other leg's 90 s set plus this pause, 2 minutes in all.
    'Rest 30 seconds. Next: seated-soleus-raise. Right leg, set 2 of 3: 15 reps: 3 s up, 3 s down.',
  );
  const knee = steps.findIndex((s) => s.drill === 'knee-to-wall');
  // #12 (C30): one set of the warm-up's ankle drill, on the weaker leg the session starts with.
  assert.match(nextWords(steps, knee, title), /Right leg, set 1 of 1: 10 reps\. Press Set done when you finish\.$/);
});
