// Every page of the build (its HTML files; the sitemap lists the same when SITE is set) loads, has exactly one h1, passes axe, and reflows to 320 CSS px (WCAG 1.4.10) with no sideways scrolling.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { EXAMPLE, openPlan, withSavedPlan } from './support/plan.ts';
import { pagePaths, sitemapPaths } from './support/site.ts';

const paths = pagePaths();

test('the page list has the home page and every section, and the sitemap (built with SITE only) lists the same', () => {
  for (const p of ['/', '/drills/', '/cues/', '/phases/', '/injuries/', '/guides/', '/plan/', '/search/']) {
    expect(paths).toContain(p);
  }
  const sitemap = sitemapPaths();
  if (sitemap) expect(sitemap).toEqual(paths);
});

for (const path of paths) {
  test(`page ${path} loads with one h1 and no axe violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    // The footer grades the warning signs as rules.md does (rule 18), on every page.
    await expect(page.getByRole('contentinfo')).toContainText('Education, not diagnosis');
    await expect(page.getByRole('contentinfo')).toContainText('Emergency care now for one calf swollen, warm and red');
    // Plain words, no rule codes (phone review: "(rules 7 and 18)"); the pain rule is one link away, with a space
    // before it (a line break in the template once ran "the" and the link together).
    await expect(page.getByRole('contentinfo')).not.toContainText(/\brules? \d/);
    await expect(page.getByRole('contentinfo')).toContainText('worse day on day: no loading today.');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'no loading today' })).toHaveAttribute(
      'href',
      /\/guides\/reading-your-body\/#the-pain-traffic-light$/,
    );
    // Its links read apart (phone review: "built ·Baseline test ·Search").
    await expect(page.getByRole('navigation', { name: 'Footer' })).toHaveText(
      'How plans are built · Baseline test · Search',
    );
    // Convention codes (C41) live on the rules page and behind the plan's "Why?"; the library names them in words
    // ("a Pushoff convention", linked to the rule), as a runner reads them.
    if (path !== '/guides/how-plans-are-built/') await expect(page.getByRole('main')).not.toContainText(/\bC\d{1,2}\b/);
    await expectNoAxeViolations(page);
    // At 320 CSS px (a small phone, or 400% zoom on a 1280 px screen) nothing makes the page scroll sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 320 px').toBeLessThanOrEqual(
      320,
    );
  });
}

// The dark palette has its own colours, so its contrast is checked too: one page of each kind, and the plan with a plan.
test('in dark mode, one page of each kind and the plan page pass axe', async ({ page }) => {
  // Eight full axe runs in one test: 3-6 s each on a busy 2-core machine, more than the default 30 s in all.
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  const drill = paths.find((p) => /^\/drills\/.+/.test(p));
  const cue = paths.find((p) => /^\/cues\/.+/.test(p));
  const injury = paths.find((p) => /^\/injuries\/.+/.test(p));
  for (const path of ['/', drill, cue, '/phases/', injury, '/guides/how-plans-are-built/', '/search/?q=calf']) {
    await page.goto(path!);
    if (path!.startsWith('/search/')) await expect(page.getByRole('status')).toContainText(/result/);
    await expectNoAxeViolations(page);
  }
  await withSavedPlan(page, EXAMPLE);
  await openPlan(page);
  await expect(page.getByRole('region', { name: 'After the four weeks' })).toBeVisible(); // the whole plan is there
  await expectNoAxeViolations(page);
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
