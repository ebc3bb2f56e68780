// The home page shows the product before it argues for it: one sentence of what you get, one main action, a real plan
// and a still picture of the guided session, with the sources further down. All of it is static HTML.
import { expect, type Page, test } from '@playwright/test';

/** The text of the main content that is at least partly inside the first screen (the viewport before scrolling). */
const firstScreenText = (page: Page) =>
  page.getByRole('main').evaluate((main) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const seen: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (r.height > 0 && r.top < innerHeight && r.bottom > 0) seen.push(n.textContent ?? '');
    }
    return seen.join(' ').replace(/\s+/g, ' ');
  });

// A short citation as the site writes them: "Dorn 2012", "Silbernagel 2007", "van Ark 2016".
const CITATION = /\b[A-Z][a-z]+ (?:19|20)\d{2}\b/;

test('the home page has one main action, and it opens the plan builder', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  await expect(main.locator('.button.primary')).toHaveCount(1);
  await expect(main.getByRole('link', { name: 'Build your plan' })).toHaveCount(1);
  await main.getByRole('link', { name: 'Build your plan' }).click();
  await expect(page).toHaveURL(/\/plan\/$/);
});

test('a runner with a plan saved on this device is offered their plan, not a new one', async ({ page }) => {
  // Phone review: "Build your plan" above an example session dated like the runner's own read as starting over.
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('pushoff:baseline', '{}'));
  await page.reload();
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Open your plan' })).toHaveAttribute('href', /\/plan\/$/);
  await expect(main.getByRole('link', { name: 'Build your plan' })).toHaveCount(0);
  await expect(main.locator('.plan-preview')).toContainText('Example plan');
});

for (const viewport of [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
]) {
  test(`at ${viewport.width} px the first screen pitches and acts, and cites nothing`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect(page.getByRole('main').getByRole('link', { name: 'Build your plan' })).toBeInViewport();
    const text = await firstScreenText(page);
    expect(text).toContain('Test your calves at home');
    expect(text, 'no citation in the first screen').not.toMatch(CITATION);
    // The sources are still on the page, further down.
    await expect(page.getByRole('region', { name: 'Why calves' })).toContainText('Dorn 2012');
    await expect(page.getByRole('region', { name: 'Why calves' })).not.toBeInViewport();
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page shows a real plan from the engine', async ({ page }) => {
    await page.goto('/');
    // Worked example 1: 26 and 25 raises; the right leg is weaker, so it goes first, 3 x 12 against 3 x 13.
    const preview = page.getByRole('figure', { name: /A real plan/ });
    await expect(preview).toContainText('26 heel raises on the left leg and 25 on the right');
    const drop = preview.getByRole('row', { name: /Eccentric heel drop, straight knee/ });
    await expect(drop.getByRole('cell')).toHaveText(['3 × 12', '3 × 13']);
  });

  test('the home page pictures one guided step: figure, cue, dose and timer', async ({ page }) => {
    await page.goto('/');
    // The same drill and side as the plan above: 12 reps at 3 s up and 3 s down make a 72 s set, shown as 1:12.
    const player = page.getByRole('img', { name: /Preview of a guided session/ });
    await expect(player).toBeVisible();
    await expect(player).toContainText('Eccentric heel drop, straight knee');
    await expect(player).toContainText('Right leg · 12 reps: 3 s up, 3 s down');
    await expect(player).toContainText('1:12');
    await expect(player).toContainText('Control every lowering');
    await expect(player.locator('svg')).toBeVisible();
    // A picture, not controls: nothing in it takes focus.
    await expect(player.locator('a, button, input, [tabindex]')).toHaveCount(0);
    // Nor drawn as one: its "Start set" is pale and dashed like a greyed-out button (a filled one read as tappable).
    const mock = player.getByText('Start set');
    expect(await mock.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
    expect(await mock.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await expect(player).toHaveAccessibleName(/set timer 1:12; cue: Control every lowering/);
  });
});
