// Every page in the sitemap loads, has exactly one h1, passes axe, and fits a 360 px wide phone screen.
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap.ts';
import { expectNoAxeViolations } from './support/axe.ts';

const paths = sitemapPaths();

test('the sitemap lists the home page and every section', () => {
  for (const p of ['/', '/drills/', '/cues/', '/phases/', '/injuries/', '/guides/', '/plan/', '/search/']) {
    expect(paths).toContain(p);
  }
});

for (const path of paths) {
  test(`page ${path} loads with one h1 and no axe violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    // The footer grades the warning signs as rules.md does (rule 18), on every page.
    await expect(page.getByRole('contentinfo')).toContainText('Education, not diagnosis');
    await expect(page.getByRole('contentinfo')).toContainText('Emergency care now for one calf swollen, warm and red');
    await expectNoAxeViolations(page);
    // On a small phone nothing makes the page scroll sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 360 px').toBeLessThanOrEqual(360);
  });
}

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
