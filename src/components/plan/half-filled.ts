// The message under an empty box of an optional test begun but not finished (bent knee, hop test). In the questions'
// own code, not the store: a returning runner's page, which loads the store, never shows it (plan-page budget).
import type { Draft, TextKey } from '../../lib/plan-io/form-draft.ts';

const blank = (...xs: string[]) => xs.every((x) => x.trim() === '');

/** The empty boxes of an optional test begun but not finished (bent knee, hop test), and what each then says. */
const HALF: Record<string, string> = {
  'bentKnee.left': 'Add your left leg’s count too, or leave both empty if you did not test the bent knee.',
  'bentKnee.right': 'Add your right leg’s count too, or leave both empty if you did not test the bent knee.',
  'hopTest.left': 'Add your left leg’s hops too, or leave the hop test empty if you did not do it.',
  'hopTest.right': 'Add your right leg’s hops too, or leave the hop test empty if you did not do it.',
  'hopTest.pain': 'Add your pain while hopping (0 for none), or leave the hop test empty if you did not do it.',
};
const OPTIONAL_TESTS: readonly (readonly TextKey[])[] = [
  ['bentKnee.left', 'bentKnee.right'],
  ['hopTest.left', 'hopTest.right', 'hopTest.pain'],
];

/** Phone review: an optional test half filled put "Enter a whole number" under its empty box; it says what is missing
 * and that the whole test may stay empty. */
export function halfFilled(d: Draft, path: string, error: string | undefined): string | undefined {
  const keys = OPTIONAL_TESTS.find((g) => g.includes(path as TextKey));
  if (!error || !keys || !blank(d[path as TextKey]) || blank(...keys.map((k) => d[k]))) return error;
  return HALF[path];
}
