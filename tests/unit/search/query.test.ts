// The pure parts of search: query splitting, misspelling stems, merging one-word searches, phrase bonuses, the
// stale-result guard and filter counts over merged results.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countFacets, matchesSel } from '../../../src/components/search/filter-counts.ts';
import {
  backoffStems,
  HUB_FACTOR,
  holdsPhrase,
  mergeRuns,
  phraseBonus,
  phrases,
  singularOf,
  splitQuery,
  staleGuard,
  TITLE_FACTOR,
} from '../../../src/components/search/query.ts';

test('splitQuery keeps the words that matter, in order, once each', () => {
  assert.deepEqual(splitQuery('Calf strain when running FAST').keywords, ['calf', 'strain', 'running', 'fast']);
  assert.deepEqual(splitQuery('exercises for my Achilles tendon!').keywords, ['exercises', 'achilles', 'tendon']);
  assert.deepEqual(splitQuery('calf, calf... calf').keywords, ['calf']);
  assert.deepEqual(splitQuery('knee-to-wall').words, ['knee', 'to', 'wall']);
});

test('splitQuery keeps a query made only of stop words, and gives nothing for blanks', () => {
  assert.deepEqual(splitQuery('what is it').keywords, ['what', 'is', 'it']);
  assert.deepEqual(splitQuery('  -- ').keywords, []);
});

test('one-word queries stay one word (searched exactly as before)', () => {
  assert.deepEqual(splitQuery('cramp').keywords, ['cramp']);
  assert.deepEqual(phrases(['cramp']), [['cramp']]);
});

test('backoffStems shortens a word one letter at a time, never below four letters', () => {
  assert.deepEqual(backoffStems('achilies'), ['achilie', 'achili', 'achil', 'achi']);
  assert.deepEqual(backoffStems('shin'), []);
});

test('mergeRuns ranks a page matching more meaningful words above one scoring higher on fewer', () => {
  const runs = [
    {
      word: 'calf',
      results: [
        { id: 'band', score: 9 },
        { id: 'strain-note', score: 3 },
        { id: 'a', score: 2 },
      ],
    },
    { word: 'strain', results: [{ id: 'strain-note', score: 8 }] },
  ];
  const ranked = mergeRuns(runs, 50);
  assert.equal(ranked[0].id, 'strain-note');
  assert.equal(ranked[0].matched, 2);
  assert.deepEqual(
    ranked.map((r) => r.id),
    ['strain-note', 'band', 'a'],
  );
});

test('mergeRuns weighs rare words over common ones', () => {
  const common = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, score: 5 }));
  const runs = [
    { word: 'calf', results: common },
    { word: 'sprinting', results: [{ id: 'rare-hit', score: 1 }] },
  ];
  assert.equal(mergeRuns(runs, 50)[0].id, 'rare-hit');
});

test('mergeRuns with one word keeps Pagefind order; empty runs add nothing', () => {
  const one = [
    {
      word: 'cramp',
      results: [
        { id: 'x', score: 9 },
        { id: 'y', score: 4 },
      ],
    },
  ];
  assert.deepEqual(
    mergeRuns([...one, { word: 'zzz', results: [] }], 50).map((r) => r.id),
    ['x', 'y'],
  );
});

test('holdsPhrase: both words in one field, any order, word starts, plural s allowed', () => {
  assert.ok(holdsPhrase(['Calf pull', 'pulled calf'], ['pulled', 'calf']));
  assert.ok(holdsPhrase(['Achilles exercises'], ['exercises', 'achilles']));
  assert.ok(holdsPhrase(['Eccentric heel drop, straight knee'], ['heel', 'drops']));
  assert.ok(holdsPhrase(['Achilles tendinitis'], ['achil']));
  assert.ok(!holdsPhrase(['calf raise', 'strain'], ['calf', 'strain']), 'words from two different synonyms');
  assert.ok(!holdsPhrase(['recalf'], ['calf']), 'inside a word');
});

test('phraseBonus: title beats a topic page, which beats a drill synonym; scaled by the share of pairs held', () => {
  const title = { title: 'Pogo hops', synonyms: [], hub: false };
  const hub = { title: 'Elastic', synonyms: ['pogo hops', 'plyometrics'], hub: true };
  const drill = { title: 'Short double-leg hops', synonyms: ['plyometrics'], hub: false };
  assert.equal(phraseBonus(title, ['pogo'], 10), 10 * TITLE_FACTOR);
  assert.equal(phraseBonus(hub, ['pogo'], 10), 10 * HUB_FACTOR);
  assert.ok(phraseBonus(hub, ['plyometrics'], 10) > phraseBonus(drill, ['plyometrics'], 10));
  assert.equal(phraseBonus(drill, ['calf', 'strain'], 10), 0);
  const half = { title: 'x', synonyms: ['achilles exercises'], hub: false };
  assert.equal(phraseBonus(half, ['exercises', 'achilles', 'tendon'], 10), 5);
});

test('phraseBonus shrinks with the share of query words a page lacks: "bone pain" in a shin title loses to a heel note', () => {
  const shin = { title: 'Shin pain: shin splints or bone stress', synonyms: [], hub: true };
  const heel = { title: 'Insertional Achilles tendinopathy', synonyms: ['sore heel bone'], hub: true };
  const words = ['heel', 'bone', 'pain'];
  assert.equal(phraseBonus(shin, words, 6, 3), 6 * TITLE_FACTOR * 0.5);
  assert.equal(phraseBonus(shin, words, 6, 2), 6 * TITLE_FACTOR * 0.5 * (2 / 3));
  assert.ok(phraseBonus(heel, words, 6, 3) > phraseBonus(shin, words, 6, 2));
});

test('singularOf brings back the plurals the stemmer misses, and only those', () => {
  assert.equal(singularOf('calves'), 'calf');
  assert.equal(singularOf('feet'), 'foot');
  assert.equal(singularOf('hops'), undefined, "regular plurals are the stemmer's job");
  assert.equal(singularOf('constructor'), undefined);
});

test('staleGuard: only the latest ticket is current; cancel drops answers on their way', () => {
  const g = staleGuard();
  const first = g.next();
  const second = g.next();
  assert.equal(g.isCurrent(first), false);
  assert.equal(g.isCurrent(second), true);
  g.cancel();
  assert.equal(g.isCurrent(second), false);
  assert.equal(g.isCurrent(g.next()), true);
});

const membership = {
  known: { type: { drill: 2, cue: 1 }, phase: { Elastic: 1, Strength: 1 } },
  pages: new Map([
    ['d1', { values: { type: ['drill'], phase: ['Elastic'] } }],
    ['d2', { values: { type: ['drill'], phase: ['Strength'] } }],
    ['c1', { values: { type: ['cue'] } }],
  ]),
};

test('matchesSel needs every chosen value, except the group left out', () => {
  const d1 = membership.pages.get('d1')!.values;
  assert.ok(matchesSel(d1, { type: 'drill', phase: 'Elastic' }));
  assert.ok(!matchesSel(d1, { type: 'cue' }));
  assert.ok(matchesSel(d1, { type: 'cue' }, 'type'));
});

test("countFacets: a group's counts ignore its own choice, other groups' choices apply", () => {
  const pool = [{ id: 'd1' }, { id: 'd2' }, { id: 'c1' }];
  const none = countFacets(pool, membership, {});
  assert.deepEqual(none, { type: { drill: 2, cue: 1 }, phase: { Elastic: 1, Strength: 1 } });
  const picked = countFacets(pool, membership, { type: 'cue', phase: 'Elastic' });
  assert.deepEqual(picked.type, { drill: 1, cue: 0 }, 'type counts with phase=Elastic only');
  assert.deepEqual(picked.phase, { Elastic: 0, Strength: 0 }, 'phase counts with type=cue only');
});
