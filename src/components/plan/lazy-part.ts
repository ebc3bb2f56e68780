// A part of the plan page whose code loads the first time it is needed, not with the page (issue 13's budget: a new
// runner never needs the plan's views, a returning runner never needs the form until "Change my answers").
import { useEffect, useState } from 'preact/hooks';

/**
 * A hook for one lazily loaded module: `[module, failed]`, the module once loaded (kept for later mounts) and whether
 * its load failed (a lost connection, a deploy that renamed the file), so the page can say so instead of waiting.
 */
export function lazyPart<M>(load: () => Promise<M>): (need: boolean) => [M | null, boolean] {
  let loaded: M | null = null;
  return function useLazyPart(need) {
    const [part, setPart] = useState(loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (!need || part) return;
      load().then(
        (m) => {
          loaded = m;
          setPart(m);
        },
        () => setFailed(true),
      );
    }, [need]);
    return [part, failed && !part];
  };
}
