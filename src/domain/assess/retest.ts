// Rule 4: a retest compared with the test before it, side by side. A change smaller than about 6 reps can come from
// the test itself (between-day limits of agreement, Hebert-Losier 2017), so only a change of 6 or more counts.
import type { Baseline } from '../model/baseline.ts';
import type { FlatSide } from '../model/phrases.ts';
import type { PainRise, PerSide, Retest, RetestSide, TestPoint } from '../model/plan-types.ts';
import { daysBetween } from '../prescribe/schedule.ts';
import { TARGET, TEST_NOISE_REPS } from './norms.ts';

const side = (before: number, after: number): RetestSide => ({
  before,
  after,
  change: after - before,
  beyondNoise: Math.abs(after - before) >= TEST_NOISE_REPS,
});
const sides = (a: PerSide<number>, b: PerSide<number>): PerSide<RetestSide> => ({
  left: side(a.left, b.left),
  right: side(a.right, b.right),
});

export function compareTests(before: Baseline, after: Baseline): Retest {
  return {
    straightKnee: sides(before.straightKnee, after.straightKnee),
    // Both tests must have the bent knee: a count compared with a stand-in (C4) would say nothing.
    bentKnee: before.bentKnee && after.bentKnee ? sides(before.bentKnee, after.bentKnee) : null,
    noiseReps: TEST_NOISE_REPS,
    ruleIds: ['R4'],
  };
}

/** Rule 7: pain over this is past the safe zone (0-3/10), into 4-5 "acceptable". */
const SAFE_PAIN = 3;

/** C56: pain now at the latest test past rule 7's safe zone (4/10 or more) that rose while the runner trained: higher
 * than at the test before, or still over the safe zone at every test since it rose. Rule 8 reads it as a dose not
 * tolerated ("not rising week to week"), so the next block holds and asks for a check (physiotherapist's read: Achilles
 * pain 0 -> 4/10 at a retest met four weeks of rising load and only C26's "after 6-12 weeks"; a second read: 0 -> 4 -> 4
 * lifted the hold, though the pain never came down). Over 5/10 screening stops the plan for the day anyway.
 * `from`: the pain at the test before it rose; `since`: 'earlier' when that was not the last test. */
export function painRose(tests: readonly TestPoint[]): PainRise | null {
  const pains = tests.map((t) => t.pain);
  const to = pains[pains.length - 1];
  if (pains.length < 2 || to <= SAFE_PAIN) return null;
  // The tests since the pain was last in the safe zone (or since the first test), each over it.
  let start = pains.length - 1;
  while (start > 0 && pains[start - 1] > SAFE_PAIN) start--;
  // The last test of that run at which the pain went up: from the safe zone into it, or higher within it.
  for (let i = pains.length - 1; i >= Math.max(start, 1); i--)
    if (pains[i] > pains[i - 1]) return { from: pains[i - 1], to, since: i === pains.length - 1 ? 'last' : 'earlier' };
  return null;
}

/** C42's sides at the latest of `tests` (oldest first): fallen by the test's noise or more since the last test, or
 * since the best earlier test (physio read: -3 at each of three retests, each within the noise, lost 9 unnoticed).
 * `since`: 'earlier' when some side fell only against an earlier test. */
export function fallenSides(tests: readonly TestPoint[]): {
  sides: ('left' | 'right')[];
  since: 'last' | 'earlier';
  /** The one knee position every fallen side fell in, when the other held (second physiotherapist's read: a fall with
   * the knee bent only was named as "the right side" beside a straight-knee count that rose). */
  knee?: 'straight' | 'bent';
} {
  const now = tests.at(-1);
  const earlier = tests.slice(0, -1);
  if (!now || earlier.length === 0) return { sides: [], since: 'last' };
  const last = earlier[earlier.length - 1];
  const fellIn = (k: 'straight' | 'bent', x: 'left' | 'right', from: readonly TestPoint[]) =>
    from.some((t) => {
      const was = k === 'straight' ? t.straightKnee : t.bentKnee;
      const is = k === 'straight' ? now.straightKnee : now.bentKnee;
      return !!was && !!is && was[x] - is[x] >= TEST_NOISE_REPS;
    });
  const fell = (x: 'left' | 'right', from: readonly TestPoint[]) =>
    fellIn('straight', x, from) || fellIn('bent', x, from);
  const sides = (['left', 'right'] as const).filter((x) => fell(x, earlier));
  const only = (k: 'straight' | 'bent') =>
    sides.every((x) => !fellIn(k === 'straight' ? 'bent' : 'straight', x, earlier));
  const knee =
    sides.length && only('bent')
      ? { knee: 'bent' as const }
      : sides.length && only('straight') && now.bentKnee
        ? { knee: 'straight' as const }
        : {};
  return { sides, since: sides.every((x) => fell(x, [last])) ? 'last' : 'earlier', ...knee };
}

/** Rule 19 (Bohm 2015): larger effects come from 12 weeks of training on, so that is when a flat count says something. */
export const FLAT_AFTER_DAYS = 12 * 7;

/**
 * C48 (physio read of the edges): sides still under rule 3's 25 raises whose count has not risen beyond rule 4's noise
 * since the first test, 12 weeks or more ago (rule 19). Training that long should show; when it has not, something else
 * may be holding the calf back, worth a physiotherapist's look. A side that fell since the last test is C42's instead.
 */
export function flatSides(tests: readonly TestPoint[], fell: readonly ('left' | 'right')[]): FlatSide[] {
  const first = tests[0];
  const now = tests.at(-1);
  if (!first || !now || tests.length < 2 || daysBetween(first.date, now.date) < FLAT_AFTER_DAYS) return [];
  return (['left', 'right'] as const)
    .filter((x) => !fell.includes(x))
    .map((x) => ({ side: x, first: first.straightKnee[x], now: now.straightKnee[x] }))
    .filter((f) => f.now < TARGET.reps && f.now - f.first < TEST_NOISE_REPS);
}
