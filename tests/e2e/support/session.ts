// Set-up for the session player and test tool specs: a saved plan, Playwright's clock paused on the plan's first
// day, and recorders for what a person would notice (beats and countdowns on screen, sounds started, vibration,
// wake lock) plus every request that would leave the site.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { LEAD_IN } from '../../../src/components/session/use-player.ts';
import { openPlan, withSavedPlan } from './plan.ts';
import { pickScore } from './score.ts';

/** Worked example 1 starts on Monday 3 March 2025: its first session is "today". */
export const PLAN_DAY = '2025-03-03';

export type Beat = { t: number; beat: number; phase: string; left: string; kind: string };

declare global {
  interface Window {
    __beats: Beat[];
    __tones: number;
    __buzz: number[];
    __wake: string[];
  }
}

/** Runs in the page before any script: records each change of a data-beat attribute at the page's (fake) time. */
function recorders() {
  window.__beats = [];
  window.__tones = 0;
  window.__buzz = [];
  window.__wake = [];
  new MutationObserver((changes) => {
    for (const c of changes) {
      const el = c.target as HTMLElement;
      // One record per event: the beat where an element has one, else its countdown (the test tools' timers).
      if (c.attributeName === 'data-left' && el.hasAttribute('data-beat')) continue;
      window.__beats.push({
        t: performance.now(),
        beat: Number(el.dataset.beat),
        phase: el.dataset.phase ?? '',
        left: el.dataset.left ?? '',
        kind: (el.closest('[data-kind]') as HTMLElement | null)?.dataset.kind ?? el.className.split(' ')[0],
      });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-beat', 'data-left'] });
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args: [number?]) {
    window.__tones += 1;
    return start.apply(this, args);
  };
  Object.defineProperty(navigator, 'vibrate', {
    configurable: true,
    value: (ms: number) => {
      window.__buzz.push(ms);
      return true;
    },
  });
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request: async () => {
        window.__wake.push('request');
        return { release: async () => void window.__wake.push('release') };
      },
    },
  });
}

/** Move the paused clock on; the page runs every timer due on the way, each at its own time. */
export const tick = (page: Page, ms: number) => page.clock.runFor(ms);
/** The player's count-in before a timed set or hold (use-player.ts), in ms. */
export const LEAD_MS = LEAD_IN * 1000;

/** Wait for something that needs the page's timers to run (e.g. a focus move after setTimeout 0). Each failed try of
 * `check` waits out its own expect timeout (5 s) with the clock still, so a slow machine (a full parallel run) needs
 * several tries, each 50 ms of clock on: 30 s leaves room for six (10 s failed once after a reload, with two). */
export async function until(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await tick(page, 50);
    await check();
  }).toPass({ timeout: 30_000 });
}

type Options = {
  /** Start with worked example 1 saved (default) or an empty form. */
  saved: boolean;
  /** The answers saved when `saved` is on (default worked example 1). */
  baseline: unknown;
  /** Pause the clock once the page is up (default), so only tick() moves time; axe needs it running. */
  paused: boolean;
  /** The day the page opens on (default PLAN_DAY, the plan's first day: a loaded session). */
  day: string;
};

export const test = base.extend<Options & { outside: string[]; plan: Page }>({
  saved: [true, { option: true }],
  baseline: [undefined, { option: true }],
  paused: [true, { option: true }],
  day: [PLAN_DAY, { option: true }],
  // Every request that leaves the site (the test fails if any does).
  outside: async ({ page, baseURL }, use) => {
    const urls: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(baseURL ?? '') && !/^(data|blob):/.test(u)) urls.push(u);
    });
    await use(urls);
    expect(urls, 'requests that left the site').toEqual([]);
  },
  // The plan page on the plan's first day, recorders on; by default with a saved plan and the clock paused.
  plan: async ({ page, outside, saved, baseline, paused, day }, use) => {
    void outside;
    await page.clock.install({ time: new Date(`${day}T08:00:00`) });
    await page.addInitScript(recorders);
    if (saved) await withSavedPlan(page, baseline ?? undefined);
    await openPlan(page);
    if (paused) await page.clock.pauseAt(new Date(`${day}T09:00:00`));
    await use(page);
  },
});

/** Every record, in order (beat 0 = a step waiting for Start). */
export const records = (page: Page): Promise<Beat[]> => page.evaluate(() => window.__beats);

/** The beat records of one kind of step ('tempo', 'hold', 'rest', or a tool's class), beat 0 left out. */
export async function beats(page: Page, kind: string): Promise<Beat[]> {
  const all = await page.evaluate(() => window.__beats);
  return all.filter((b) => b.kind === kind && (b.beat > 0 || Number.isNaN(b.beat)));
}

/** Each record at `expected[i]` ms after the first, within 20 ms. */
export function expectTimes(records: readonly Beat[], expected: readonly number[]) {
  expect(records.length, 'number of beats').toBe(expected.length);
  const t0 = records[0].t;
  records.forEach((r, i) => {
    expect(
      Math.abs(r.t - t0 - expected[i]),
      `beat ${i} at ${r.t - t0} ms, expected ${expected[i]}`,
    ).toBeLessThanOrEqual(20);
  });
}

export const dialog = (page: Page) => page.getByRole('dialog');
export const liveRegion = (page: Page): Locator => dialog(page).locator('[aria-live="polite"]');
export { expect };

/** The pain check before drill 1, answered as a runner would: a score, the places it hurts, whether it is worse day on
 * day, then on. `press`: a tap on the phone, a click on the desktop. */
export async function passPainCheck(
  page: Page,
  { pain = '0', places = [] as string[], worse = false, press = (l: Locator) => l.click() } = {},
) {
  const d = dialog(page);
  await pickScore(d, 'Pain right now (0-10)', pain, press);
  for (const p of places) await d.getByRole('checkbox', { name: p }).check();
  if (worse) await d.getByRole('checkbox', { name: 'This pain has got worse day on day' }).check();
  await press(d.getByRole('button', { name: 'Go to the first drill' }));
}
