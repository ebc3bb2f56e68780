// Merging a training log from a backup into the one on this device (issue 14): each check-in is read through the
// Log schema on its own, so one damaged entry does not cost the rest; a check-in already here for the same session
// (date, week, session) is never overwritten. Pure: returns the merged log and what it did, in counts and dates.
import * as z from 'zod/mini';
import {
  type SessionLog,
  type SessionLogEntry,
  sessionLogEntrySchema,
  withEntry,
} from '../../domain/model/session-log.ts';

export type Merge = {
  log: SessionLog;
  /** New check-ins taken from the backup. */
  added: number;
  /** Check-ins the device already had, word for word. */
  same: number;
  /** Dates of check-ins the backup has differently: the device's own answer is kept. */
  kept: string[];
  /** How many of the backup's entries could not be read (damaged or from another version). */
  unreadable: number;
};

const key = (e: SessionLogEntry) => `${e.date}|${e.week}|${e.session}`;

export function mergeLogs(current: SessionLog, incoming: unknown): Merge {
  const raw = (incoming as { entries?: unknown } | null)?.entries;
  const entries = Array.isArray(raw) ? raw : [];
  const here = new Map(current.entries.map((e) => [key(e), JSON.stringify(e)]));
  const out: Merge = {
    log: current,
    added: 0,
    same: 0,
    kept: [],
    unreadable: Array.isArray(raw) ? 0 : incoming == null ? 0 : 1,
  };
  for (const x of entries) {
    const r = z.safeParse(sessionLogEntrySchema, x);
    if (!r.success) {
      out.unreadable += 1;
      continue;
    }
    const mine = here.get(key(r.data));
    if (mine === undefined) {
      out.log = withEntry(out.log, r.data);
      here.set(key(r.data), JSON.stringify(r.data));
      out.added += 1;
    } else if (mine === JSON.stringify(r.data)) out.same += 1;
    else out.kept.push(r.data.date);
  }
  return out;
}

/** What a merge did, in one plain sentence for the page. */
export function mergeWords(m: Merge): string {
  const parts = [
    `${m.added} check-in${m.added === 1 ? '' : 's'} added to your training log`,
    m.same ? `${m.same} already here` : '',
    m.kept.length ? `${m.kept.length} kept as on this device, which has a different answer (${m.kept.join(', ')})` : '',
    m.unreadable ? `${m.unreadable} skipped because ${m.unreadable === 1 ? 'it' : 'they'} could not be read` : '',
  ].filter(Boolean);
  return `${parts.join('; ')}.`;
}
