// The search controller shared by the header field and /search/, driven with a fake Pagefind: typing pauses are
// honoured, an answer overtaken by newer words never reaches the screen, Escape drops what is on its way, filters
// narrow and count, and sentences are ranked by the words that matter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Answer, createSearchController, rankedSearch } from '../../../src/components/search/controller.ts';
import type { Pagefind, Result, ResultData } from '../../../src/components/search/engine.ts';
import type { SearchState } from '../../../src/components/search/facets.ts';

interface FakePage {
  title: string;
  type: string;
  synonyms?: string;
}
const PAGES: Record<string, FakePage> = {
  strain: { title: 'Calf strain', type: 'injury', synonyms: 'pulled calf, torn calf' },
  strides: { title: 'Strides', type: 'drill' },
  squeeze: { title: 'Calf squeeze', type: 'drill' },
  achilles: { title: 'Mid-portion Achilles tendinopathy', type: 'injury' },
};
/** Word -> [page id, Pagefind score]; anything else finds nothing. */
const INDEX: Record<string, [string, number][]> = {
  calf: [
    ['squeeze', 9],
    ['strain', 8],
    ['strides', 4],
  ],
  strain: [['strain', 12]],
  running: [
    ['strides', 10],
    ['strain', 3],
  ],
  fast: [['strides', 9]],
  achilies: [['strides', 1.2]], // a misspelling: Pagefind's loose guess only
  achil: [['achilles', 20]],
  calves: [['strides', 6]], // the stemmer keeps "calves" apart from "calf"
};

/** A Pagefind whose answers to `held` words wait for release(word), so tests choose the order answers land in. */
function fakePagefind(opts: { held?: string[]; fail?: (q: string) => boolean } = {}) {
  const searched: string[] = [];
  const gates = new Map<string, () => void>();
  const gate = (q: string) => new Promise<void>((f) => gates.set(q, f));
  const result = (id: string, score: number): Result => ({
    id,
    score,
    data: async (): Promise<ResultData> => ({
      url: `/${id}/`,
      excerpt: '',
      meta: { title: PAGES[id].title, synonyms: PAGES[id].synonyms },
      filters: { type: [PAGES[id].type] },
    }),
  });
  const pf: Pagefind = {
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    preload: async () => {},
    async search(q, o) {
      const word = q ?? '';
      searched.push(word);
      if (opts.held?.includes(word)) await gate(word);
      if (opts.fail?.(word)) throw new Error('offline');
      // A filter-only search (no words) lists the pages of the chosen type.
      const found: [string, number][] =
        q === null ? Object.keys(PAGES).flatMap((id) => (PAGES[id].type === o?.filters?.type ? [[id, 1]] : [])) : [];
      return {
        results: (INDEX[word] ?? found).map(([id, s]) => result(id, s)),
        unfilteredResultCount: 0,
        filters: {},
        totalFilters: {},
      };
    },
  };
  const release = (q: string) => gates.get(q)?.();
  return { pf, searched, release };
}

const state = (q: string, sel: SearchState['sel'] = {}): SearchState => ({ q, sel });
const wait = (ms: number) => new Promise((f) => setTimeout(f, ms));
/** Waits until `ok()` holds (the machine may be busy: no fixed sleep decides a positive outcome). */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !ok(); i += 1) await wait(5);
  assert.ok(ok(), 'timed out');
}
const urls = async (pf: Pagefind, q: string) =>
  Promise.all((await rankedSearch(pf, q, 5)).map(async (h) => (await h.data()).url));

function harness(pf: Pagefind) {
  const log: ({ q: string; urls: string[]; total: number; counts: unknown } | null)[] = [];
  const errors: string[] = [];
  const c = createSearchController({
    load: async () => ({ pf }),
    shown: 2,
    pauseMs: 5,
    onAnswer: (a, s) =>
      log.push(a && { q: s.q, urls: a.items.map((d) => d.url), total: a.hits.length, counts: a.counts }),
    onError: (s) => errors.push(s.q),
  });
  return { c, log, errors };
}

test('one-word queries ask Pagefind once and keep its order', async () => {
  const { pf, searched } = fakePagefind();
  assert.deepEqual(await urls(pf, 'calf'), ['/squeeze/', '/strain/', '/strides/']);
  assert.deepEqual(searched, ['calf']);
});

test('a sentence finds the page named by its meaningful words, though no page holds them all', async () => {
  const { pf, searched } = fakePagefind();
  assert.equal((await urls(pf, 'calf strain when running fast'))[0], '/strain/');
  assert.ok(!searched.includes('when'), 'filler words are not searched');
});

test('a misspelling is retried with a shorter stem; "calves" also finds the calf pages', async () => {
  const { pf } = fakePagefind();
  assert.deepEqual(await urls(pf, 'achilies'), ['/achilles/']);
  assert.deepEqual((await urls(pf, 'calves')).sort(), ['/squeeze/', '/strain/', '/strides/']);
});

test('typing fast searches once, for the last words, after the pause', async () => {
  const { pf, searched } = fakePagefind();
  const { c, log } = harness(pf);
  for (const q of ['c', 'ca', 'cal', 'calf']) c.set(state(q));
  assert.equal(c.pending(), true);
  await until(() => log.length > 0);
  assert.equal(c.pending(), false);
  assert.deepEqual(searched, ['calf']);
  assert.deepEqual(log, [{ q: 'calf', urls: ['/squeeze/', '/strain/'], total: 3, counts: {} }]);
});

test('a slow answer overtaken by newer words never reaches the screen', async () => {
  const { pf, searched, release } = fakePagefind({ held: ['calf'] });
  const { c, log } = harness(pf);
  c.set(state('calf'));
  await until(() => searched.includes('calf')); // "calf" is now on its way
  c.set(state('strain'));
  await until(() => log.length > 0);
  release('calf'); // the older answer lands last
  await wait(20);
  assert.deepEqual(
    log.map((a) => a?.q),
    ['strain'],
  );
});

test('cancel (Escape) drops the pending search and an answer on its way; a stale failure is not reported', async () => {
  const { pf, searched, release } = fakePagefind({ held: ['fast'], fail: (q) => q === 'fast' });
  const { c, log, errors } = harness(pf);
  c.set(state('calf'));
  c.cancel();
  assert.equal(c.pending(), false);
  c.set(state('fast'));
  await until(() => searched.includes('fast'));
  c.cancel();
  release('fast');
  await wait(20);
  assert.deepEqual(log, [], 'the cancelled "calf" never ran');
  assert.deepEqual(errors, []);
  c.set(state('fast'));
  await until(() => searched.length === 2);
  release('fast');
  await until(() => errors.length > 0);
  assert.deepEqual(errors, ['fast'], 'the current search reports its failure');
});

test('an empty query clears the results', async () => {
  const { pf } = fakePagefind();
  const { c, log } = harness(pf);
  c.set(state('   '));
  await until(() => log.length > 0);
  assert.deepEqual(log, [null]);
});

test('filters narrow the ranked results and count each value against the words', async () => {
  const { pf } = fakePagefind();
  const membership = {
    known: { type: { injury: 2, drill: 2 } },
    pages: new Map(Object.entries(PAGES).map(([id, p]) => [id, { values: { type: [p.type] } }])),
  };
  const log: { total: number; counts: unknown }[] = [];
  const c = createSearchController({
    load: async () => ({ pf, membership }),
    shown: 2,
    pauseMs: 1,
    onAnswer: (a) => a && log.push({ total: a.hits.length, counts: a.counts }),
    onError: () => {},
  });
  c.set(state('calf', { type: 'injury' }));
  await until(() => log.length === 1);
  assert.deepEqual(log, [{ total: 1, counts: { type: { injury: 1, drill: 2 } } }]);
  c.set(state('', { type: 'drill' }));
  await until(() => log.length === 2);
  assert.deepEqual(log[1], { total: 2, counts: { type: { injury: 2, drill: 2 } } }, 'filters alone: every page');
});

test('"Show more" details are dropped once a newer search has answered', async () => {
  const { pf } = fakePagefind();
  const answers: Answer[] = [];
  const c = createSearchController({
    load: async () => ({ pf }),
    shown: 1,
    pauseMs: 1,
    onAnswer: (a) => a && answers.push(a),
    onError: () => {},
  });
  c.set(state('calf'));
  await until(() => answers.length === 1);
  const [first] = answers;
  assert.equal((await c.more(first, 1, 1))?.[0].url, '/strain/');
  c.set(state('strain'));
  await until(() => answers.length === 2);
  assert.equal(await c.more(first, 1, 1), null);
});
