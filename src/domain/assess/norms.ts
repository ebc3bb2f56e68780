// Limb symmetry (rule 5) and the comparison with published heel-raise norms (rule 2), with the
// runner-ready target of rule 3 kept apart and labelled as a target, not a norm.
import type { Baseline, Side } from '../model/baseline.ts';
import type { NormComparison, NormsSummary, PerSide, Symmetry } from '../model/plan-types.ts';

/** Approximate median reps by age band (20s/30s/40s/50s), rule 2 (check against the paper, as rules.md says). */
const BANDS = { male: [37, 32, 28, 23], female: [30, 27, 24, 21] } as const;
/** Pooled medians by sex (n=566), rule 2. */
const BY_SEX = { male: 24, female: 21 } as const;
/** Pooled medians without sex, dominant / non-dominant (n=500), rule 2; the stronger side is taken as dominant. */
const POOLED = { stronger: 25, weaker: 24 } as const;
/** Day-to-day test noise, rule 4: within this many reps reads as "about typical" (C12). */
export const TEST_NOISE_REPS = 6;
/** Rule 3 target: reps each side and minimum symmetry. */
export const TARGET = { reps: 25, symmetry: 90 } as const;
/** Rule 5 symmetry threshold (%). */
export const SYMMETRY_THRESHOLD = 90;

export function symmetryPercent(a: number, b: number): number {
  const hi = Math.max(a, b);
  return hi === 0 ? 100 : Math.round((Math.min(a, b) / hi) * 1000) / 10;
}

export function weakerSide(v: PerSide<number>): Side | null {
  return v.left === v.right ? null : v.left < v.right ? 'left' : 'right';
}

/** `below` replaces the usual "Under 90%" sentence when the extra set goes elsewhere (see summary.ts). */
export function symmetry(v: PerSide<number>, label: string, below?: string): Symmetry {
  const percent = symmetryPercent(v.left, v.right);
  const weak = weakerSide(v);
  const belowNinety = percent < SYMMETRY_THRESHOLD;
  const text =
    `${label}: left ${v.left}, right ${v.right}, symmetry ${percent}%. ` +
    (belowNinety
      ? (below ?? `Under 90%, so the ${weak} side goes first and gets one extra set.`)
      : weak
        ? `Within 10%: both sides get the same number of sets.`
        : 'Both sides are equal.');
  return { left: v.left, right: v.right, percent, weakerSide: weak, belowNinety, text, ruleIds: ['R5'] };
}

function reference(b: Baseline): { text: string; typical: PerSide<number> } {
  const weak = weakerSide(b.straightKnee);
  const pooled = (stronger: number, weaker: number): PerSide<number> => ({
    left: weak === 'left' ? weaker : stronger,
    right: weak === 'right' ? weaker : stronger,
  });
  if (b.sex && b.age != null && b.age >= 20 && b.age < 60) {
    const band = Math.floor(b.age / 10) - 2;
    const v = BANDS[b.sex][band];
    return {
      text: `${b.sex === 'male' ? 'men' : 'women'} aged ${(band + 2) * 10}-${(band + 2) * 10 + 9}`,
      typical: { left: v, right: v },
    };
  }
  if (b.sex) {
    const v = BY_SEX[b.sex];
    // Not "all ages": the study's own age range is not in rules.md, so the text names only what is known.
    const why =
      b.age != null
        ? ` (there is no age band for ${b.age}: the bands cover ages 20-59)`
        : ' (give your age for an age band)';
    return {
      text: `the median for ${b.sex === 'male' ? 'men' : 'women'} in the published sample${why}`,
      typical: { left: v, right: v },
    };
  }
  const missing = b.age != null ? 'sex' : 'age and sex';
  return {
    text: `adults of both sexes (give your ${missing} for a closer comparison)`,
    typical: pooled(POOLED.stronger, POOLED.weaker),
  };
}

function compare(reps: number, typical: number): NormComparison {
  return reps < typical - TEST_NOISE_REPS ? 'below' : reps > typical + TEST_NOISE_REPS ? 'above' : 'about';
}

const WORD: Record<NormComparison, string> = { below: 'below typical', about: 'about typical', above: 'above typical' };

export function compareWithNorms(b: Baseline): NormsSummary {
  const ref = reference(b);
  const sk = b.straightKnee;
  const comparison = { left: compare(sk.left, ref.typical.left), right: compare(sk.right, ref.typical.right) };
  const t = ref.typical;
  // Pooled norms are for the dominant and non-dominant leg; the stronger side stands in for the dominant one.
  const typical =
    t.left === t.right
      ? `${t.left} reps`
      : `${Math.max(t.left, t.right)} reps on the stronger side, ${Math.min(t.left, t.right)} on the weaker`;
  const text =
    `Compared with ${ref.text}, typical about ${typical}: ` +
    `left ${sk.left} is ${WORD[comparison.left]}, right ${sk.right} is ${WORD[comparison.right]}. ` +
    `Within ${TEST_NOISE_REPS} reps counts as about typical, because the test itself varies that much from day to day. ` +
    'Bent-knee counts have no published norms, so only their symmetry is judged.';
  const sym = symmetryPercent(sk.left, sk.right);
  const met = Math.min(sk.left, sk.right) >= TARGET.reps && sym >= TARGET.symmetry;
  const bentSym = b.bentKnee ? symmetryPercent(b.bentKnee.left, b.bentKnee.right) : null;
  const target = {
    met,
    text:
      `Runner-ready target (a target, not a norm): ${TARGET.reps} or more straight-knee reps on each side with the sides within 10%; many clinics also aim for 30 in a row. ` +
      (met
        ? 'You meet it today.'
        : `Not met yet: your weaker side has ${Math.min(sk.left, sk.right)} reps and symmetry is ${sym}%.`) +
      (met && bentSym !== null && bentSym < TARGET.symmetry
        ? ` With the knee bent your sides are at ${bentSym}%, which still keeps hops waiting.`
        : ''),
    ruleIds: met && bentSym !== null && bentSym < TARGET.symmetry ? ['R3' as const, 'C18' as const] : ['R3' as const],
  };
  return { reference: ref.text, typical: ref.typical, comparison, text, target, ruleIds: ['R2', 'R4', 'R6', 'C12'] };
}
