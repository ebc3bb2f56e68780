// Invalid input never throws and always names the field in plain words.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { baselineSchema, createPlan, exampleBaseline, validateBaseline } from '../../../src/domain/index.ts';
import { validBaseline } from './helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests poke arbitrary paths into a Baseline-shaped object
type Obj = Record<string, any>;
const set = (path: string, value: unknown) => (b: Obj) => {
  const keys = path.split('.');
  let o = b;
  for (const k of keys.slice(0, -1)) o = o[k] ??= { left: 1, right: 1, pain: 0 };
  o[keys[keys.length - 1]] = value;
};

/** [field path the error must name, mutation]. */
const MUTATIONS: [string, (b: Obj) => void][] = [
  ['straightKnee.left', set('straightKnee.left', -1)],
  ['straightKnee.right', set('straightKnee.right', 151)],
  ['straightKnee.left', set('straightKnee.left', 2.5)],
  ['straightKnee.left', set('straightKnee.left', '20')],
  ['straightKnee.right', set('straightKnee.right', Number.NaN)],
  ['straightKnee.left', set('straightKnee.left', Number.POSITIVE_INFINITY)],
  ['straightKnee', set('straightKnee', null)],
  ['bentKnee.right', set('bentKnee.right', 999)],
  ['hopTest.pain', set('hopTest.pain', 11)],
  ['hopTest.left', set('hopTest.left', 81)],
  ['painNow', set('painNow', -1)],
  ['painNow', set('painNow', 11)],
  [
    'painNow',
    (b) => {
      delete b.painNow;
    },
  ],
  ['age', set('age', 5)],
  ['age', set('age', 101)],
  ['sex', set('sex', 'other')],
  ['sessionsPerWeek', set('sessionsPerWeek', 0)],
  ['sessionsPerWeek', set('sessionsPerWeek', 4)],
  ['startDate', set('startDate', '2025-13-01')],
  ['startDate', set('startDate', '2025-02-29')],
  ['startDate', set('startDate', '03/03/2025')],
  ['startDate', set('startDate', '1999-12-31')],
  ['startDate', set('startDate', 20250303)],
  ['equipment.0', set('equipment', ['rope'])],
  ['equipment', set('equipment', 'step')],
  ['equipment', set('equipment', ['step', 'step'])],
  ['runDays.0', set('runDays', ['monday'])],
  ['redFlags.achillesGap', set('redFlags.achillesGap', 'yes')],
  [
    'redFlags.calfLimp',
    (b) => {
      delete b.redFlags.calfLimp;
    },
  ],
  ['painLocations.0', set('painLocations', ['knee'])],
  ['history.calfStrain', set('history.calfStrain', 'middle')],
  [
    'longRunDay',
    (b) => {
      b.runDays = ['mon'];
      b.hardDays = [];
      b.longRunDay = 'tue';
    },
  ],
  [
    'hardDays.0',
    (b) => {
      b.runDays = ['mon'];
      b.longRunDay = null;
      b.hardDays = ['wed'];
    },
  ],
];

test('every mutation of a valid baseline gives a field error on that field, never a throw', () => {
  fc.assert(
    fc.property(validBaseline, fc.integer({ min: 0, max: MUTATIONS.length - 1 }), (b, i) => {
      const [path, mutate] = MUTATIONS[i];
      const bad = structuredClone(b) as Obj;
      mutate(bad);
      const r = createPlan(bad);
      assert.equal(r.ok, false, `${path} should be rejected`);
      if (r.ok) return;
      assert.ok(
        r.errors.some((e) => e.path === path),
        `${path}: got ${JSON.stringify(r.errors)}`,
      );
      for (const e of r.errors) assert.ok(e.message.length > 10 && !/^Invalid|expected/.test(e.message), e.message);
    }),
    { numRuns: 2_000, seed: 11 },
  );
});

test('arbitrary junk never throws and gives plain field errors', () => {
  fc.assert(
    fc.property(fc.anything(), (x) => {
      const r = createPlan(x);
      assert.equal(r.ok, false);
      if (!r.ok)
        for (const e of r.errors)
          assert.ok(typeof e.path === 'string' && e.message.length > 10 && !/^Invalid/.test(e.message), e.message);
    }),
    { numRuns: 1_000, seed: 12 },
  );
  for (const x of [undefined, null, 0, '', [], {}, { straightKnee: 'x' }, Object.create(null)])
    assert.equal(createPlan(x).ok, false);
});

test('validateBaseline returns the parsed value with defaults, and the schema round-trips through JSON', () => {
  const minimal = { ...exampleBaseline } as Obj;
  for (const k of [
    'age',
    'sex',
    'bentKnee',
    'hopTest',
    'painLocations',
    'history',
    'equipment',
    'runDays',
    'hardDays',
    'longRunDay',
  ])
    delete minimal[k];
  const v = validateBaseline(minimal);
  assert.ok(v.ok);
  if (v.ok) {
    assert.deepEqual(v.value.equipment, []);
    assert.equal(v.value.history.calfStrain, 'none');
    assert.equal(createPlan(v.value).ok, true);
  }
  assert.deepEqual(baselineSchema.parse(JSON.parse(JSON.stringify(exampleBaseline))), exampleBaseline);
});

test('a run-day clash is reported even while another field is wrong, so no error hides behind another', () => {
  const r = validateBaseline({ ...exampleBaseline, age: 'abc', runDays: ['tue', 'thu', 'sat'], longRunDay: 'sun' });
  assert.equal(r.ok, false);
  const paths = r.ok ? [] : r.errors.map((e) => e.path);
  assert.ok(paths.includes('age'), paths.join());
  assert.ok(paths.includes('longRunDay'), paths.join());
  // Unreadable days themselves: no second-guessing of the clash, only the field error.
  const bad = validateBaseline({ ...exampleBaseline, runDays: 'weekends' });
  assert.deepEqual(bad.ok ? [] : bad.errors.map((e) => e.path), ['runDays']);
});

test('an age under 10 says who to ask instead, not only the range (physiotherapist’s read: a 9-year-old)', () => {
  const message = (age: unknown) => {
    const r = validateBaseline({ ...exampleBaseline, age });
    return r.ok ? '' : r.errors.find((e) => e.path === 'age')?.message;
  };
  assert.match(
    message(9) ?? '',
    /^Pushoff plans start at age 10\. For a younger child, ask a physiotherapist or a coach/,
  );
  assert.equal(message(101), 'Enter a whole number from 10 to 100 (years).');
  assert.equal(message(12.5), 'Enter a whole number from 10 to 100 (years).');
});
