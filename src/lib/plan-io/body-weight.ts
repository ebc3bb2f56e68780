// The optional body weight field: parse, check and show it in kg or lb. The plan engine states added load as a share
// of body weight; src/domain/explain/load-text.ts turns that share into an amount. Pure.

import { fromKg, KG_PER_LB, type Unit } from '../../domain/explain/weight-units.ts';
import { plainNumber } from './plain-number.ts';

export { fromKg, KG_PER_LB, type Unit };

/**
 * Accepted body weights in kg. A Pushoff convention (rules.md gives no figure): wide enough for any adult
 * or teenage runner, narrow enough to catch a typo such as 700.
 */
export const BODY_WEIGHT_KG = { min: 20, max: 300 } as const;

const round1 = (x: number) => Math.round(x * 10) / 10;
export const toKg = (value: number, unit: Unit) => (unit === 'kg' ? value : value * KG_PER_LB);

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
