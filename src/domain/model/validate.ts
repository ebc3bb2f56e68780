// Baseline validation with plain-language field errors ('straightKnee.left': '...'). Never throws.
import { type Baseline, baselineSchema } from './baseline.ts';
import type { FieldError, Validation } from './plan-types.ts';

export function validateBaseline(input: unknown): Validation<Baseline> {
  try {
    const r = baselineSchema.safeParse(input);
    if (r.success) return { ok: true, value: r.data };
    const seen = new Set<string>();
    const errors: FieldError[] = [];
    for (const issue of r.error.issues) {
      const path = issue.path.map(String).join('.');
      const key = `${path}\u0000${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push({ path, message: issue.message });
    }
    return { ok: false, errors };
  } catch {
    return { ok: false, errors: [{ path: '', message: 'These answers could not be read as a baseline.' }] };
  }
}
