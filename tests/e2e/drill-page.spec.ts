// A drill page as a reader meets it: figure, cue links that resolve, print without navigation, no JS needed
// (the only script is the header search loader).

import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const DRILL = '/drills/single-leg-heel-raise/';

test('a drill page links to its cues and every cue link resolves', async ({ page, request }) => {
  await page.goto(DRILL);
  const cueSection = page.locator('h2:has-text("Cues to watch") + ul');
  const links = cueSection.getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))) {
    expect(href).toMatch(/^\/cues\/[a-z0-9-]+\/$/);
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
  }
  await links.first().click();
  await expect(page).toHaveURL(/\/cues\//);
  await expect(page.getByRole('heading', { name: 'Drills that use this cue' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Single-leg heel raise' })).toBeVisible();
});

test('print media hides the navigation and keeps the content', async ({ page }) => {
  await page.goto(DRILL);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.drill-figure svg')).toBeVisible();
  const colour = await page.locator('body').evaluate((b) => getComputedStyle(b).color);
  expect(colour).toBe('rgb(0, 0, 0)');
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('a drill page is fully readable', async ({ page }) => {
    await page.goto(DRILL);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Single-leg heel raise');
    await expect(page.getByRole('img').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Dose by phase' })).toBeVisible();
    await expect(page.getByRole('table')).toContainText('Foundation');
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  });
});

test('content pages ship only the small search loader, and no Pagefind until search is used', async ({
  page,
  request,
}) => {
  const scripts = new Set<string>();
  const pagefind: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.resourceType() === 'script') scripts.add(path);
    if (path.includes('/pagefind/')) pagefind.push(path);
  });
  for (const path of [DRILL, '/cues/', '/injuries/', '/guides/baseline-test/']) await page.goto(path);
  expect(pagefind).toEqual([]);
  // The header loader, Vite's tiny preload helper it imports, and the search shortcut it shares with the /search/
  // page (its own 0.4 KB chunk since issue 16 wrote the shortcut once): at most 2 KB gzip in all.
  let gzipBytes = 0;
  for (const path of scripts) {
    expect(path).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    gzipBytes += gzipSync(await (await request.get(path)).body()).length;
  }
  expect(scripts.size).toBeLessThanOrEqual(3);
  expect(gzipBytes).toBeLessThanOrEqual(2 * 1024);
});

test('equipment and easier/harder read as sentences', async ({ page }) => {
  await page.goto('/drills/box-hops/');
  const kit = page.getByRole('heading', { name: 'Equipment' }).locator('xpath=following-sibling::p[1]');
  await expect(kit).toHaveText(/^You need a box\. Without a box, use the bottom stair/);
  await page.goto('/drills/soft-tissue-prep/');
  await expect(page.getByRole('heading', { name: 'Equipment' }).locator('xpath=following-sibling::p[1]')).toHaveText(
    /^Also handy: a foam roller\. No roller\?/,
  );
  // Everyday things as words with their articles, not a list of labels (phone review: "Everyday items: stairs, wall.").
  await page.goto('/drills/eccentric-drop-straight/');
  await expect(page.getByRole('heading', { name: 'Equipment' }).locator('xpath=following-sibling::p[1]')).toHaveText(
    /^You need a step\. Also handy: stairs and a wall\. No step\?/,
  );
  // A drill that needs nothing names what helps in its own sentence, without "Also handy" before it (phone review:
  // "Also handy: a wall. Nothing needed: fingertips on a wall" read as a contradiction).
  await page.goto('/drills/single-leg-heel-raise/');
  await expect(page.getByRole('heading', { name: 'Equipment' }).locator('xpath=following-sibling::p[1]')).toHaveText(
    /^Nothing needed: fingertips on a wall for balance\./,
  );
  // A drill outside any easier/harder chain says so once, instead of "easiest" and "hardest" at the same time.
  await page.goto('/drills/strides/');
  const ladder = page.getByRole('heading', { name: 'Easier and harder' }).locator('xpath=following-sibling::ul[1]');
  await expect(ladder.getByRole('listitem')).toHaveText(['This drill has no easier or harder version in the library.']);
});

test('the dose table names rolling time as time per leg, not a hold, and an empty cell says "not set"', async ({
  page,
}) => {
  await page.goto('/drills/soft-tissue-prep/');
  const table = page.getByRole('table', { name: 'Dose by phase' });
  const row = table.getByRole('row', { name: /All phases/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('30-60 s per leg');
  // A drill with no set tempo or rest says so, in words for every reader (phone review: a dash read as missing data).
  await expect(row.getByRole('cell').nth(2)).toHaveText('not set');
  await expect(row.getByRole('cell').nth(3)).toHaveText('not set');
  // Its cue is about scoring each calf, not about reps.
  const cues = page.locator('h2:has-text("Cues to watch") + ul');
  await expect(cues.getByRole('link')).toHaveText(['Score each calf as you go']);
  // A hold keeps its word.
  await page.goto('/drills/isometric-hold-single/');
  await expect(page.getByRole('table', { name: 'Dose by phase' })).toContainText(/\d+-\d+ s hold|\d+ s hold/);
  // A hop drill's landings are counted for the session, as its text says, not for each set (rule 14).
  await page.goto('/drills/pogo-hops/');
  const elastic = page.getByRole('table', { name: 'Dose by phase' }).getByRole('row', { name: /Elastic/ });
  await expect(elastic.getByRole('cell').nth(1)).toHaveText('8-12 reps, 25-50 landings a session');
});

test('a Pushoff convention named in a drill page links to its rule, whose code and title the link carries', async ({
  page,
}) => {
  await page.goto('/drills/high-load-heel-raise/');
  const link = page.getByRole('main').getByRole('link', { name: 'a Pushoff convention' }).first();
  await expect(link).toHaveAttribute('title', 'C41: The next block starts where the last one ended');
  await link.click();
  await expect(page).toHaveURL(/\/guides\/how-plans-are-built\/#C41$/);
  await expect(page.locator('[id="C41"]')).toBeInViewport();
  await expect(page.locator('[id="C41"]')).toContainText('The next block starts where the last one ended');
});
