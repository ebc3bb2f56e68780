// Print: a handout with the summary, baseline, readiness rules and red flags on page 1, then one week per page
// with log columns; no navigation, no buttons, no form; black on white; A4 and US Letter.
import { expect, test } from '@playwright/test';
import { openPlan, withSavedPlan } from './support/plan.ts';

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('print shows the plan as a handout: one week per page, no controls', async ({ page }) => {
  await withSavedPlan(page);
  await openPlan(page);
  const weeks = page.locator('section.week');
  await expect(weeks).toHaveCount(4);
  await expect(page.getByRole('columnheader', { name: 'RPE' }).first()).toBeHidden(); // log columns are for paper
  await expect(page.getByRole('heading', { name: 'Stop and see a clinician if any of these appear' })).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  for (const b of await page.getByRole('button').all()) await expect(b).toBeHidden();
  await expect(page.getByRole('group', { name: 'Your baseline test' })).toBeHidden();
  await expect(page.getByLabel('Open a backup file')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your baseline' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Readiness rules for every session' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stop and see a clinician if any of these appear' })).toBeVisible();
  for (const name of ['Done', 'RPE', 'Soreness', 'Notes']) await expect(page.getByRole('columnheader', { name }).first()).toBeVisible();
  expect(await weeks.evaluateAll((ws) => ws.map((w) => getComputedStyle(w).breakBefore))).toEqual(['page', 'page', 'page', 'page']);
  const colours = await page.locator('body').evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  // Nothing on the page is wider than the printable width of A4 (180 mm at 96 px per inch is about 680 px).
  await page.setViewportSize({ width: 680, height: 1000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);

  // Page 1 holds the summary; each week starts a new page: at least 1 + 4 pages on both paper sizes.
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: false });
    expect(pageCount(pdf), format).toBeGreaterThanOrEqual(5);
  }
});
