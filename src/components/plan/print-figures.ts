// The plan's drill figures load lazily (each is fetched when scrolled near), so a plan printed before the runner had
// scrolled through it printed blank boxes (phone review). Loading them all once the plan was on the page cost a
// throttled phone's main thread about 100 ms more (Lighthouse with a plan, 95 -> 87: each SVG figure is parsed on it),
// so they load when printing is asked for: the plan's Print button waits for them, and the browser's own print
// (Ctrl+P, the menu) starts them on `beforeprint`.

const FIGURES = 'img.fig[loading="lazy"]';
/** How long the Print button waits for slow figures before printing anyway (ms): a convention, not a measured need. */
const PRINT_WAIT_MS = 3000;

function loadNow(root: ParentNode): HTMLImageElement[] {
  const imgs = [...root.querySelectorAll<HTMLImageElement>(FIGURES)];
  for (const img of imgs) img.loading = 'eager';
  return imgs;
}

const loaded = (img: HTMLImageElement) =>
  img.complete
    ? Promise.resolve()
    : new Promise<void>((done) => {
        img.addEventListener('load', () => done(), { once: true });
        img.addEventListener('error', () => done(), { once: true });
      });

/** Prints once every figure of `root` has loaded (or failed, or `PRINT_WAIT_MS` has passed). */
export async function printWithFigures(root: ParentNode = document): Promise<void> {
  const all = Promise.all(loadNow(root).map(loaded));
  await Promise.race([all, new Promise((done) => setTimeout(done, PRINT_WAIT_MS))]);
  print();
}

/** The browser's own print command: start loading the figures at `beforeprint`; returns the clean-up. */
export function figuresOnPrint(root: ParentNode = document): () => void {
  const now = () => void loadNow(root);
  addEventListener('beforeprint', now);
  return () => removeEventListener('beforeprint', now);
}
