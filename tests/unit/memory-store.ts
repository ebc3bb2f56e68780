// Storage doubles for the unit tests of what reads and writes localStorage: one that keeps values in a Map (its data
// open to assertions), and one that throws as blocked or full storage does.
import type { KeyValueStore } from '../../src/lib/plan-io/saved.ts';

export function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** Reading and writing throw (cookies blocked, storage full); removing does nothing. */
export const blockedStore = (): KeyValueStore => ({
  getItem: () => {
    throw new Error('blocked');
  },
  setItem: () => {
    throw new Error('blocked');
  },
  removeItem: () => {},
});

/** `store` read as it is, but too full to write: every setItem throws as a full localStorage does. */
export const fullStore = (store: KeyValueStore): KeyValueStore => ({
  getItem: (k) => store.getItem(k),
  removeItem: (k) => store.removeItem(k),
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
});
