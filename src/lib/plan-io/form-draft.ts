// The plan form's draft: what the user has typed, kept as text and ticked lists, keyed by the Baseline's own
// field paths ('straightKnee.left', 'runDays'). Because the keys match validateBaseline's error paths, every
// error lands next to the field it is about. Pure: no DOM, no storage.
import type { Baseline, BaselineInput, FieldError } from '../../domain/index.ts';
import { plainNumber } from './plain-number.ts';

/** Text fields (numbers, dates, one-choice selects), in the order the form shows them. */
export const TEXT_KEYS = [
  'straightKnee.left',
  'straightKnee.right',
  'bentKnee.left',
  'bentKnee.right',
  'hopTest.left',
  'hopTest.right',
  'hopTest.pain',
  'painNow',
  'age',
  'sex',
  'history.calfStrain',
  'sessionsPerWeek',
  'longRunDay',
  'startDate',
  // #12 screen
  'history.achillesPart',
] as const;
/** Multiple-choice fields as lists of ticked values ('redFlags' lists the ids answered yes). */
export const LIST_KEYS = [
  'redFlags',
  'hopTest.where',
  'painLocations',
  'history',
  'equipment',
  'runDays',
  'hardDays',
] as const;
export type TextKey = (typeof TEXT_KEYS)[number];
export type ListKey = (typeof LIST_KEYS)[number];
export type Draft = Record<TextKey, string> & Record<ListKey, string[]>;

/** Every field in on-screen order, for "focus the first error". */
export const FIELD_ORDER: readonly (TextKey | ListKey)[] = [
  'redFlags',
  // Asked with the warning signs, before the test: the test loads the calf to fatigue (plan-steps.ts).
  'painNow',
  'painLocations',
  'straightKnee.left',
  'straightKnee.right',
  'bentKnee.left',
  'bentKnee.right',
  'hopTest.left',
  'hopTest.right',
  'hopTest.pain',
  'hopTest.where',
  'age',
  'sex',
  'history.calfStrain',
  'history',
  'history.achillesPart',
  'sessionsPerWeek',
  'equipment',
  'runDays',
  'longRunDay',
  'hardDays',
  'startDate',
];

export function emptyDraft(startDate = ''): Draft {
  const d = Object.fromEntries([
    ...TEXT_KEYS.map((k) => [k, '']),
    ...LIST_KEYS.map((k) => [k, []]),
  ]) as unknown as Draft;
  // Two sessions a week sits inside rule 9's 2-3; 'none' is the schema's own default for calf strain.
  return { ...d, sessionsPerWeek: '2', 'history.calfStrain': 'none', startDate };
}

/** '' stays missing (the schema then asks for it); anything else becomes a number, NaN for text like "abc" or "0x10". */
const num = (s: string) => (s.trim() === '' ? undefined : plainNumber(s));
const blank = (...xs: string[]) => xs.every((x) => x.trim() === '');

/** The draft as schema input. Optional groups (bent knee, hop test) left fully blank become null ("not done"). */
export function draftToInput(d: Draft, redFlagIds: readonly string[]): BaselineInput {
  const pair = (l: string, r: string) => (blank(l, r) ? null : { left: num(l), right: num(r) });
  const hop = blank(d['hopTest.left'], d['hopTest.right'], d['hopTest.pain'])
    ? null
    : {
        left: num(d['hopTest.left']),
        right: num(d['hopTest.right']),
        pain: num(d['hopTest.pain']),
        // Only when ticked: a hop test with no place reads as answers saved before the question (missingAnswers).
        ...(d['hopTest.where'].length ? { where: d['hopTest.where'] } : {}),
      };
  const history: Record<string, unknown> = { calfStrain: d['history.calfStrain'] || 'none' };
  for (const k of d.history) history[k] = true;
  // The part belongs to an Achilles history; without one it is not known (C27).
  history.achillesPart = d.history.includes('achillesTendinopathy') ? d['history.achillesPart'] || null : null;
  return {
    age: blank(d.age) ? null : num(d.age),
    sex: d.sex || null,
    straightKnee: { left: num(d['straightKnee.left']), right: num(d['straightKnee.right']) },
    bentKnee: pair(d['bentKnee.left'], d['bentKnee.right']),
    hopTest: hop,
    painNow: num(d.painNow),
    painLocations: d.painLocations,
    history,
    redFlags: Object.fromEntries(redFlagIds.map((id) => [id, d.redFlags.includes(id)])),
    sessionsPerWeek: num(d.sessionsPerWeek),
    equipment: d.equipment,
    runDays: d.runDays,
    longRunDay: d.longRunDay || null,
    hardDays: d.hardDays,
    startDate: d.startDate.trim(),
  } as BaselineInput; // the schema, not this cast, decides what is valid
}

const str = (n: number | null | undefined) => (n == null ? '' : String(n));

/** A valid Baseline back into form text (saved plan, share link, backup import). */
export function baselineToDraft(b: Baseline): Draft {
  const h = b.history;
  return {
    ...emptyDraft(b.startDate),
    'straightKnee.left': str(b.straightKnee.left),
    'straightKnee.right': str(b.straightKnee.right),
    'bentKnee.left': str(b.bentKnee?.left),
    'bentKnee.right': str(b.bentKnee?.right),
    'hopTest.left': str(b.hopTest?.left),
    'hopTest.right': str(b.hopTest?.right),
    'hopTest.pain': str(b.hopTest?.pain),
    painNow: str(b.painNow),
    age: str(b.age),
    sex: b.sex ?? '',
    'history.calfStrain': h.calfStrain,
    'history.achillesPart': h.achillesPart ?? '',
    sessionsPerWeek: str(b.sessionsPerWeek),
    longRunDay: b.longRunDay ?? '',
    redFlags: Object.entries(b.redFlags)
      .filter(([, yes]) => yes)
      .map(([id]) => id),
    painLocations: [...b.painLocations],
    'hopTest.where': [...(b.hopTest?.where ?? [])],
    history: (
      [
        'achillesTendinopathy',
        'plantarHeelPain',
        'shinPain',
        'crampsInLongRuns',
        'strainCleared',
        'gapChecked',
      ] as const
    ).filter((k) => h[k]),
    equipment: [...b.equipment],
    runDays: [...b.runDays],
    hardDays: [...b.hardDays],
  };
}

/**
 * The field an error belongs to: the longest field key that is the error path or a prefix of it
 * ('hardDays.1' -> 'hardDays', 'history.shinPain' -> 'history'). '' when no field matches.
 */
export function fieldFor(path: string): string {
  let best = '';
  for (const k of FIELD_ORDER) {
    if ((path === k || path.startsWith(`${k}.`)) && k.length > best.length) best = k;
  }
  return best;
}

/** Errors grouped by field (first message per field); errors that fit no field go under ''. */
export function placeErrors(errors: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[fieldFor(e.path)] ??= e.message;
  return out;
}
