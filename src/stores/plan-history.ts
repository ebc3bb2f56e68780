// The training log as the plan sees it (issue 14): the log read from this device and today's date, so the engine
// can let the weeks follow the log (createPlan's history). A damaged log is set aside by readLog, never lost.
import { atom } from 'nanostores';
import type { History } from '../domain/index.ts';
import type { SessionLog } from '../domain/model/session-log.ts';
import { localStore } from '../lib/local-storage.ts';
import { readLog } from '../lib/session/log-storage.ts';
import { localIsoDate } from '../lib/session/today.ts';

/** null until the page has read the log (and for a shared plan, which is not the runner's own). */
export const $history = atom<History | null>(null);

/**
 * Read the log once on page start; today is the runner's local day (the page may read the clock). Returns the
 * explanation when a damaged log was set aside (the caller shows it), else null.
 */
export function startHistory(now: Date = new Date()): string | null {
  const read = readLog(localStore());
  $history.set({ log: read.log, today: localIsoDate(now) });
  return read.status === 'set-aside' ? read.message : null;
}

/** After a check-in or a morning answer: the plan follows the new log at once. */
export function logChanged(log: SessionLog): void {
  const h = $history.get();
  $history.set({ log, today: h?.today ?? localIsoDate(new Date()) });
}
