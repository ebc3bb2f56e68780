// Helpers for the plan page specs: wait for hydration, reach controls with the Tab key, fill or save a baseline.
// The usual set-up (answers saved, page opened and hydrated) is a fixture: see plan-test.ts.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Baseline } from '../../../src/domain/index.ts';

export const PLAN = '/plan/';
export const STORAGE_KEY = 'pushoff:baseline';

/** The island has hydrated (no astro-island[ssr] left) and the form is switched on. */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // The steps switch on with the island, whichever step a visit opens on; a shared plan shows its own buttons.
  await expect(
    page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: 'Safety check' })
      .or(page.getByRole('button', { name: 'Use this as my plan' })),
  ).toBeEnabled();
  // The questions load in their own chunk (AnswerSteps.tsx): until then a disabled stand-in of the first step, or
  // "Loading the questions…", shows, and a file set on the stand-in's backup input would go nowhere.
  await expect(page.locator('form.plan-form fieldset[disabled]')).toHaveCount(0);
  await expect(page.getByText('Loading the questions…')).toHaveCount(0);
  // A plan's views load in their own chunk once there is a plan (PlanViews.tsx): a page showing a plan is ready when
  // its four weeks are there, so specs that read the page without waiting see the whole plan.
  if (await page.getByRole('heading', { level: 2, name: /^Your four-week plan/ }).isVisible()) {
    const plan = page.getByRole('region', { name: /^Your four-week plan/ });
    // Saved answers load the engine first (stores/engine.ts): until it is there the page says it is building the
    // plan and has no Print button yet, so wait for that to pass before deciding whether a plan is shown.
    await expect(plan.getByRole('status').filter({ hasText: 'Building your plan' })).toHaveCount(0);
    // The plan renders part by part (PlanViews.tsx); "After the four weeks" comes once every week is complete.
    if (await plan.getByRole('button', { name: 'Print plan' }).isVisible())
      await expect(plan.getByRole('region', { name: 'After the four weeks' })).toBeVisible();
  }
}

/** The plan as text, once all four weeks are there (a plan renders part by part, one per task: PlanViews.tsx). */
export async function planText(page: Page): Promise<string[]> {
  await expect(page.getByRole('region', { name: 'After the four weeks' })).toBeVisible();
  await expect(page.locator('section.week')).toHaveCount(4);
  return page.locator('.plan-summary, section.week').allInnerTexts();
}

export async function openPlan(page: Page, path = PLAN): Promise<void> {
  await page.goto(path);
  await hydrated(page);
}

/** Press Tab until `target` has focus: proves it is reachable by keyboard, in page order. */
export async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

export const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

export type StepName = 'Safety check' | 'The test' | 'Your running week' | 'Your plan';
/** A step's button in the progress indicator. */
export const stepButton = (page: Page, name: StepName) =>
  page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name });
/** Go to a step with its button, as a runner changing one answer would, and wait until it shows. */
export async function toStep(page: Page, name: StepName): Promise<void> {
  await stepButton(page, name).click();
  await expect(stepButton(page, name)).toHaveAttribute('aria-current', 'step');
}
/** Press a step's "Next" (or "See my plan") button by keyboard. */
async function next(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}
export const leg = (page: Page, groupName: string | RegExp, side: 'Left leg' | 'Right leg') =>
  group(page, groupName).getByRole('textbox', { name: side });

/** Worked example 1 of rules.md (26/25, 22/21, hop pain 0, step and weights, 2 sessions), typed by keyboard only,
 * step by step from the safety check (no warning sign) to the plan. */
export async function fillExampleByKeyboard(page: Page): Promise<void> {
  const type = async (field: Locator, text: string) => {
    await tabTo(page, field);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  };
  const tick = async (box: Locator) => {
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  };
  // Pain right now is asked with the warning signs, before the test loads the calf.
  await type(page.getByRole('textbox', { name: 'Pain right now' }), '0');
  await next(page, 'Next: the test');
  await type(leg(page, /^Straight-knee/, 'Left leg'), '26');
  await type(leg(page, /^Straight-knee/, 'Right leg'), '25');
  await type(leg(page, /^Bent-knee/, 'Left leg'), '22');
  await type(leg(page, /^Bent-knee/, 'Right leg'), '21');
  await type(leg(page, /^Light hop test/, 'Left leg'), '32');
  await type(leg(page, /^Light hop test/, 'Right leg'), '31');
  await type(page.getByRole('textbox', { name: 'Pain while hopping' }), '0');
  await type(page.getByRole('textbox', { name: 'Age (optional)' }), '34');
  await tabTo(page, page.getByRole('combobox', { name: 'Sex, for the typical counts (optional)' }));
  await page.keyboard.type('F');
  await next(page, 'Next: your running week');
  const kit = group(page, 'Equipment you have');
  await tick(kit.getByRole('checkbox', { name: /step/ }));
  await tick(kit.getByRole('checkbox', { name: /^Weights/ }));
  const runs = group(page, 'Days you run');
  for (const d of ['Tuesday', 'Thursday', 'Saturday', 'Sunday']) await tick(runs.getByRole('checkbox', { name: d }));
  await tabTo(page, page.getByRole('combobox', { name: 'Long-run day' }));
  await page.keyboard.type('Su');
  await tick(group(page, 'Hard-session days').getByRole('checkbox', { name: 'Thursday' }));
  const start = page.getByLabel('Start date');
  await tabTo(page, start);
  await page.keyboard.type('03032025'); // Chromium's date field in the en-US locale: month, day, year
  await expect(start).toHaveValue('2025-03-03');
  await next(page, 'See my plan');
}

/** A baseline from tests/fixtures/baselines/, as the page stores it. */
export const fixture = (name: string): Baseline =>
  JSON.parse(readFileSync(new URL(`../../fixtures/baselines/${name}.json`, import.meta.url), 'utf8'));

/** Worked example 1 of rules.md (the average runner), the answers most plan specs start from. */
export const EXAMPLE = fixture('example-1-average-runner');

/** Start with a saved plan, as if the user had filled the form before and seen their plan (so no step is left
 * unfinished: src/stores/plan-steps.ts). */
export async function withSavedPlan(page: Page, baseline: unknown = EXAMPLE): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        localStorage.removeItem('pushoff:unfinished-step');
        // A device with saved answers holds no changes from before them (saving removes those): a test that typed
        // before seeding would otherwise see them come back over the plan.
        localStorage.removeItem('pushoff:draft');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, JSON.stringify(baseline)] as const,
  );
}

/** Pairs of chart marks, one of `a` and one of `b` in the same SVG, whose boxes overlap on screen: one hides the other
 * (a circle under a square at the same value). */
export async function hiddenMarks(svg: Locator, a: string, b: string): Promise<number> {
  return svg.evaluate(
    (el, [a, b]) => {
      const boxes = (s: string) => [...el.querySelectorAll(s)].map((m) => m.getBoundingClientRect());
      const bs = boxes(b);
      return boxes(a).reduce(
        (n, p) =>
          n + bs.filter((q) => p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom).length,
        0,
      );
    },
    [a, b],
  );
}
