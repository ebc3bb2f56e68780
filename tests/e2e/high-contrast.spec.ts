// Windows high-contrast mode (forced colours) drops backgrounds and paints every border in one colour, so a state
// shown only by colour disappears. Each check compares the marked item with its unmarked neighbours, as a user would.
import { expect, type Locator, test } from '@playwright/test';
import { openPlan, stepButton, toStep, withSavedPlan } from './support/plan.ts';

test.use({ colorScheme: 'light' });
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
});

const css = (l: Locator, prop: string) => l.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);

test('the main menu still marks the current section', async ({ page }) => {
  await page.goto('/drills/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const current = nav.getByRole('link', { name: 'Drills' });
  await expect(current).toHaveAttribute('aria-current', 'page');
  const other = nav.getByRole('link', { name: 'Cues' });
  expect(await css(current, 'border-bottom-color')).not.toBe(await css(other, 'border-bottom-color'));
  expect(await css(other, 'border-bottom-color')).toBe(
    await page.locator('html').evaluate((h) => getComputedStyle(h).backgroundColor),
  );
});

test('the header search shows which suggestion is selected', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search the site' });
  await box.fill('calf');
  const options = page.getByRole('banner').getByRole('option');
  await expect(options.nth(2)).toBeVisible();
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  expect(await css(options.nth(1), 'border-top-color')).not.toBe(await css(options.nth(0), 'border-top-color'));
  expect(await css(options.nth(1), 'border-top-color')).not.toBe(await css(options.nth(2), 'border-top-color'));
});

test('a pressed filter chip on /search/ looks pressed, not only bolder', async ({ page }) => {
  await page.goto('/search/?q=calf');
  const type = page.getByRole('group', { name: 'Type' });
  const drill = type.getByRole('button', { name: /^Drill\b/ });
  await drill.click();
  await expect(drill).toHaveAttribute('aria-pressed', 'true');
  const cue = type.getByRole('button', { name: /^Cue\b/ });
  expect(await css(drill, 'background-color')).not.toBe(await css(cue, 'background-color'));
});

test('the home page main button keeps a visible outline', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('link', { name: 'Build your plan' });
  expect(await css(main, 'border-top-width')).toBe('2px');
  expect(await css(main, 'border-top-color')).not.toBe(
    await page.locator('html').evaluate((h) => getComputedStyle(h).backgroundColor),
  );
});

test('tick boxes and selects fall back to the system controls, which high-contrast mode draws', async ({ page }) => {
  await openPlan(page);
  await toStep(page, 'Your running week'); // it has both a tick box and a select
  const box = page.getByRole('checkbox').first();
  const select = page.locator('main select').first();
  expect(await css(box, 'appearance')).toBe('auto');
  expect(await css(select, 'appearance')).toBe('auto');
  expect(await css(select, 'background-image')).toBe('none');
  // Without forced colours the site draws its own (checked in library-layout.spec.ts).
  await page.emulateMedia({ forcedColors: 'none' });
  expect(await css(box, 'appearance')).toBe('none');
});

/** The colour painted at (x, y) inside an element, read from a screenshot: in forced colours the computed style still
 * reports the author's colours, which the browser then overrides when it paints. */
async function painted(l: Locator, x: number, y: number): Promise<string> {
  const png = (await l.screenshot()).toString('base64');
  const blank = await l.page().context().newPage();
  const rgb = await blank.evaluate(
    async ([src, x, y]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${src}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d') as CanvasRenderingContext2D;
      g.drawImage(img, 0, 0);
      return [...g.getImageData(x, y, 1, 1).data.slice(0, 3)].join(',');
    },
    [png, x, y] as const,
  );
  await blank.close();
  return rgb;
}

test('the plan’s steps still mark the current one (phone review: all four numbers looked alike)', async ({ page }) => {
  await openPlan(page);
  await toStep(page, 'The test');
  await expect(stepButton(page, 'The test')).toHaveAttribute('aria-current', 'step');
  // Inside each number's circle, left of its digit.
  const inside = (name: 'Safety check' | 'The test') => painted(stepButton(page, name).locator('.step-number'), 6, 14);
  expect(await inside('The test')).not.toBe(await inside('Safety check'));
});

test('a picked score on a 0-10 scale stands out from the others', async ({ page }) => {
  await page.clock.install({ time: new Date('2025-03-03T08:00:00') }); // worked example 1's first session day
  await withSavedPlan(page);
  await page.goto('/plan/');
  await page.getByRole('button', { name: "Start today's session" }).click();
  const scale = page.getByRole('dialog').getByRole('group', { name: 'Pain right now (0-10)' });
  await scale.getByRole('radio', { name: '3', exact: true }).click();
  await page.mouse.move(0, 0); // no hover outline on the picked one
  // Inside each button, left of its number.
  const inside = (n: string) => painted(scale.locator('label').nth(Number(n)), 6, 22);
  expect(await inside('3')).not.toBe(await inside('4'));
});
