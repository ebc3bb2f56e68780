// Kilograms and pounds, apart from the load's words (load-text.ts): the plan page's first script reads a body weight
// with these, and needs none of the plan's words.
export type Unit = 'kg' | 'lb';
/** Exact by definition: 1 lb = 0.45359237 kg. */
export const KG_PER_LB = 0.45359237;
export const fromKg = (kg: number, unit: Unit) => (unit === 'kg' ? kg : kg / KG_PER_LB);
