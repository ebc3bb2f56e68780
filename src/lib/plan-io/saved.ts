// The saved Baseline in localStorage. Read back through the same validator as every other input;
// anything unreadable is moved aside (never deleted) and explained, so a bad entry cannot break the page.
import type { FieldError, Validate } from './share-link.ts';

export type Saved<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  | { status: 'set-aside'; message: string; errors?: FieldError[] };

/** Minimal Storage surface, so tests can pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const setAsideKey = (key: string) => `${key}:set-aside`;

export function readSaved<T>(store: KeyValueStore | undefined, key: string, validate: Validate<T>): Saved<T> {
  let raw: string | null = null;
  try {
    raw = store?.getItem(key) ?? null;
  } catch {
    return { status: 'empty' }; // storage blocked (private mode, policy): behave as a first visit
  }
  if (raw === null) return { status: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    setAside(store, key, raw);
    return {
      status: 'set-aside',
      message:
        'Your saved test results could not be read (the stored text is damaged). They were set aside and nothing was lost from this page.',
    };
  }
  const result = validate(parsed);
  if (result.ok) return { status: 'ok', value: result.value };
  setAside(store, key, raw);
  return {
    status: 'set-aside',
    message:
      'Your saved test results are from an older version or were changed, and no longer pass the checks. They were set aside; enter your results again.',
    errors: result.errors,
  };
}

function setAside(store: KeyValueStore | undefined, key: string, raw: string): void {
  try {
    store?.setItem(setAsideKey(key), raw);
    store?.removeItem(key);
  } catch {
    /* storage full or blocked: leave things as they are */
  }
}

/** Save a value; returns false when storage refuses (full, blocked) so the page can say so. */
export function writeSaved(store: KeyValueStore | undefined, key: string, value: unknown): boolean {
  try {
    store?.setItem(key, JSON.stringify(value));
    return store !== undefined;
  } catch {
    return false;
  }
}
