// Load units (kg or lb) and an optional body weight, remembered on this device only. The body weight never
// travels in share links, calendars or backups: it only turns "% of body weight" into a figure on screen and paper.
import { atom, computed } from 'nanostores';
import { localStore } from '../lib/local-storage.ts';
import { BODY_WEIGHT_KG, parseBodyWeight, type Unit, weightText } from '../lib/plan-io/body-weight.ts';

export const UNIT_KEY = 'pushoff:units';
export const WEIGHT_KEY = 'pushoff:body-weight-kg';

/** A stored unit: 'kg' or 'lb'; anything else is set aside for the default. */
export const readUnit = (stored: string): Unit => (stored === 'lb' ? 'lb' : 'kg');

/**
 * A stored body weight in kg, validated like the field: a finite number inside BODY_WEIGHT_KG. Anything else
 * (tampered, "1e400" = Infinity, negative, absurd) is set aside as "not given" rather than shown in the field.
 */
export function readWeightKg(stored: string): number | undefined {
  const kg = stored.trim() === '' ? Number.NaN : Number(stored);
  return Number.isFinite(kg) && kg >= BODY_WEIGHT_KG.min && kg <= BODY_WEIGHT_KG.max ? kg : undefined;
}

const storage = localStore;

/** Storage errors (full, blocked) are ignored: the value stays on screen only. */
const quietly = (write: (s: Storage) => void) => {
  try {
    const s = storage();
    if (s) write(s);
  } catch {
    /* blocked or full */
  }
};

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

/**
 * After hydration (Preact does not patch `value` or `checked` while hydrating, so the fields must start empty):
 * copy the remembered choices into the fields, then keep them saved. Returns a function that stops the saving.
 */
export function startUnits(): () => void {
  const stored = storage();
  const read = (key: string) => {
    try {
      return stored?.getItem(key) ?? '';
    } catch {
      return '';
    }
  };
  $unit.set(readUnit(read(UNIT_KEY)));
  const kg = readWeightKg(read(WEIGHT_KEY));
  if (kg != null) $weightText.set(weightText(kg, $unit.get()));
  const stopUnit = $unit.listen((u) => quietly((s) => s.setItem(UNIT_KEY, u)));
  const stopWeight = $bodyWeight.listen(({ kg, error }) => {
    if (kg != null) quietly((s) => s.setItem(WEIGHT_KEY, String(kg)));
    else if (!error) quietly((s) => s.removeItem(WEIGHT_KEY));
  });
  return () => {
    stopUnit();
    stopWeight();
  };
}
