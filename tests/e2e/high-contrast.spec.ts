// Windows high-contrast mode (forced colours) drops backgrounds and paints every border in one colour, so a state
// shown only by colour disappears. Each check compares the marked item with its unmarked neighbours, as a user would.
import { expect, type Locator, test } from '@playwright/test';
import { openPlan, toStep } from './support/plan.ts';

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
