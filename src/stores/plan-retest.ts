// The retest and the next block (issue 14, C41): the finished block's answers join the earlier blocks, and the form
// opens on the safety check with the test emptied, so the runner answers the warning signs and redoes the test.
// Until the new plan shows, the runner can go back to the block they had, and leaving the page half-way does too.
import { atom } from 'nanostores';
import type { Baseline } from '../domain/index.ts';
import { addDays } from '../domain/prescribe/schedule.ts';
import { localStore } from '../lib/local-storage.ts';
import { writeDraft } from '../lib/plan-io/draft-storage.ts';
import { baselineToDraft } from '../lib/plan-io/form-draft.ts';
import { $outdated } from './other-tab.ts';
import { $draft, loadBaseline, notify } from './plan.ts';
import { $history, earlierBlocks, setEarlier } from './plan-history.ts';

/** True from "Retest" until the new plan shows (or the runner keeps the block they had): the plan step with answers
 * still to complete does not end it. Meanwhile the answers are not saved (stores/plan-session.ts): the block the runner
 * had stays the saved one. */
export const $retesting = atom(false);
/** This page started a retest whose plan has not been saved yet. */
let finishing = false;
/** On the device from "Retest" until the new plan shows: a visit that finds it left a retest half-way. */
const PENDING_KEY = 'pushoff:retest-pending';
const pending = (on: boolean) => {
  try {
    if (on) localStore()?.setItem(PENDING_KEY, '1');
    else localStore()?.removeItem(PENDING_KEY);
  } catch {
    /* storage blocked: a half-done retest then simply stays as typed */
  }
};

/** What a retest asks again: the counts, the hop test and pain today (the running week and history carry over). */
const RETEST_FIELDS = [
  'straightKnee.left',
  'straightKnee.right',
  'bentKnee.left',
  'bentKnee.right',
  'hopTest.left',
  'hopTest.right',
  'hopTest.pain',
  'painNow',
] as const;

const NOT_SAVED =
  'Your finished block could not be saved on this device (storage is full or blocked). Save a backup file to keep it.';

/** Start the retest after the block `b` made, which ends on `endDate`: the next block starts the day after (or today). */
export function startNextBlock(b: Baseline, endDate: string): void {
  // One retest at a time (review: a second press during one added the finished block twice, and made up a block 2).
  // Nor from a page whose answers another tab has changed since (other-tab.ts): its block is not the latest.
  if ($retesting.get() || $outdated.get()) return;
  const today = $history.get()?.today ?? '';
  const next = addDays(endDate, 1);
  // The flag first: nothing typed from here is saved, or kept as changes to bring back, until the retest's plan shows
  // (review: the emptied answers were kept, and came back over the block the runner chose to keep).
  $retesting.set(true);
  finishing = true;
  pending(true);
  // Changes not yet saved are given up with the answers the retest replaces: none come back after it.
  writeDraft(localStore(), null);
  // ISO dates sort as text: the later of the day after the block and today.
  // One change to the draft: field by field, the old counts with the new date would be a valid plan for a moment,
  // and be saved as if the retest were done.
  const d = baselineToDraft({ ...b, startDate: [next, today].sort()[1] });
  for (const k of RETEST_FIELDS) d[k] = '';
  // Warning signs and where it hurts are today's answers: asked again, never carried over. So is a check of the gap
  // the last test found (C54): the new counts may show another.
  $draft.set({
    ...d,
    redFlags: [],
    painLocations: [],
    'hopTest.where': [],
    history: d.history.filter((k) => k !== 'gapChecked'),
  });
  // The earlier blocks last: set while the old answers still stood, they made a "block 2" of those answers, which the
  // retest then showed as its last complete plan (review).
  notify('save', setEarlier([...earlierBlocks(), b]) ? undefined : { message: NOT_SAVED });
}

/** The runner's answers were saved, which a retest's are only once its plan shows: no retest is left pending. */
export function retestSaved(): void {
  // The finished block is written again: another tab opened meanwhile took this retest for one left half-way and gave
  // it back (review: block 1 was lost). This page's list is the one its plan shows.
  if (finishing) setEarlier(earlierBlocks());
  finishing = false;
  pending(false);
}

/** "Keep my current block": the last earlier block's answers come back as the current ones. */
export function cancelRetest(): void {
  const earlier = earlierBlocks();
  const last = earlier.pop();
  finishing = false;
  pending(false);
  if (last) {
    setEarlier(earlier);
    loadBaseline(last);
  }
  // Last: ending the retest saves the answers as they stand, the block loaded back, never the retest's half-typed ones.
  $retesting.set(false);
}

/**
 * On page start: a retest left before its plan showed left the saved answers as the finished block's. That block goes
 * back to being the current one (the runner can start the retest again; the counts typed so far are not kept). Only
 * when the saved answers are that block's: a stray flag beside a later block's answers is cleared and nothing else
 * (review: a tampered flag removed an earlier block). True when a retest was left.
 */
export function dropUnfinishedRetest(saved: Baseline | null): boolean {
  let left = false;
  try {
    left = localStore()?.getItem(PENDING_KEY) === '1';
  } catch {
    return false;
  }
  if (!left) return false;
  pending(false);
  const earlier = earlierBlocks();
  if (saved && JSON.stringify(earlier.at(-1)) === JSON.stringify(saved)) setEarlier(earlier.slice(0, -1));
  return true;
}
