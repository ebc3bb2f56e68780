import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { decodeShare, encodeShare, type Validate } from '../../../src/lib/plan-io/share-link.ts';

const schema = z.object({
  straightKnee: z.object({ left: z.number().int().min(0), right: z.number().int().min(0) }),
  start: z.string(),
});
const validate: Validate<z.infer<typeof schema>> = (input) => {
  const r = schema.safeParse(input);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, errors: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
};
const sample = { straightKnee: { left: 26, right: 25 }, start: '2026-12-01' };
const readers = { v2: validate };

test('a share link round-trips the same data and is URL-safe', async () => {
  const token = await encodeShare(sample);
  assert.match(token, /^v2\.[A-Za-z0-9_-]+$/);
  assert.deepEqual(await decodeShare(token, readers), { ok: true, value: sample });
});

test('a truncated link is reported as damaged, not thrown', async () => {
  const token = await encodeShare(sample);
  const result = await decodeShare(token.slice(0, token.length - 6), readers);
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.problem, 'encoding');
});

test('a link with foreign characters or an unknown version explains the problem', async () => {
  const token = await encodeShare(sample);
  const bad = await decodeShare(token.replace('v2.', 'v2.%%'), readers);
  assert.equal(!bad.ok && bad.problem, 'encoding');
  const future = await decodeShare(token.replace('v2.', 'v9.'), readers);
  assert.equal(!future.ok && future.problem, 'version');
  assert.match(!future.ok ? future.message : '', /different version/);
  const none = await decodeShare('garbage', readers);
  assert.equal(!none.ok && none.problem, 'version');
});

test('a well-formed link with impossible values gives field errors', async () => {
  const token = await encodeShare({ ...sample, straightKnee: { left: -3, right: 25 } });
  const result = await decodeShare(token, readers);
  assert.equal(!result.ok && result.problem, 'content');
  assert.deepEqual(!result.ok && result.errors?.map((e) => e.path), ['straightKnee.left']);
});

test('a v2 link whose content is not a shared plan (a bare Baseline, a number, nothing) gives errors, never an exception', async () => {
  // Lighthouse found this: a link holding a bare Baseline threw inside the Baseline's day check (runDays of undefined)
  // instead of explaining, and the page stopped there.
  const { validateShared } = await import('../../../src/lib/plan-io/shared-plan.ts');
  const { exampleBaseline } = await import('../../../src/domain/index.ts');
  for (const content of [exampleBaseline, 5, null, {}, { baseline: 'x' }, { baseline: null, earlier: [] }]) {
    const result = await decodeShare(await encodeShare(content), { v2: validateShared });
    assert.equal(!result.ok && result.problem, 'content', JSON.stringify(content).slice(0, 40));
    assert.ok(!result.ok && result.errors && result.errors.length > 0);
    assert.ok(result.errors?.every((e) => e.message.length > 0));
    // Said in words, each once (review: "earlier test NaN: …", "check-ins: Invalid input").
    const said = result.errors?.map((e) => e.message) ?? [];
    assert.ok(
      said.every((m) => !/NaN|Invalid input/.test(m)),
      said.join(' / '),
    );
    assert.equal(new Set(said).size, said.length);
  }
  const empty = await decodeShare(await encodeShare({}), { v2: validateShared });
  assert.ok(!empty.ok && empty.errors?.some((e) => e.message === 'The check-ins it carries could not be read.'));
  // Said in the runner's words, not the product's (review: "The baseline must be an object with the test fields").
  const noAnswers = await decodeShare(await encodeShare({ baseline: 'x' }), { v2: validateShared });
  assert.ok(
    !noAnswers.ok &&
      noAnswers.errors?.some((e) => e.message === 'It does not hold the answers to the test and the questions.'),
  );
  assert.ok(!noAnswers.ok && noAnswers.errors?.every((e) => !/baseline/i.test(e.message)));
  const list = await decodeShare(await encodeShare([]), { v2: validateShared });
  assert.deepEqual(!list.ok && list.errors?.map((e) => e.message), ['It does not hold a Pushoff plan.']);
});
