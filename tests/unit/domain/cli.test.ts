// The plan CLI and the text formatter, run as a user would.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { exampleBaseline, formatText } from '../../../src/domain/index.ts';
import { fixture, plan, referral } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const fx = (name: string) => join(ROOT, 'tests/fixtures/baselines', `${name}.json`);
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/plan.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

test('CLI prints a readable plan, or JSON with --json', () => {
  const text = run(fx('example-1-average-runner'));
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /Week 1: Foundation/);
  assert.match(text.stdout, /Week 4: Integration/);
  assert.doesNotMatch(text.stdout, /\[R\d+/);
  assert.match(run(fx('example-1-average-runner'), '--why').stdout, /\[R\d+/);
  const json = run(fx('example-1-average-runner'), '--json');
  assert.equal(json.status, 0);
  assert.deepEqual(JSON.parse(json.stdout), plan(fixture('example-1-average-runner')));
  const ref = run(fx('example-4-red-flag'));
  assert.equal(ref.status, 0);
  assert.match(ref.stdout, /same-day/);
});

test('CLI explains invalid input and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pushoff-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ ...exampleBaseline, straightKnee: { left: -3, right: 25 } }));
  const r = run(bad);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /straightKnee\.left: Enter a whole number/);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ not json');
  assert.equal(run(broken).status, 1);
  assert.match(run(broken).stderr, /not valid JSON/);
  assert.equal(run(join(dir, 'missing.json')).status, 1);
  assert.equal(run().status, 1);
});

test('formatText covers plans and referrals; rule codes only when asked why (issue 12)', () => {
  const t = formatText(plan(fixture('example-3-big-asymmetry')));
  assert.match(t, /right first/);
  assert.doesNotMatch(t, /\[[RC]\d+/);
  const why = formatText(plan(fixture('example-3-big-asymmetry')), { why: true });
  assert.match(why, /right first; tempo 3-0-3 s; legs in turn, rest 120 s per leg \[R10, C2, R6, R5, C37\]/);
  assert.equal(why.replace(/ \[[RC]\d+(, [RC]\d+)*\]/g, ''), t);
  assert.match(t, /Retest on 2025-03-31/);
  // "Legs in turn" is said once, as the page says it where it first appears (physiotherapist's read of the CLI text).
  assert.equal(t.match(/^Legs in turn: a set on one leg, then the same set on the other;/gm)?.length, 1);
  const r = formatText(referral(fixture('example-4-red-flag')));
  assert.match(r, /See a clinician today/);
  assert.doesNotMatch(r, /Week/);
});

test('issue 12 words: the CLI names drills, not ids, and a symmetry figure says what it is', () => {
  const text = formatText(plan(fixture('example-3-big-asymmetry')));
  assert.match(text, /\d\. Single-leg heel raise: /);
  assert.doesNotMatch(text, /\(single-leg-heel-raise\)|\(soft-tissue-prep\)/);
  assert.match(text, /right does 64\.3% of left's reps \(this share is your symmetry\)/);
});

test('issue 12 words: each readiness check is said once a week, not under every session', () => {
  const text = formatText(plan(fixture('example-1-average-runner')));
  for (const week of text.split(/\nWeek \d: /).slice(1)) {
    const checks = week.split('\n').filter((l) => l.trim().startsWith('Check: '));
    assert.ok(checks.length > 0, 'the week lists its checks');
    assert.equal(new Set(checks).size, checks.length, 'no check twice in a week');
  }
});

test('CLI plans the next block with --after, showing the retest against the earlier test', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pushoff-'));
  const again = join(dir, 'retest.json');
  const b1 = fixture('example-1-average-runner');
  writeFileSync(again, JSON.stringify({ ...b1, startDate: '2025-03-31', straightKnee: { left: 31, right: 32 } }));
  const r = run(again, '--after', fx('example-1-average-runner'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Pushoff plan, block 2: four weeks from 2025-03-31/);
  assert.match(r.stdout, /left 26 to 31 \(\+5, within the test’s noise\), right 25 to 32 \(\+7\)/);
  assert.match(r.stdout, /Week 1 picks up where your last block ended/);
  const bad = run(again, '--after', join(dir, 'missing.json'));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /Could not read the earlier block/);
});
