// Blocks 2-4 against the drill pages' dose tables, with the same checks as dose-consistency.test.ts (dose-pages.ts).
// A physio's finding (#14 follow-up): a later block carries the dose the last one reached (C41) and climbs on, up
// rule 11's heavy-slow ladder (3x15RM to 4x6RM), Rathleff's (3x12RM, 4x10RM, 5x8RM, C38), the seated raise's ladder,
// and one rep a week for body-weight raises; hops and drops carry into weeks 1-2. Block 1 checks alone missed all of
// it. Each runner is retested three times, deterministically (fixed seed): the same counts, a few reps up, well up,
// or now and then down (C42's fall), so the ladders climb through blocks 2-4 and the other paths are met too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type Baseline, createPlan, type PlanOrReferral } from '../../../src/domain/index.ts';
import type { SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { addDays } from '../../../src/domain/prescribe/schedule.ts';
import { allProblems, entry, hasExtraSet, loadPages, type Page, type Use, usesOf, withPage } from './dose-pages.ts';
import { base, fixture, STRIDES, validBaseline } from './helpers.ts';

type Pair = { left: number; right: number };
type Change = [number, number];
/** One retest's change per side: the same, a few reps up, well up (beyond rule 4's noise of 6), or down. */
const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<Change>([0, 0]) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 6, max: 12 }), fc.integer({ min: 6, max: 12 })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -8, max: 2 }), fc.integer({ min: -8, max: 2 })) },
);
/** Three retests: straight-knee and bent-knee changes for blocks 2, 3 and 4. */
const retests = fc.array(fc.tuple(change, change), { minLength: 3, maxLength: 3 });

const clamp = (n: number) => Math.max(0, Math.min(150, n));
const move = (k: Pair, [l, r]: Change): Pair => ({ left: clamp(k.left + l), right: clamp(k.right + r) });
/** The tests of four blocks, each retest four weeks after the one before. */
function tests(first: Baseline, changes: [Change, Change][]): Baseline[] {
  const out = [first];
  for (const [s, k] of changes) {
    const t = out[out.length - 1];
    out.push({
      ...t,
      startDate: addDays(t.startDate, 28),
      straightKnee: move(t.straightKnee, s),
      bentKnee: t.bentKnee && move(t.bentKnee, k),
    });
  }
  return out;
}
/** Blocks 2.. of a runner: each planned after the blocks before it, as the plan page and the CLI's --after do. */
function laterBlocks(all: Baseline[], entries: SessionLogEntry[] = []): PlanOrReferral[] {
  return all.slice(1).map((t, i) => {
    const r = createPlan(t, { log: { version: 1, entries }, today: t.startDate, earlier: all.slice(0, i + 1) });
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    return r.result;
  });
}

const same: [Change, Change] = [
  [0, 0],
  [0, 0],
];
const wellUp: [Change, Change] = [
  [8, 8],
  [8, 8],
];
/** Runners whose later blocks reach each ladder's top, scripted so the sample cannot miss them. */
const strong = { ...fixture('example-1-average-runner'), straightKnee: { left: 34, right: 33 } };
const SCRIPTED: Baseline[][] = [
  // The worked examples, retested at the same counts (the beginner stays on two legs and keeps adding reps)...
  ...['example-1-average-runner', 'example-2-total-beginner', 'example-3-big-asymmetry'].map((f) =>
    tests(fixture(f), [same, same, same]),
  ),
  // ...and well up.
  ...['example-1-average-runner', 'example-2-total-beginner', 'example-3-big-asymmetry'].map((f) =>
    tests(fixture(f), [wellUp, wellUp, wellUp]),
  ),
  // Calf sessions on run days, so strides stay in them block after block (C16).
  tests(STRIDES, [same, same, same]),
  tests(STRIDES, [wellUp, wellUp, wellUp]),
  // Rule 11's heavy-slow ladder to 4x6RM, and the seated raise's from block 2 on (weights: C31). Five blocks: a weight
  // new in block 1 leaves reps in reserve until a week whose one change is load takes it to its RM (C33, R11), so the
  // ladder's top comes in block 5, after 16 weeks.
  tests(strong, [same, same, same, same]),
  tests(strong, [wellUp, wellUp, wellUp, wellUp]),
  tests({ ...strong, equipment: ['weights'] }, [same, same, same, same]),
  // A rung that takes a double-leg hop set's time (C30): Rathleff's heel raise with a step and no weights. (With the C46
  // warm-up timed, the sample's seated-raise case no longer fits even with the set off, and waits for the next block.)
  tests(
    base({
      straightKnee: { left: 26, right: 25 },
      equipment: ['step'],
      history: { ...base().history, plantarHeelPain: true },
    }),
    [same, same, same],
  ),
  // Rathleff's ladder to 5x8RM (C38); then a retest with the left side over 10% weaker keeps 5 sets there (C37).
  tests(base({ straightKnee: { left: 26, right: 25 }, history: { ...base().history, plantarHeelPain: true } }), [
    same,
    same,
    [
      [-5, 0],
      [0, 0],
    ],
  ]),
];

/** A log of block 1 in which every session left the calf much stiffer the next morning: block 1 stepped back a set, and
 * block 2 holds that reduced dose for four weeks (C43). */
function painfulFirstBlock(b: Baseline): SessionLogEntry[] {
  const r = createPlan(b);
  if (!r.ok || r.result.kind !== 'plan') return [];
  return r.result.weeks.flatMap((w) =>
    w.sessions.map(
      (x): SessionLogEntry => ({
        date: x.date,
        week: w.number,
        session: 1,
        status: 'done',
        effort: 6,
        painDuring: 6,
        nextMorning: { pain: 6, stiffness: 'much-more' },
      }),
    ),
  );
}

/** Fixed seed: the same 250 runners every run, each with three retests, plus the scripted runners; the worked examples
 * and every tenth runner also after a first block that ended in pain. Left out there: pain 4-5 now at the retest, where
 * week 1 takes C35's set off twice (the held set and the pain day's: "C35,C35", 1 set of 3), an open engine question. */
function uses(numRuns = 250): { uses: Use[]; plans: number } {
  const sampled = fc.sample(fc.tuple(validBaseline, retests), { numRuns, seed: 20251203 }).map(([b, c]) => tests(b, c));
  const chains: [Baseline[], SessionLogEntry[]][] = [
    ...[...SCRIPTED, ...sampled].map((c): [Baseline[], SessionLogEntry[]] => [c, []]),
    ...[...SCRIPTED.slice(0, 3), ...sampled.filter((c, i) => i % 10 === 0 && c[1].painNow < 4)].map(
      (c): [Baseline[], SessionLogEntry[]] => [c, painfulFirstBlock(c[0])],
    ),
  ];
  const out: Use[] = [];
  let plans = 0;
  for (const [c, log] of chains)
    for (const r of laterBlocks(c, log)) {
      if (r.kind === 'plan') plans++;
      out.push(...usesOf(r));
    }
  return { uses: out, plans };
}

const PAGES = loadPages();
const { uses: USES, plans: PLANS } = uses();

test("every dose of blocks 2-4 sits inside its drill page's dose table (250 runners retested three times)", () => {
  assert.ok(PLANS >= 350, `only ${PLANS} later blocks were plans`);
  assert.deepEqual(allProblems(PAGES, USES), []);
});

const rm = (u: Use) => (u.drill.load?.kind === 'repetition-maximum' ? u.drill.load.reps : null);
const most = (u: Use) => Math.max(u.drill.left.sets, u.drill.right.sets);

test('the later blocks reach what block 1 never prescribes', () => {
  const seen = (what: string, f: (u: Use) => boolean) => assert.ok(USES.some(f), what);
  for (const id of ['single-leg-heel-raise', 'eccentric-drop-straight'])
    seen(`${id}: 4x6RM, rule 11's last rung`, (u) => u.drill.drill === id && rm(u) === 6 && most(u) === 4);
  seen('seated raise: 4 sets on a heavier rung', (u) => u.drill.drill === 'seated-soleus-raise' && most(u) === 4);
  seen('heel raise: 5x8RM (C38)', (u) => u.drill.drill === 'high-load-heel-raise' && rm(u) === 8 && most(u) === 5);
  seen(
    'C37: the weaker side keeps the 5 sets at the top of the ladder',
    (u) =>
      u.drill.drill === 'high-load-heel-raise' &&
      u.drill.ruleIds.includes('C37') &&
      hasExtraSet(u.drill) &&
      most(u) === 5,
  );
  seen('double-leg raises lowered on one leg at 17 reps (C47)', (u) =>
    u.drill.notes.some((n) => n.id === 'drill.lower-on-one'),
  );
  seen('drops in week 1', (u) => u.drill.drill.startsWith('eccentric-drop') && u.phase === 'foundation');
  seen('hops in week 2', (u) => u.drill.drill === 'double-leg-hops' && u.phase === 'strength');
  seen('single-leg hops in week 1', (u) => u.drill.drill === 'single-leg-hops' && u.phase === 'foundation');
  seen(
    'a block held at the reduced dose a painful block ended on (C43)',
    (u) => u.drill.drill === 'single-leg-heel-raise' && u.phase === 'strength' && most(u) === 2,
  );
  seen('one double-leg hop set, cut for a rung (C30)', (u) => u.drill.drill === 'double-leg-hops' && most(u) === 1);
});

test('the check fails when a page range is lowered back to what block 1 needs', () => {
  type End = 'min' | 'max';
  /** Set one end of one range of a drill's row for a phase. */
  const set =
    (phase: string, field: 'sets' | 'reps' | 'contacts', end: End, to: number) =>
    (p: Page): void => {
      const r = entry(p, phase)[field];
      assert.ok(r, `${phase} ${field}`);
      r[end] = to;
    };
  const without =
    (phase: string) =>
    (p: Page): void => {
      p.phases = p.phases.filter((x) => x !== phase);
      p.dose = p.dose.filter((x) => x.phase !== phase);
    };
  // The old ranges, one at a time: each was enough for block 1 and too low for a later block.
  const lowered: [string, (p: Page) => void][] = [
    ['eccentric-drop-straight', set('integration', 'sets', 'max', 3)],
    ['eccentric-drop-straight', without('foundation')],
    ['eccentric-drop-bent', without('foundation')],
    ['single-leg-heel-raise', set('foundation', 'sets', 'max', 3)],
    ['bent-knee-heel-raise', set('strength', 'reps', 'max', 15)],
    ['high-load-heel-raise', set('elastic', 'sets', 'max', 4)],
    ['high-load-heel-raise', set('foundation', 'reps', 'min', 12)],
    ['seated-soleus-raise', set('integration', 'sets', 'max', 3)],
    ['double-leg-hops', set('elastic', 'contacts', 'min', 25)],
    ['double-leg-hops', without('strength')],
    ['single-leg-hops', without('foundation')],
    ['strides', without('strength')],
  ];
  for (const [id, lower] of lowered) {
    const found = allProblems(withPage(PAGES, id, lower), USES);
    assert.ok(
      found.some((x) => x.startsWith(`${id}/`)),
      `lowering ${id} went unnoticed`,
    );
  }
});
