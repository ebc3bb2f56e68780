// An optional test begun but not finished: the empty box says what is missing and that the whole test may stay empty.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfFilled } from '../../../src/components/plan/half-filled.ts';
import { exampleBaseline } from '../../../src/domain/index.ts';
import { baselineToDraft } from '../../../src/lib/plan-io/form-draft.ts';

const GENERIC = 'Enter a whole number from 0 to 150 (reps).';

test('a half-filled bent-knee or hop test names the missing box, and only an empty box of a begun test', () => {
  // Phone review: one bent-knee count typed, the other empty, got "Enter a whole number from 0 to 150 (reps).".
  const d = { ...baselineToDraft({ ...exampleBaseline, bentKnee: null, hopTest: null }), 'bentKnee.left': '18' };
  assert.equal(
    halfFilled(d, 'bentKnee.right', GENERIC),
    'Add your right leg’s count too, or leave both empty if you did not test the bent knee.',
  );
  const hop = { ...d, 'hopTest.right': '30' };
  assert.equal(
    halfFilled(hop, 'hopTest.left', GENERIC),
    'Add your left leg’s hops too, or leave the hop test empty if you did not do it.',
  );
  assert.match(halfFilled(hop, 'hopTest.pain', GENERIC) ?? '', /^Add your pain while hopping \(0 for none\)/);
  // A box with text in it keeps its own error; no error stays none; other fields are untouched.
  assert.equal(halfFilled({ ...d, 'bentKnee.left': 'abc' }, 'bentKnee.left', GENERIC), GENERIC);
  assert.equal(halfFilled(d, 'bentKnee.right', undefined), undefined);
  assert.equal(halfFilled(d, 'straightKnee.left', GENERIC), GENERIC);
  // A test left wholly empty asks for nothing of its own (its boxes have no error then either).
  assert.equal(halfFilled({ ...d, 'bentKnee.left': '' }, 'bentKnee.right', GENERIC), GENERIC);
});
