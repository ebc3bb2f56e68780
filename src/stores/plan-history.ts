// What the plan knows beyond today's answers (issue 14): the training log read from this device, today's date, and
// the Baselines of earlier blocks (a next block starts where the last one ended, C41). createPlan's history.
// A damaged log or block list is set aside by its reader, never lost, and explained.
import { atom } from 'nanostores';
import type { Baseline, History } from '../domain/index.ts';
import { validateEarlierBlocks } from '../domain/model/block.ts';
import { emptyLog, type SessionLog } from '../domain/model/session-log.ts';
import { localStore } from '../lib/local-storage.ts';
import { readSaved, writeSaved } from '../lib/plan-io/saved.ts';
import { LOG_KEY, readLog } from '../lib/session/log-storage.ts';
import { localIsoDate } from '../lib/session/today.ts';

/** null until the page has read the log (and for a shared plan, which is not the runner's own). */
export const $history = atom<History | null>(null);
export const BLOCKS_KEY = 'pushoff:blocks';

const EARLIER_UNREAD =
  'Your earlier blocks could not be read (the stored list is damaged or from another version), so your current plan is shown as a first block.';
// Review: "set aside, not deleted" was said of a copy storage had refused; the next retest then replaced the list.
const earlierSetAside = (kept: boolean) =>
  kept
    ? `${EARLIER_UNREAD} They were set aside on this device, not deleted.`
    : `${EARLIER_UNREAD} This device’s storage is too full to keep a copy of them, so your next retest, or a backup or shared plan you open, replaces them.`;

/**
 * Read the log and the earlier blocks once on page start; today is the runner's local day (the page may read the
 * clock). Returns the explanations of anything set aside (the caller shows them).
 */
export function startHistory(now: Date = new Date()): { log: string | null; blocks: string | null } {
  const read = readLog(localStore());
  const blocks = readSaved(localStore(), BLOCKS_KEY, validateEarlierBlocks);
  $history.set({
    log: read.log,
    today: localIsoDate(now),
    earlier: blocks.status === 'ok' ? blocks.value : [],
  });
  return {
    log: read.status === 'set-aside' ? read.message : null,
    blocks: blocks.status === 'set-aside' ? earlierSetAside(blocks.kept) : null,
  };
}

const current = (): History => $history.get() ?? { log: emptyLog(), today: localIsoDate(new Date()) };

/** After a check-in or a morning answer: the plan follows the new log at once. */
export function logChanged(log: SessionLog): void {
  $history.set({ ...current(), log });
}

/** A new list of earlier blocks, saved on the device; false when storage refuses (the page says so). */
export function setEarlier(earlier: Baseline[]): boolean {
  $history.set({ ...current(), earlier });
  return writeSaved(localStore(), BLOCKS_KEY, earlier);
}

/** The earlier blocks as they stand now. */
export const earlierBlocks = (): Baseline[] => [...(current().earlier ?? [])];

/**
 * Merge check-ins from elsewhere (a backup file, a shared plan) into this device's log, save it, and let the plan
 * follow it. A check-in already here is never overwritten. Returns what it did in words, or why it could not save.
 * The merge code loads on first use.
 */
export async function mergeIntoLog(incoming: unknown): Promise<string> {
  const { mergeLogs, mergeWords } = await import('../lib/session/log-merge.ts');
  const store = localStore();
  const m = mergeLogs(readLog(store).log, incoming);
  try {
    if (m.added) store?.setItem(LOG_KEY, JSON.stringify(m.log));
  } catch {
    return 'Its training log could not be saved on this device (storage full or blocked).';
  }
  logChanged(m.log);
  return `Its training log: ${mergeWords(m)}`;
}
