// The library as a runner meets it on a phone and on a desktop: the drill page uses a wide screen (figure beside
// the steps, an "on this page" list), injury notes say each warning sign once and list drill changes in one table,
// moving figures stop when the system asks for less motion, and controls are thumb-sized.
import { expect, type Page, test } from '@playwright/test';
import { openPlan, toStep } from './support/plan.ts';

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

test.describe('at desktop width', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a drill page puts the figure beside the steps and lists its sections', async ({ page }) => {
    await page.goto('/drills/single-leg-heel-raise/');
    const figure = await box(page, '.drill-figure');
    const steps = await box(page, 'h2:has-text("How to do it")');
    expect(figure.width, 'figure width').toBeGreaterThanOrEqual(300);
    expect(figure.x + figure.width, 'figure ends left of the steps').toBeLessThanOrEqual(steps.x);
    const why = await box(page, 'h2:has-text("Why it matters for push-off")');
    expect(why.y, 'the text starts beside the figure, not below it').toBeLessThan(figure.y + figure.height);

    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    await toc.getByRole('link', { name: 'Common faults' }).click();
    await expect(page).toHaveURL(/#faults$/);
    await expect(page.getByRole('heading', { name: 'Common faults' })).toBeInViewport();
    // The figure stays in view while the reader is down at the faults.
    await expect(page.locator('.drill-figure svg')).toBeInViewport();
  });

  test('a long injury note has an "on this page" list beside the text', async ({ page }) => {
    await page.goto('/injuries/calf-strain/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    const links = await toc.getByRole('link').allTextContents();
    expect(links).toEqual([
      'What it is',
      'What to do now',
      'What the plan changes',
      'Warning signs',
      'Drills to avoid or change',
      'Sources',
    ]);
    const side = await box(page, '.toc');
    const text = await box(page, '.page-body');
    expect(side.x).toBeGreaterThanOrEqual(text.x + text.width);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a drill page reads top to bottom with a figure big enough to learn from', async ({ page }) => {
    await page.goto('/drills/single-leg-heel-raise/');
    const figure = await box(page, '.drill-figure svg');
    expect(figure.width, 'figure width on a phone').toBeGreaterThanOrEqual(120);
    const why = await box(page, 'h2:has-text("Why it matters for push-off")');
    expect(why.y).toBeGreaterThan(figure.y + figure.height);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  });

  test('at 320 px a drill figure is still at least 120 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/drills/pogo-hops/');
    expect((await box(page, '.drill-figure svg')).width).toBeGreaterThanOrEqual(120);
  });

  test('the header links and the main button are at least 44 px tall', async ({ page }) => {
    await page.goto('/');
    for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
      expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    }
    const main = page.getByRole('main').getByRole('link', { name: 'Build your plan' });
    expect((await main.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  });
});

test('an injury note lists each warning sign once, in one place', async ({ page }) => {
  await page.goto('/injuries/calf-strain/');
  const main = page.getByRole('main');
  const signs = page.getByRole('region', { name: 'Warning signs: stop and see a clinician' }).getByRole('listitem');
  await expect(signs).toHaveCount(5);
  // Each sign's words appear once in the page's main content (the footer's short disclaimer is on every page).
  for (const phrase of [
    /swollen, warm and red/,
    /Breathlessness or chest pain/,
    /bruising that tracks/,
    /Pain over 5\/10/,
  ]) {
    await expect(main.getByText(phrase)).toHaveCount(1);
  }
  expect(await main.locator('h2', { hasText: /warning signs|see a clinician/i }).count()).toBe(1);
});

test('an injury note lists the drills to change as one table, each drill once', async ({ page, request }) => {
  await page.goto('/injuries/calf-strain/');
  const table = page.getByRole('region', { name: 'Drills to avoid or change' }).getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Drill', 'Change', 'Why']);
  // 23 drills carry a calf-strain caution; they share 6 rows instead of 23 paragraphs.
  await expect(table.locator('tbody > tr')).toHaveCount(6);
  const hrefs = await table.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toHaveLength(23);
  expect(new Set(hrefs).size).toBe(23);
  for (const href of hrefs) expect((await request.get(href!)).status(), href!).toBe(200);
  await expect(table.getByRole('row', { name: /Strides/ })).toContainText('20% more running a week');
});

test.describe('moving figures', () => {
  const frames = async (page: Page) => {
    const figure = page.locator('.drill-figure svg');
    const first = await figure.screenshot();
    await page.waitForTimeout(700);
    return [first, await figure.screenshot()];
  };

  test('the tempo raise moves and counts the seconds', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/drills/tempo-raise/');
    await expect(page.locator('.drill-figure .pf-motion')).toBeVisible();
    await expect(page.locator('.drill-figure figcaption')).toContainText('Tempo: 2 s up, 3 s down');
    const [a, b] = await frames(page);
    expect(a.equals(b), 'two frames 0.7 s apart differ').toBe(false);
  });

  test('with reduced motion the figure stands still and shows both positions', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const path of ['/drills/tempo-raise/', '/drills/pogo-hops/', '/']) {
      await page.goto(path);
      await expect(page.locator('.pf-motion').first()).toBeHidden();
      await expect(page.locator('.pf-still .pf-ghost').first()).toBeVisible();
    }
    await page.goto('/drills/eccentric-drop-straight/');
    const [a, b] = await frames(page);
    expect(a.equals(b), 'two frames 0.7 s apart are the same').toBe(true);
  });
});

test('the home page shows a real plan and one main action', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  await expect(main.locator('.button.primary')).toHaveCount(1);
  await main.getByRole('link', { name: 'Build your plan' }).click();
  await expect(page).toHaveURL(/\/plan\/$/);
  await page.goBack();
  // Worked example 1: 26 and 25 raises; the right leg is weaker, so it goes first, 3 x 12 against 3 x 13.
  const preview = page.getByRole('figure', { name: /A real plan/ });
  await expect(preview).toContainText('26 heel raises on the left leg and 25 on the right');
  const drop = preview.getByRole('row', { name: /Eccentric heel drop, straight knee/ });
  await expect(drop.getByRole('cell')).toHaveText(['3 × 12', '3 × 13']);
  // Sources come after the pitch, not in it.
  await expect(main.locator('.lede')).not.toContainText(/\d{4}\)/);
});

test.describe('the first screen of a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ['/phases/foundation/', '/phases/elastic/', '/guides/baseline-test/', '/guides/recovery/']) {
    test(`${path} says what to do before the reader scrolls`, async ({ page }) => {
      await page.goto(path);
      const steps = page.getByRole('region', { name: 'What to do' }).getByRole('listitem');
      expect(await steps.count()).toBeGreaterThanOrEqual(2);
      await expect(steps.first()).toBeInViewport();
    });
  }
});

test.describe('plan form controls on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('tick boxes are drawn 24 px large on a 44 px row, and ticking one fills it', async ({ page }) => {
    await openPlan(page);
    await toStep(page, 'The test'); // tick boxes and a select (the first step's boxes are warning signs)
    const box = page.getByRole('checkbox').first();
    const size = await box.boundingBox();
    expect(size?.width).toBeGreaterThanOrEqual(24);
    const row = await box.locator('xpath=ancestor::label[1]').boundingBox();
    expect(row?.height).toBeGreaterThanOrEqual(44);
    const empty = await box.evaluate((el) => getComputedStyle(el).backgroundColor);
    await box.check();
    expect(await box.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(empty);
    await box.uncheck();
    const select = page.locator('main select').first();
    expect((await select.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(await select.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('gradient');
  });
});
