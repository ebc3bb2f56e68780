// npm run bench: plans per second and median microseconds per plan (validation included) over varied,
// deterministically generated baselines (a tiny LCG, fixed seed). Exits 1 if the median exceeds 1000 us.

import { adjustPlan } from '../../src/domain/adjust/adjust-plan.ts';
import { type Baseline, createPlan, exampleBaseline, RED_FLAG_IDS, WEEKDAYS } from '../../src/domain/index.ts';
import { addDays } from '../../src/domain/prescribe/schedule.ts';
import { EQUIPMENT } from '../../src/schemas/common.ts';

const LIMIT_US = 1000;
const COUNT = 2000;
const ROUNDS = 5;

let seed = 20250303;
/** Numerical Recipes LCG: deterministic, good enough to vary inputs. */
function rand(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
const some = <T>(xs: readonly T[]): T[] => xs.filter(() => rand() < 0.5);

function baseline(): Baseline {
  const b = drawBaseline();
  // A pain score needs its place (C50's missing answer): same draws, pain 0 where no place was drawn.
  return b.painLocations.length === 0 ? { ...b, painNow: 0 } : b;
}

function drawBaseline(): Baseline {
  const sk = int(5, 45);
  const hop = (pain: number) => ({
    left: int(10, 40),
    right: int(10, 40),
    pain,
    ...(pain > 0
      ? { where: [pick(['achilles-midportion', 'achilles-insertion', 'calf', 'plantar-heel', 'shin'] as const)] }
      : {}),
  });
  const runDays = some(WEEKDAYS);
  return {
    ...exampleBaseline,
    age: rand() < 0.8 ? int(18, 75) : null,
    sex: rand() < 0.8 ? pick(['female', 'male'] as const) : null,
    straightKnee: { left: sk, right: Math.max(1, sk + int(-8, 8)) },
    bentKnee: rand() < 0.8 ? { left: int(3, 40), right: int(3, 40) } : null,
    // Where hopping hurt is asked whenever it hurt (C22); the bench samples every place.
    hopTest: rand() < 0.7 ? hop(int(0, 3)) : null,
    painNow: int(0, 5),
    painLocations:
      rand() < 0.3
        ? [pick(['achilles-midportion', 'achilles-insertion', 'calf', 'plantar-heel', 'shin'] as const)]
        : [],
    history: {
      calfStrain: pick(['none', 'none', 'left', 'right'] as const),
      strainCleared: false,
      gapChecked: false,
      achillesTendinopathy: rand() < 0.2,
      achillesPart: pick(['midportion', 'insertional'] as const),
      plantarHeelPain: rand() < 0.1,
      shinPain: rand() < 0.1,
      crampsInLongRuns: rand() < 0.2,
    },
    redFlags: Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])) as Baseline['redFlags'],
    sessionsPerWeek: int(1, 3),
    equipment: some(EQUIPMENT),
    runDays,
    longRunDay: runDays.length && rand() < 0.8 ? pick(runDays) : null,
    hardDays: runDays.filter(() => rand() < 0.3),
    startDate: `2025-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
  };
}

const inputs = Array.from({ length: COUNT }, baseline);
for (const b of inputs.slice(0, 200)) createPlan(b); // warm-up

const times: number[] = [];
let plans = 0;
const started = process.hrtime.bigint();
for (let round = 0; round < ROUNDS; round++) {
  for (const b of inputs) {
    const t0 = process.hrtime.bigint();
    const r = createPlan(b);
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
    if (!r.ok) throw new Error(`bench input rejected: ${JSON.stringify(r.errors)}`);
    if (r.result.kind === 'plan') plans++;
  }
}
const totalS = Number(process.hrtime.bigint() - started) / 1e9;
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const p95 = times[Math.floor(times.length * 0.95)];

console.log(
  `plan engine bench: ${times.length} runs over ${COUNT} baselines (${plans} plans, ${times.length - plans} referrals)`,
);
console.log(`  ${(times.length / totalS).toFixed(0)} plans per second`);
console.log(`  median ${median.toFixed(1)} us per plan, p95 ${p95.toFixed(1)} us (limit ${LIMIT_US} us)`);
if (median > LIMIT_US) {
  console.error(`median ${median.toFixed(1)} us is over the ${LIMIT_US} us limit`);
  process.exit(1);
}

// Issue 14: the adjustment step alone (what it adds to a plan), with a 12-week log of one check-in a day, one
// morning in five not back to usual. Limit 50 us median.
const ADJUST_LIMIT_US = 50;
const withPlans = inputs
  .map((b) => ({ b, r: createPlan(b) }))
  .flatMap(({ b, r }) => (r.ok && r.result.kind === 'plan' ? [{ b, plan: r.result }] : []))
  .slice(0, 500);
const logFor = (start: string) => ({
  version: 1 as const,
  entries: Array.from({ length: 84 }, (_, i) => ({
    date: addDays(start, i - 56), // 8 weeks before the block and its 4 weeks
    week: 1 + Math.floor(i / 7),
    session: 1,
    status: 'done' as const,
    effort: 5,
    painDuring: 2,
    nextMorning: { pain: 1, stiffness: i % 5 === 0 ? ('more' as const) : ('usual' as const) },
  })),
});
const adjustTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++)
  for (const { b, plan } of withPlans) {
    const h = { log: logFor(plan.startDate), today: addDays(plan.endDate, 1) };
    const t0 = process.hrtime.bigint();
    adjustPlan(plan, b.painNow, h);
    adjustTimes.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
adjustTimes.sort((a, b) => a - b);
const adjustMedian = adjustTimes[Math.floor(adjustTimes.length / 2)];
console.log(
  `  adjustment step with a 12-week log: median ${adjustMedian.toFixed(1)} us (limit ${ADJUST_LIMIT_US} us), ${adjustTimes.length} runs`,
);
if (adjustMedian > ADJUST_LIMIT_US) {
  console.error(`adjustment median ${adjustMedian.toFixed(1)} us is over the ${ADJUST_LIMIT_US} us limit`);
  process.exit(1);
}

// Issue 14's next block: block 3 after two earlier blocks (C41), each planned again and following a 12-week log.
// Three blocks' work, so the limit is three plans' (3 x 1000 us).
const BLOCKS_LIMIT_US = 3 * LIMIT_US;
const blockTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++)
  for (const { b } of withPlans.slice(0, 200)) {
    const b2 = { ...b, startDate: addDays(b.startDate, 28) };
    const b3 = { ...b, startDate: addDays(b.startDate, 56) };
    const h = { log: logFor(b3.startDate), today: addDays(b3.startDate, 27), earlier: [b, b2] };
    const t0 = process.hrtime.bigint();
    createPlan(b3, h);
    blockTimes.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
blockTimes.sort((a, b) => a - b);
const blockMedian = blockTimes[Math.floor(blockTimes.length / 2)];
console.log(
  `  block 3 after two earlier blocks, 12-week log: median ${blockMedian.toFixed(1)} us (limit ${BLOCKS_LIMIT_US} us), ${blockTimes.length} runs`,
);
if (blockMedian > BLOCKS_LIMIT_US) {
  console.error(`next-block median ${blockMedian.toFixed(1)} us is over the ${BLOCKS_LIMIT_US} us limit`);
  process.exit(1);
}
