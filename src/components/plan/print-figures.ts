// The plan's drill figures load lazily (each is fetched when scrolled near), so a plan printed or saved as PDF before
// the runner has scrolled through it printed blank boxes (phone review). Once every part of the plan is on the page,
// the figures still waiting load while the browser is idle, and at once if printing starts first.

const waiting = (root: ParentNode) => root.querySelectorAll<HTMLImageElement>('img.fig[loading="lazy"]');

function loadAll(root: ParentNode): void {
  for (const img of waiting(root)) img.loading = 'eager';
}

/** Loads `root`'s waiting figures when the browser is next idle, or before printing; returns the clean-up. */
export function loadFiguresForPrint(root: ParentNode): () => void {
  const now = () => loadAll(root);
  addEventListener('beforeprint', now);
  // Safari has no requestIdleCallback: a timer of a second is late enough not to compete with the plan's own tasks.
  const idle = 'requestIdleCallback' in window ? requestIdleCallback(now) : setTimeout(now, 1000);
  return () => {
    removeEventListener('beforeprint', now);
    if ('cancelIdleCallback' in window) cancelIdleCallback(idle as number);
    else clearTimeout(idle);
  };
}
