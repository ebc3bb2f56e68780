// What opening a backup file or "Use this as my plan" replaced: the answers and earlier blocks saved here, kept on the
// device until the runner puts them back or keeps the new plan (review: a block-2 runner who opened a block-1 backup
// lost the retest and the earlier block with no copy and no word; then a reload lost the copy too). The training log
// needs no copy: both only add check-ins to it.
import { atom } from 'nanostores';
import * as z from 'zod/mini';
import { type Baseline, baselineSchema } from '../domain/model/baseline.ts';
import { earlierBlocksSchema } from '../domain/model/block.ts';
import { localStore } from '../lib/local-storage.ts';
import { readSaved, writeSaved } from '../lib/plan-io/saved.ts';
import { $lastGood, loadBaseline, notify } from './plan.ts';
import { earlierBlocks, setEarlier } from './plan-history.ts';
import { $retesting, cancelRetest } from './plan-retest.ts';

/** `visitOnly`: storage refused the copy, so it lasts until the runner leaves the page. */
export type Replaced = { baseline: Baseline; earlier: Baseline[]; by: 'backup' | 'link'; visitOnly?: true };

/** The answers and earlier blocks a backup or a shared plan replaced; null when there were none, or nothing changed. */
export const $replaced = atom<Replaced | null>(null);

export const REPLACED_KEY = 'pushoff:replaced';
// Its parts are the Baseline's and the earlier blocks' own schemas.
const replacedSchema = z.object({
  baseline: baselineSchema,
  earlier: earlierBlocksSchema,
  by: z.enum(['backup', 'link']),
});
const validateReplaced = (input: unknown) => {
  const r = replacedSchema.safeParse(input);
  return r.success ? { ok: true as const, value: r.data } : { ok: false as const, errors: [] };
};
function keep(r: Replaced | null): void {
  if (r) {
    $replaced.set(writeSaved(localStore(), REPLACED_KEY, r) ? r : { ...r, visitOnly: true });
    return;
  }
  $replaced.set(null);
  try {
    localStore()?.removeItem(REPLACED_KEY);
  } catch {}
}

/** On page start: a copy kept from an earlier visit is offered again; a damaged one is set aside and said. */
export function startReplaced(): void {
  const read = readSaved(localStore(), REPLACED_KEY, validateReplaced);
  if (read.status === 'ok') $replaced.set(read.value);
  if (read.status === 'set-aside')
    notify('replaced', {
      message: `The copy of your plan from before a backup or shared plan replaced it could not be read.${read.kept ? ' It was set aside on this device, not deleted.' : ''}`,
    });
}

/** Call before a backup or a shared plan replaces the answers: they are kept if they are not the same. */
export function keepBeforeReplacing(by: Replaced['by'], next: { baseline: Baseline; earlier: readonly Baseline[] }) {
  // A retest under way ends first, its block given back: what is kept is the runner's own (review: a backup opened
  // during one was never saved, and "put back" restored the retest's made-up earlier block).
  if ($retesting.get()) cancelRetest();
  const baseline = $lastGood.get()?.baseline;
  const earlier = earlierBlocks();
  const same = JSON.stringify([baseline, earlier]) === JSON.stringify([next.baseline, next.earlier]);
  keep(baseline && !same ? { baseline, earlier, by } : null);
}

/** "Put back my plan from before": the kept answers and earlier blocks replace what came in. */
export function putBack(): void {
  const r = $replaced.get();
  if (!r) return;
  keep(null);
  setEarlier(r.earlier);
  loadBaseline(r.baseline);
}

/** "Keep the new plan": the copy is let go. */
export const keepNew = (): void => keep(null);
