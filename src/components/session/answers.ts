// What the lazily loaded test tools get from the plan form.
/**
 * The plan form's answers, handed in by the launcher (which holds the store): this lazily loaded part imports
 * nothing the page has already loaded, so the page's own bundle is not split to share it.
 */
export type Answers = {
  values: Record<string, string>;
  /** Add `delta` to the count in the field (from 0 when it holds no count), kept within 0..max. */
  add: (path: string, delta: number, max: number) => void;
  /** Highest count accepted: reps per side, hops in 20 s per side (the Baseline's LIMITS). */
  max: { reps: number; hops: number };
};
