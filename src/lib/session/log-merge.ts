// Merging a training log from a backup into the one on this device (issue 14): each check-in is read through the
// Log schema on its own, so one damaged entry does not cost the rest; a check-in already here for the same session
// (date, week, session) is never overwritten. Pure: returns the merged log and what it did, in counts and dates.
import * as z from 'zod/mini';
import { type SessionLog, type SessionLogEntry, sessionLogEntrySchema } from '../../domain/model/session-log.ts';

export type Merge = {
  log: SessionLog;
  /** New check-ins taken from the backup. */
  added: number;
  /** Check-ins the device already had, word for word. */
  same: number;
  /** Dates of check-ins the backup has differently: the device's own answer is kept. */
  kept: string[];
  /** The backup's own second copies of a session it already gave (the first is taken). */
  repeated: number;
  /** How many of the backup's entries could not be read (damaged or from another version). */
  unreadable: number;
};

const key = (e: SessionLogEntry) => `${e.date}|${e.week}|${e.session}`;
const byDay = (a: SessionLogEntry, b: SessionLogEntry) =>
  a.date === b.date ? a.session - b.session : a.date < b.date ? -1 : 1;

export function mergeLogs(current: SessionLog, incoming: unknown): Merge {
  const raw = (incoming as { entries?: unknown } | null)?.entries;
  const entries = Array.isArray(raw) ? raw : [];
  const here = new Map(current.entries.map((e) => [key(e), JSON.stringify(e)]));
  const fromFile = new Set<string>();
  const added: SessionLogEntry[] = [];
  const out: Merge = {
    log: current,
    added: 0,
    same: 0,
    kept: [],
    repeated: 0,
    unreadable: Array.isArray(raw) ? 0 : incoming == null ? 0 : 1,
  };
  for (const x of entries) {
    const r = z.safeParse(sessionLogEntrySchema, x);
    if (!r.success) {
      out.unreadable += 1;
      continue;
    }
    const k = key(r.data);
    const mine = here.get(k);
    // Review: a file's own second copy was reported as "kept as on this device", which had none.
    if (fromFile.has(k)) out.repeated += 1;
    else if (mine === undefined) {
      added.push(r.data);
      fromFile.add(k);
      here.set(k, JSON.stringify(r.data));
    } else if (mine === JSON.stringify(r.data)) out.same += 1;
    else out.kept.push(r.data.date);
  }
  // Sorted once (review: a 40,000-entry backup, re-sorted for each new check-in, held the page for 40 s).
  out.added = added.length;
  if (added.length) out.log = { ...current, entries: [...current.entries, ...added].sort(byDay) };
  return out;
}

/** What a merge did, in one plain sentence for the page. */
export function mergeWords(m: Merge): string {
  const parts = [
    `${m.added} check-in${m.added === 1 ? '' : 's'} added to your training log`,
    m.same ? `${m.same} already here` : '',
    m.kept.length ? `${m.kept.length} kept as on this device, which has a different answer (${m.kept.join(', ')})` : '',
    m.repeated
      ? `${m.repeated} left out as ${m.repeated === 1 ? 'a second copy' : 'second copies'} in the file of a check-in it already gave`
      : '',
    m.unreadable ? `${m.unreadable} skipped because ${m.unreadable === 1 ? 'it' : 'they'} could not be read` : '',
  ].filter(Boolean);
  return `${parts.join('; ')}.`;
}
