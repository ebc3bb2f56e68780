import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeBroken, type EntryLike, findBrokenReferences } from '../../../src/lib/references.ts';

const cue: EntryLike = {
  id: 'quiet-landings',
  collection: 'cues',
  filePath: 'content/cues/quiet-landings.mdx',
  data: { title: 'Quiet' },
};
const drill = (cues: string[], regression?: string): EntryLike => ({
  id: 'pogo-hops',
  collection: 'drills',
  filePath: 'content/drills/pogo-hops.mdx',
  data: {
    title: 'Pogo hops',
    cues: cues.map((id) => ({ collection: 'cues', id })),
    dose: [{ phase: { collection: 'phases', id: 'elastic' }, sets: { min: 2, max: 3 } }],
    regression: regression ? { collection: 'drills', id: regression } : undefined,
  },
});
const phase: EntryLike = { id: 'elastic', collection: 'phases', data: {} };

test('a drill naming a cue that does not exist is reported with its file and field', () => {
  const broken = findBrokenReferences([cue, phase, drill(['quiet-landings', 'no-such-cue'])]);
  assert.deepEqual(broken, [
    { file: 'content/drills/pogo-hops.mdx', field: 'cues[1]', collection: 'cues', id: 'no-such-cue' },
  ]);
  assert.match(describeBroken(broken), /content\/drills\/pogo-hops\.mdx: cues\[1\] names cues "no-such-cue"/);
});

test('nested references (dose phase, regression) are checked too', () => {
  const broken = findBrokenReferences([cue, drill(['quiet-landings'], 'double-leg-hops')]);
  assert.deepEqual(
    broken.map((b) => b.field),
    ['dose[0].phase', 'regression'],
  );
});

test('a library whose references all resolve reports nothing', () => {
  assert.deepEqual(findBrokenReferences([cue, phase, drill(['quiet-landings'])]), []);
});
