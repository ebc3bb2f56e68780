// The training log in localStorage under 'pushoff:log', read back through its schema. A log that cannot be read is
// moved aside (never overwritten, never deleted) and explained; the next check-in then starts a new log.
import * as z from 'zod/mini';
import {
  emptyLog,
  type SessionKey,
  type SessionLog,
  type SessionLogEntry,
  sameSession,
  sessionLogSchema,
  withEntry,
} from '../../domain/model/session-log.ts';
import type { KeyValueStore } from '../plan-io/saved.ts';

export const LOG_KEY = 'pushoff:log';

export type LogRead =
  | { status: 'ok'; log: SessionLog }
  | { status: 'empty'; log: SessionLog }
  | { status: 'set-aside'; log: SessionLog; key: string; message: string };

/** A free set-aside key: an earlier set-aside log is never overwritten by a later one. */
function freeKey(store: KeyValueStore): string {
  const base = `${LOG_KEY}:set-aside`; // the convention of plan-io/saved.ts, written out: this file loads lazily
  if (store.getItem(base) === null) return base;
  for (let n = 2; ; n += 1) if (store.getItem(`${base}:${n}`) === null) return `${base}:${n}`;
}

export function readLog(store: KeyValueStore | undefined): LogRead {
  let raw: string | null = null;
  try {
    raw = store?.getItem(LOG_KEY) ?? null;
  } catch {
    return { status: 'empty', log: emptyLog() }; // storage blocked: behave as a first visit
  }
  if (raw === null || !store) return { status: 'empty', log: emptyLog() };
  let ok = false;
  let parsed: SessionLog | null = null;
  try {
    const r = z.safeParse(sessionLogSchema, JSON.parse(raw));
    ok = r.success;
    if (r.success) parsed = r.data;
  } catch {
    ok = false;
  }
  if (ok && parsed) return { status: 'ok', log: parsed };
  let key = '';
  try {
    key = freeKey(store);
    store.setItem(key, raw);
    store.removeItem(LOG_KEY);
  } catch {
    key = LOG_KEY; // could not move it: it stays where it is, untouched
  }
  return {
    status: 'set-aside',
    log: emptyLog(),
    key,
    // Review: a copy storage refused was said to be "kept aside under pushoff:log", then the next check-in replaced it.
    message:
      key === LOG_KEY
        ? 'Your saved training log could not be read (damaged, or changed by hand), and this device’s storage is too full to keep a copy of it: your next check-in starts a new log in its place.'
        : `Your saved training log could not be read (damaged, or changed by hand). It was kept aside on this device under "${key}" and a new log starts with your next check-in.`,
  };
}

/**
 * Add a check-in and save. `log` is null when storage refuses (full, blocked); `notice` explains a damaged log that
 * was set aside on the way (the check-in then starts a new log).
 */
export function saveCheckIn(
  store: KeyValueStore | undefined,
  entry: SessionLogEntry,
): { log: SessionLog | null; notice: string | null } {
  const read = readLog(store);
  const notice = read.status === 'set-aside' ? read.message : null;
  // Checking in again keeps a morning answer already given for that session, and the pain check before it (reopening a
  // session done does not ask it again).
  const before = findEntry(read.log, entry);
  const morning = entry.nextMorning ?? before?.nextMorning;
  const painCheck = entry.painCheck ?? before?.painCheck;
  const log = withEntry(read.log, {
    ...entry,
    ...(morning ? { nextMorning: morning } : {}),
    ...(painCheck ? { painCheck } : {}),
  });
  try {
    if (!store) return { log: null, notice };
    store.setItem(LOG_KEY, JSON.stringify(log));
    return { log, notice };
  } catch {
    return { log: null, notice };
  }
}

/** The check-in saved for one session, if any. */
export const findEntry = (log: SessionLog, key: SessionKey) => log.entries.find((e) => sameSession(e, key)) ?? null;

/** Record the morning after a session (rule 8) on its log entry. `log` is null when storage refuses or the entry is gone. */
export function saveMorning(
  store: KeyValueStore | undefined,
  key: SessionKey,
  nextMorning: NonNullable<SessionLogEntry['nextMorning']>,
): { log: SessionLog | null; notice: string | null } {
  const read = readLog(store);
  const notice = read.status === 'set-aside' ? read.message : null;
  const entry = findEntry(read.log, key);
  if (!entry || !store) return { log: null, notice };
  const log = withEntry(read.log, { ...entry, nextMorning });
  try {
    store.setItem(LOG_KEY, JSON.stringify(log));
    return { log, notice };
  } catch {
    return { log: null, notice };
  }
}
