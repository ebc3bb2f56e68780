// The Baseline: one runner's test results and week, as entered in the form, carried in share links,
// JSON import and local storage. ONE zod schema; JSON-serialisable; limits turn impossible values into
// plain-language field errors. Versioning lives outside (share links add their own version mark).
// zod/mini, not classic zod: the same schema validates in the browser, where classic zod alone would take
// several times the plan page's whole 25 KB JavaScript budget.
import * as z from 'zod/mini';
import { ACHILLES_PARTS, EQUIPMENT, PAIN_LOCATIONS, RED_FLAG_IDS, type RedFlagId, WEEKDAYS } from './vocabulary.ts';

export type { AchillesPart, PainLocation, Side, Weekday } from './vocabulary.ts';
export { PAIN_LOCATIONS, WEEKDAYS };

/** Field limits. Beyond them a value is a typo, not a result. */
export const LIMITS = {
  /** Heel raises per side (reps); far above any published count. */
  reps: 150,
  /** Single-leg hops in 20 s per side; about 3 a second is already very fast. */
  hops: 80,
  age: { min: 10, max: 100 },
  /** Start dates accepted (years). */
  year: { min: 2000, max: 2100 },
} as const;

const whole = (min: number, max: number, unit: string) => {
  const error = `Enter a whole number from ${min} to ${max}${unit ? ` (${unit})` : ''}.`;
  return z.int({ error }).check(z.minimum(min, { error }), z.maximum(max, { error }));
};
/** Under 10 the answer is not a typing slip to correct: the plan is not made for a child that young, and the message
 * says who to ask instead (physiotherapist's read: a 9-year-old got only "from 10 to 100", and a parent would clear the
 * age and get an adult's plan). */
const age = (() => {
  const error = `Enter a whole number from ${LIMITS.age.min} to ${LIMITS.age.max} (years).`;
  const young = `Pushoff plans start at age ${LIMITS.age.min}. For a younger child, ask a physiotherapist or a coach who works with children.`;
  return z.int({ error }).check(z.minimum(LIMITS.age.min, { error: young }), z.maximum(LIMITS.age.max, { error }));
})();
const yesNo = z.boolean({ error: 'Answer yes or no.' });
const perSide = (max: number, unit: string) =>
  z.object(
    { left: whole(0, max, unit), right: whole(0, max, unit) },
    { error: 'Enter a value for the left and the right side.' },
  );
const uniqueList = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z
    .array(z.enum(values, { error: `Choose from: ${values.join(', ')}.` }), { error: `Give a list of ${what}.` })
    .check(z.refine((a) => new Set(a).size === a.length, { error: `List each of the ${what} only once.` }));
const weekday = z.enum(WEEKDAYS, { error: 'Use a weekday written mon, tue, wed, thu, fri, sat or sun.' });

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < LIMITS.year.min || y > LIMITS.year.max) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function flagShape(ids: readonly RedFlagId[]): Record<RedFlagId, typeof yesNo> {
  return Object.fromEntries(ids.map((id) => [id, yesNo])) as Record<RedFlagId, typeof yesNo>;
}

/** No past problems: what missing history answers mean (the schema's default, and the worked example's). */
const NO_HISTORY = {
  calfStrain: 'none',
  strainCleared: false,
  gapChecked: false,
  achillesTendinopathy: false,
  achillesPart: null,
  plantarHeelPain: false,
  shinPain: false,
  crampsInLongRuns: false,
} as const;

export const baselineSchema = z
  .object(
    {
      /** Age in years (optional; picks the norm band, rule 2). */
      age: z.nullish(age),
      /** Sex for the norms (optional; the published norms are for men and women). */
      sex: z.nullish(z.enum(['female', 'male'], { error: 'Choose female or male, or leave it empty.' })),
      /** Straight-knee single-leg heel raises per side, reps at 60 bpm (rule 1). 0 = the heel could not lift. */
      straightKnee: perSide(LIMITS.reps, 'reps'),
      /** Bent-knee single-leg heel raises per side, reps at 60 bpm (optional; rule 6). */
      bentKnee: z.nullish(perSide(LIMITS.reps, 'reps')),
      /** Light hop test (optional): single-leg hops in 20 s per side, and pain while hopping 0-10. Missing or null = not attempted. */
      hopTest: z.nullish(
        z.object(
          {
            left: whole(0, LIMITS.hops, 'hops in 20 s'),
            right: whole(0, LIMITS.hops, 'hops in 20 s'),
            pain: whole(0, 10, 'pain score'),
            /** Where hopping hurt (only asked when it hurt): the heel bone brings rule 17, a shin or heel over 5/10
             * the bone-stress check (C22). Missing in answers saved before it was asked. */
            where: z.optional(uniqueList(PAIN_LOCATIONS, 'places where hopping hurt')),
          },
          { error: 'Give left and right hop counts and a pain score, or leave the hop test out.' },
        ),
      ),
      /** Pain right now, 0 (none) to 10 (worst imaginable) (rule 7). */
      painNow: whole(0, 10, 'pain score'),
      /** Where it hurts now; empty = nowhere. */
      painLocations: z._default(uniqueList(PAIN_LOCATIONS, 'pain locations'), []),
      /** Past problems. Missing answers mean "no". */
      history: z._default(
        z.object(
          {
            /** Old calf strain and its side. */
            calfStrain: z._default(
              z.enum(['none', 'left', 'right', 'both'], { error: 'Choose none, left, right or both.' }),
              'none',
            ),
            /** A physiotherapist or doctor has checked the strained calf since and cleared it for training (C13: the
             * checks it asks for are done). Read only with a strain. */
            strainCleared: z._default(yesNo, false),
            /** A physiotherapist or doctor has looked at the difference between the calves since this test (C54, C13's
             * Achilles history: the check asked for before week 3 is done). Cleared at a retest: new counts, new gap. */
            gapChecked: z._default(yesNo, false),
            achillesTendinopathy: z._default(yesNo, false),
            /** Which part of the Achilles hurt: mid-portion, or where it meets the heel bone (rule 17). Null = not
             * known; with achillesTendinopathy true the plan asks for it before planning (C27), never guesses. */
            achillesPart: z._default(
              z.nullable(z.enum(ACHILLES_PARTS, { error: 'Choose mid-portion or at the heel bone.' })),
              null,
            ),
            plantarHeelPain: z._default(yesNo, false),
            shinPain: z._default(yesNo, false),
            /** Cramps in long runs. */
            crampsInLongRuns: z._default(yesNo, false),
          },
          { error: 'Give the history as a set of yes/no answers.' },
        ),
        NO_HISTORY,
      ),
      /** Red-flag screening: one yes/no per sign (RED_FLAG_QUESTIONS). Every answer is required. */
      redFlags: z.object(flagShape(RED_FLAG_IDS), { error: 'Answer every red-flag question.' }),
      /** Loaded calf sessions per week (rule 9). */
      sessionsPerWeek: whole(1, 3, 'sessions a week'),
      /** Kit you own; empty = nothing. Household items (wall, chair, towel) are assumed. */
      equipment: z._default(uniqueList(EQUIPMENT, 'equipment items'), []),
      /** Days you usually run. */
      runDays: z._default(uniqueList(WEEKDAYS, 'run days'), []),
      /** Day of your long run, if you have one; must be a run day. */
      longRunDay: z.nullish(weekday),
      /** Days with a hard session (intervals, tempo, races); must be run days. */
      hardDays: z._default(uniqueList(WEEKDAYS, 'hard-session days'), []),
      /** First day of the plan, YYYY-MM-DD. */
      startDate: z
        .string({ error: 'Enter the start date as YYYY-MM-DD.' })
        .check(z.refine(isIsoDate, { error: `Enter a real date between ${LIMITS.year.min} and ${LIMITS.year.max}.` })),
    },
    { error: 'It does not hold the answers to the test and the questions.' },
  )
  .check(
    z.superRefine(
      (b, ctx) => {
        // Not an object at all (a share link holding something else): the object's own error says so; reading a field
        // here would throw instead (found by Lighthouse on an old-shape link).
        if (typeof b !== 'object' || b === null || !Array.isArray(b.runDays) || !Array.isArray(b.hardDays)) return;
        if (b.longRunDay && !b.runDays.includes(b.longRunDay)) {
          ctx.addIssue({
            code: 'custom',
            path: ['longRunDay'],
            message: 'Pick one of your run days as the long-run day, or leave it empty.',
          });
        }
        b.hardDays.forEach((day, i) => {
          if (!b.runDays.includes(day)) {
            ctx.addIssue({
              code: 'custom',
              path: ['hardDays', i],
              message: 'A hard-session day must also be one of your run days.',
            });
          }
        });
      },
      {
        // Also when another field (say, age "abc") has an error, so fixing that one does not reveal this one only later;
        // skipped only when the days themselves are unreadable.
        when: (payload) =>
          payload.issues.every((i) => !['runDays', 'longRunDay', 'hardDays'].includes(String(i.path?.[0]))),
      },
    ),
  );

export type Baseline = z.infer<typeof baselineSchema>;
/** The Baseline as typed by hand or stored (defaults not yet applied). */
export type BaselineInput = z.input<typeof baselineSchema>;

/** Every warning sign answered no: the worked example's, and the pain check's before a session (it asks none). */
export const NO_FLAGS = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])) as Record<RedFlagId, boolean>;

/** Worked example 1 of rules.md: an average runner (26/25, 22/21, hop pain 0, step and backpack, 2 sessions). */
export const exampleBaseline: Baseline = {
  age: 34,
  sex: 'female',
  straightKnee: { left: 26, right: 25 },
  bentKnee: { left: 22, right: 21 },
  hopTest: { left: 32, right: 31, pain: 0 },
  painNow: 0,
  painLocations: [],
  history: { ...NO_HISTORY },
  redFlags: { ...NO_FLAGS },
  sessionsPerWeek: 2,
  equipment: ['step', 'weights'],
  runDays: ['tue', 'thu', 'sat', 'sun'],
  longRunDay: 'sun',
  hardDays: ['thu'],
  startDate: '2025-03-03',
};

/** C27: answers the plan needs before it can be built, asked again rather than guessed (old data may lack them). */
export const ACHILLES_PART_MISSING =
  'Say which part of the Achilles hurt: a few centimetres above the heel (mid-portion) or where it meets the heel bone. Older saved answers did not ask this, and the plan changes with it.';
export const PAIN_PLACE_PATH = 'painLocations';
export const PAIN_PLACE_MISSING =
  'Tick where it hurts now: the plan treats pain in the calf muscle, the Achilles, the heel and the shin differently.';
export const HOP_PLACE_PATH = 'hopTest.where';
export const HOP_PLACE_MISSING =
  'Tick where hopping hurt: pain where the Achilles meets the heel bone keeps your raises at floor level, and pain in a shin or heel is checked for bone stress.';
/** The two "where does it hurt" questions: answers saved before either was asked are asked again now, but an earlier
 * block's test is not planned again for them (plan-blocks.ts). */
export const PLACE_PATHS: readonly string[] = [PAIN_PLACE_PATH, HOP_PLACE_PATH];
/** What missingAnswers reads. */
type Answered = {
  painNow: number;
  painLocations: readonly unknown[];
  hopTest?: { pain: number; where?: readonly unknown[] } | null;
  history: { achillesTendinopathy: boolean; achillesPart: unknown };
};
export function missingAnswers(b: Answered): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (b.history.achillesTendinopathy && b.history.achillesPart === null)
    out.push({ path: 'history.achillesPart', message: ACHILLES_PART_MISSING });
  // C50 (physio re-read): pain 4/10 with no place ticked got "acceptable for loading", past the calf-muscle check.
  if (b.painNow > 0 && b.painLocations.length === 0) out.push({ path: PAIN_PLACE_PATH, message: PAIN_PLACE_MISSING });
  // Physiotherapist's reads: hopping pain at the heel bone still got drops below the step in week 2 (rule 17).
  if (b.hopTest && b.hopTest.pain > 0 && (b.hopTest.where ?? []).length === 0)
    out.push({ path: HOP_PLACE_PATH, message: HOP_PLACE_MISSING });
  return out;
}

/** The same questions for answers that do not validate yet, so the form asks them together with its other errors
 * instead of after them. A field that is itself invalid counts as unanswered (its own error says why). */
export function missingAnswersSoFar(input: BaselineInput): { path: string; message: string }[] {
  const pain = input.painNow;
  const h: { achillesTendinopathy?: unknown; achillesPart?: unknown } = input.history ?? {};
  const score = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 10 ? x : 0);
  const hop: { pain?: unknown; where?: unknown } | null | undefined = input.hopTest;
  return missingAnswers({
    painNow: score(pain),
    hopTest: hop ? { pain: score(hop.pain), where: Array.isArray(hop.where) ? hop.where : [] } : null,
    painLocations: Array.isArray(input.painLocations) ? input.painLocations : [],
    history: { achillesTendinopathy: h.achillesTendinopathy === true, achillesPart: h.achillesPart ?? null },
  });
}
