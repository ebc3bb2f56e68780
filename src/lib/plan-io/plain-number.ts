// Numbers as people write them in a form field. JavaScript's Number() also reads "0x10" as 16, "1e2" as 100 and
// "Infinity", which no runner means; those must reach the schema as not-a-number so the field shows its error.

/** "12", "12.5", ".5", "-3" -> the number; anything else ("0x10", "1e2", "Infinity", "12 reps") -> NaN. */
export function plainNumber(text: string): number {
  const t = text.trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}
