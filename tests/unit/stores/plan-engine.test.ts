// The plan engine loads when a plan is due, not with the page (issue 13's budget). Until it is there, a new runner's
// warning sign still refers at once, and complete answers say a plan is coming instead of asking for more answers.
// Its own file: each test file runs in a fresh process, so the engine is not loaded yet here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exampleBaseline } from '../../../src/domain/index.ts';
import { emptyLog } from '../../../src/domain/model/session-log.ts';
import { baselineToDraft, emptyDraft } from '../../../src/lib/plan-io/form-draft.ts';
import { $engine, loadEngine } from '../../../src/stores/engine.ts';
import { $draft, $mode, $outcome, $view, toggle } from '../../../src/stores/plan.ts';
import { landingStep } from '../../../src/stores/plan-steps.ts';

const nextEngine = () =>
  new Promise<void>((resolve) => {
    const stop = $engine.listen(() => {
      stop();
      resolve();
    });
  });

test('before the engine loads: a warning sign refers, complete answers are pending and ask for the engine', async () => {
  const stop = $outcome.listen(() => {});
  $draft.set(emptyDraft('2025-03-03'));
  toggle('redFlags', 'achillesGap', true);
  assert.equal($outcome.get().result?.kind, 'referral', 'screening needs no engine');
  assert.equal($engine.get(), null, 'a referral does not load the plan engine');

  const loaded = nextEngine();
  $draft.set(baselineToDraft(exampleBaseline));
  const waiting = $outcome.get();
  assert.equal(waiting.pending, true);
  assert.equal(waiting.result, null);
  assert.deepEqual(waiting.errors, [], 'complete answers show no errors while the plan is built');
  assert.equal(landingStep(), 'plan', 'a returning runner lands on the plan while it loads');

  await loaded;
  const now = $outcome.get();
  assert.equal(now.pending, undefined);
  assert.equal(now.result?.kind, 'plan', 'the plan replaces the waiting state once the engine is in');
  stop();
});

test('a shared plan waits for the engine the same way, then shows read-only', async () => {
  await loadEngine();
  $mode.set({ kind: 'shared', baseline: exampleBaseline, earlier: [], log: emptyLog() });
  const v = $view.get();
  assert.equal(v.readOnly, true);
  assert.equal(v.result?.kind, 'plan');
  $mode.set({ kind: 'own' });
});
