// The training log in localStorage under 'pushoff:log', read back through its schema. A log that cannot be read is
// copied aside (never overwritten, never deleted) and explained; the check-ins in it that can be read stay, and with
// none the next check-in starts a new log.
import * as z from 'zod/mini';
import {
  emptyLog,
  SESSION_LOG_VERSION,
  type SessionKey,
  type SessionLog,
  type SessionLogEntry,
  sameSession,
  sessionLogEntrySchema,
  sessionLogSchema,
  withEntry,
} from '../../domain/model/session-log.ts';
import { freeKey, type KeyValueStore } from '../plan-io/saved.ts';

export const LOG_KEY = 'pushoff:log';

export type LogRead =
  | { status: 'ok'; log: SessionLog }
  | { status: 'empty'; log: SessionLog }
  | { status: 'set-aside'; log: SessionLog; key: string; message: string };

/** The readable check-ins of a stored log of this version, when some of them are not: one damaged entry must not cost
 * the runner every other (review: one impossible date set the whole log aside, and the plan forgot every session). */
function readableEntries(doc: unknown): { entries: SessionLogEntry[]; unreadable: number } | null {
  const d = doc as { version?: unknown; entries?: unknown } | null;
  if (d?.version !== SESSION_LOG_VERSION || !Array.isArray(d.entries)) return null;
  const entries: SessionLogEntry[] = [];
  for (const x of d.entries) {
    const r = z.safeParse(sessionLogEntrySchema, x);
    if (r.success) entries.push(r.data);
  }
  return entries.length ? { entries, unreadable: d.entries.length - entries.length } : null;
}

export function readLog(store: KeyValueStore | undefined): LogRead {
  let raw: string | null = null;
  try {
    raw = store?.getItem(LOG_KEY) ?? null;
  } catch {
    return { status: 'empty', log: emptyLog() }; // storage blocked: behave as a first visit
  }
  if (raw === null || !store) return { status: 'empty', log: emptyLog() };
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    doc = undefined;
  }
  const whole = z.safeParse(sessionLogSchema, doc);
  if (whole.success) return { status: 'ok', log: whole.data };
  const some = readableEntries(doc);
  // The log as it was is copied aside whole, then what could be read is saved in its place (or, when storage refuses
  // either, read from memory until the next check-in saves it).
  let key = '';
  try {
    key = freeKey(store, LOG_KEY);
    store.setItem(key, raw);
    if (some) store.setItem(LOG_KEY, JSON.stringify({ ...emptyLog(), entries: some.entries }));
    else store.removeItem(LOG_KEY);
  } catch {
    key = store.getItem(key) === raw ? key : LOG_KEY; // not copied: it stays where it is, untouched
  }
  const log = some ? { ...emptyLog(), entries: some.entries } : emptyLog();
  const version = (doc as { version?: unknown } | null)?.version;
  const other = typeof version === 'number' && version !== SESSION_LOG_VERSION;
  return { status: 'set-aside', log, key, message: setAsideWords(key, some, other) };
}

function setAsideWords(key: string, some: { entries: unknown[]; unreadable: number } | null, other: boolean): string {
  const them = some?.unreadable === 1 ? 'that one' : 'them';
  // Review: a log of another version was called "damaged, or changed by hand".
  const what = some
    ? `${some.unreadable === 1 ? '1 check-in' : `${some.unreadable} check-ins`} in your saved training log could not be read (damaged, or changed by hand); ${some.entries.length === 1 ? 'the other one is' : `the other ${some.entries.length} are`} kept and your plan follows them.`
    : `Your saved training log could not be read (${other ? 'it is from another version of Pushoff' : 'damaged, or changed by hand'}), so your plan is shown as planned until you check in again.`;
  // Review: a copy storage refused was said to be kept, then the next check-in replaced it.
  return key === LOG_KEY
    ? `${what} This device’s storage is too full to keep a copy of the log as it was: your next check-in ${some ? `saves it without ${them}` : 'starts a new log in its place'}.`
    : `${what} The log as it was is kept aside on this device under "${key}".${some ? '' : ' A new log starts with your next check-in.'}`;
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
