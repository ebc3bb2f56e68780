// What opening a backup file or "Use this as my plan" replaced: the answers and earlier blocks saved here, kept for
// this visit so the runner can put them back (review: a block-2 runner who opened a block-1 backup lost the retest
// and the earlier block with no copy and no word). The training log needs no copy: both only add check-ins to it.
import { atom } from 'nanostores';
import type { Baseline } from '../domain/model/baseline.ts';
import { $lastGood, loadBaseline } from './plan.ts';
import { earlierBlocks, setEarlier } from './plan-history.ts';
import { $retesting, cancelRetest } from './plan-retest.ts';

export type Replaced = { baseline: Baseline; earlier: Baseline[]; by: 'backup' | 'link' };

/** The answers and earlier blocks a backup or a shared plan replaced; null when there were none, or nothing changed. */
export const $replaced = atom<Replaced | null>(null);

/** Call before a backup or a shared plan replaces the answers: they are kept if they are not the same. */
export function keepBeforeReplacing(by: Replaced['by'], next: { baseline: Baseline; earlier: readonly Baseline[] }) {
  // A retest under way ends first, its block given back: what is kept is the runner's own (review: a backup opened
  // during one was never saved, and "put back" restored the retest's made-up earlier block).
  if ($retesting.get()) cancelRetest();
  const baseline = $lastGood.get()?.baseline;
  const earlier = earlierBlocks();
  const same = JSON.stringify([baseline, earlier]) === JSON.stringify([next.baseline, next.earlier]);
  $replaced.set(baseline && !same ? { baseline, earlier, by } : null);
}

/** "Put back my plan from before": the kept answers and earlier blocks replace what came in. */
export function putBack(): void {
  const r = $replaced.get();
  if (!r) return;
  $replaced.set(null);
  setEarlier(r.earlier);
  loadBaseline(r.baseline);
}
