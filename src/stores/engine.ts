// The plan engine's prescription (createPlan, the plan's words) loads the first time a plan is due, not with the page:
// a new runner's safety check and test need only validation and screening, which the page imports directly (issue
// 13's budget: at most 50 KB gzip before the user acts). A returning runner's saved answers ask for it at once.
import { atom } from 'nanostores';

export type Engine = typeof import('../domain/create-plan.ts');

/** The engine once loaded; null until then. Stores that need a plan read it and wait while it is null. */
export const $engine = atom<Engine | null>(null);
/** True when loading failed (offline without the file cached, say): the page says so instead of waiting forever. */
export const $engineFailed = atom(false);

let loading: Promise<void> | null = null;

/** Load the engine once; calling again while it loads (or after) does nothing more. A failed load may be retried. */
export function loadEngine(): Promise<void> {
  loading ??= import('../domain/create-plan.ts').then(
    (m) => {
      $engineFailed.set(false);
      $engine.set(m);
    },
    () => {
      loading = null;
      $engineFailed.set(true);
    },
  );
  return loading;
}
