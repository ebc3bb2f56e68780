// The saved answers changed in another tab or window of this site (a retest finished there, a backup opened, an answer
// edited): this page's are out of date, and saving them would overwrite the newer ones (review: a retest finished in
// one tab, and a second tab opened meanwhile could save its older block over it). From then on this page saves no
// answers, and says so; a reload shows the newer ones. The training log needs none of this: a check-in is added to the
// log as stored (lib/session/log-storage.ts).
import { atom } from 'nanostores';
import { notify } from './plan.ts';

export const $outdated = atom(false);

const OTHER_TAB =
  'Your answers were changed in another tab or window. Reload this page to see them: until then, answers you change here are not saved (check-ins still are).';

/** Watch the stored answers under `key` for another page's change; returns the function that stops watching. */
export function watchOtherTabs(key: string): () => void {
  // A null key is storage cleared.
  const on = (e: StorageEvent) => {
    if (e.key !== key && e.key !== null) return;
    $outdated.set(true);
    notify('tab', { message: OTHER_TAB });
  };
  addEventListener('storage', on);
  return () => removeEventListener('storage', on);
}
