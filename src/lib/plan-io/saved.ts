// The saved Baseline in localStorage. Read back through the same validator as every other input;
// anything unreadable is moved aside (never deleted) and explained, so a bad entry cannot break the page.
import type { FieldError, Validate } from './share-link.ts';

export type Saved<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  | {
      status: 'set-aside';
      message: string;
      errors?: FieldError[];
      /** False when storage refused the copy: the entry is still where it was, and the next save replaces it. */
      kept: boolean;
    };

/** Minimal Storage surface, so tests can pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const setAsideKey = (key: string) => `${key}:set-aside`;

/** A free set-aside key for `key`: an earlier set-aside copy is never overwritten by a later one (review: a second
 * damaged entry replaced the first copy, a whole plan). */
export function freeKey(store: KeyValueStore, key: string): string {
  const base = setAsideKey(key);
  if (store.getItem(base) === null) return base;
  for (let n = 2; ; n += 1) if (store.getItem(`${base}:${n}`) === null) return `${base}:${n}`;
}

/** Said when a copy could not be kept (storage full): the next save replaces the entry (review: "set aside and
 * nothing was lost" was said of a copy that was never made). */
const NOT_KEPT =
  ' This device’s storage is too full to keep a copy of them, so new answers will replace them: save a backup file of anything you need first.';

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
    const kept = setAside(store, key, raw);
    return {
      status: 'set-aside',
      kept,
      message: kept
        ? 'Your saved test results could not be read (the stored text is damaged). They were set aside and nothing was lost from this page.'
        : `Your saved test results could not be read (the stored text is damaged).${NOT_KEPT}`,
    };
  }
  const result = validate(parsed);
  if (result.ok) return { status: 'ok', value: result.value };
  const kept = setAside(store, key, raw);
  return {
    status: 'set-aside',
    kept,
    message: kept
      ? 'Your saved test results are from an older version or were changed, and no longer pass the checks. They were set aside; enter your results again.'
      : `Your saved test results are from an older version or were changed, and no longer pass the checks.${NOT_KEPT}`,
    errors: result.errors,
  };
}

/** Move `raw` from `key` to a free set-aside key; false when storage refuses the copy (the entry is left as it is). */
function setAside(store: KeyValueStore | undefined, key: string, raw: string): boolean {
  if (!store) return false;
  try {
    store.setItem(freeKey(store, key), raw);
    store.removeItem(key);
    return true;
  } catch {
    return false;
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
