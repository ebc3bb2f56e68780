// Body weight and load units. The plan engine states added load as a share of body weight ("add 2-10% of
// your body weight"); with an optional body weight the page can show that share in kg or lb. Pure.
import { plainNumber } from './plain-number.ts';

export type Unit = 'kg' | 'lb';
/** Exact by definition: 1 lb = 0.45359237 kg. */
export const KG_PER_LB = 0.45359237;

/**
 * Accepted body weights in kg. A Pushoff convention (rules.md gives no figure): wide enough for any adult
 * or teenage runner, narrow enough to catch a typo such as 700.
 */
export const BODY_WEIGHT_KG = { min: 20, max: 300 } as const;

const round1 = (x: number) => Math.round(x * 10) / 10;
export const toKg = (value: number, unit: Unit) => (unit === 'kg' ? value : value * KG_PER_LB);
export const fromKg = (kg: number, unit: Unit) => (unit === 'kg' ? kg : kg / KG_PER_LB);

/** Range shown in the hint and the error, in the chosen unit (whole numbers). */
export function weightRange(unit: Unit): [number, number] {
  return [Math.ceil(fromKg(BODY_WEIGHT_KG.min, unit)), Math.floor(fromKg(BODY_WEIGHT_KG.max, unit))];
}

/** Text from the field: empty = not given; otherwise a number inside the range, or a plain error. */
export function parseBodyWeight(text: string, unit: Unit): { kg: number | null; error: string | null } {
  const t = text.trim().replace(',', '.');
  if (t === '') return { kg: null, error: null };
  const value = plainNumber(t);
  const [min, max] = weightRange(unit);
  if (!Number.isFinite(value) || value < min || value > max) {
    return {
      kg: null,
      error: `Enter your body weight as a number from ${min} to ${max} (${unit}), or leave it empty.`,
    };
  }
  return { kg: toKg(value, unit), error: null };
}

/** The field text for a stored weight in a unit (one decimal, no trailing ".0"). */
export const weightText = (kg: number | null, unit: Unit) => (kg == null ? '' : String(round1(fromKg(kg, unit))));

/**
 * "Add 2-10% of your body weight ..." -> "About 1.4-7 kg for your body weight of 70 kg." Only texts that
 * name a share of body weight get a figure; relative steps ("2-10% more than last week") do not.
 */
export function loadFigure(loadText: string | null, kg: number | null, unit: Unit): string | null {
  if (!loadText || kg == null) return null;
  const m = /(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?%\s+of\s+(?:your\s+)?body weight/i.exec(loadText);
  if (!m) return null;
  const w = fromKg(kg, unit);
  const part = (p: string) => String(round1((w * Number(p)) / 100));
  const range = m[2] ? `${part(m[1])}-${part(m[2])}` : part(m[1]);
  return `About ${range} ${unit} for your body weight of ${round1(w)} ${unit}.`;
}
