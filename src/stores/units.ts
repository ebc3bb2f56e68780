// Load units (kg or lb) and an optional body weight, remembered on this device only. The body weight never
// travels in share links, calendars or backups: it only turns "% of body weight" into a figure on screen and paper.
import { atom, computed } from 'nanostores';
import { parseBodyWeight, type Unit, weightText } from '../lib/plan-io/body-weight.ts';

const UNIT_KEY = 'pushoff:units';
const WEIGHT_KEY = 'pushoff:body-weight-kg';

export const $unit = atom<Unit>('kg');
/** The body-weight field as typed, in $unit. */
export const $weightText = atom('');
export const $bodyWeight = computed([$weightText, $unit], (text, unit) => parseBodyWeight(text, unit));

export function setUnit(unit: Unit): void {
  const kg = $bodyWeight.get().kg;
  $unit.set(unit);
  // Convert what is shown, so 70 kg becomes 154.3 lb rather than 70 lb.
  if (kg != null) $weightText.set(weightText(kg, unit));
}

/** After hydration: read the remembered choices, then keep them saved. Storage errors are ignored (optional data). */
export function startUnits(): void {
  try {
    const unit = localStorage.getItem(UNIT_KEY);
    if (unit === 'kg' || unit === 'lb') $unit.set(unit);
    const kg = Number(localStorage.getItem(WEIGHT_KEY) ?? NaN);
    if (kg > 0) $weightText.set(weightText(kg, $unit.get()));
  } catch {
    /* storage blocked: defaults */
  }
  $unit.listen((u) => {
    try {
      localStorage.setItem(UNIT_KEY, u);
    } catch {
      /* blocked */
    }
  });
  $bodyWeight.listen(({ kg, error }) => {
    try {
      if (kg != null) localStorage.setItem(WEIGHT_KEY, String(kg));
      else if (!error) localStorage.removeItem(WEIGHT_KEY);
    } catch {
      /* blocked */
    }
  });
}
