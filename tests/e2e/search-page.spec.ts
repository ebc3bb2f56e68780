// The /search/ page: filter chips with counts narrow results and live in the URL, Back restores earlier searches,
// a shared address reopens the same view, axe passes with results shown, and without JavaScript it says so.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}
async function openSearch(page: Page, query: string): Promise<void> {
  await page.goto(`/search/?${query}`);
  await hydrated(page);
  await expect(page.getByRole('status')).toContainText(/results? /);
}
const resultPaths = (page: Page) =>
  page
    .locator('.search-results > li h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
async function resultCount(page: Page): Promise<number> {
  const text = (await page.getByRole('status').textContent()) ?? '';
  return Number(text.match(/^(\d+) results?/)?.[1] ?? NaN);
}
/** Waits until every listed result is under the given section ("/cues/"). */
async function allUnder(page: Page, prefix: string): Promise<void> {
  await expect
    .poll(async () => {
      const paths = await resultPaths(page);
      return paths.length > 0 && paths.every((p) => p.startsWith(prefix));
    })
    .toBe(true);
}
const field = (page: Page) => page.getByLabel('Search drills, cues, phases, injury notes and guides');
const chip = (page: Page, group: string, name: string) =>
  page.getByRole('group', { name: group }).getByRole('button', { name: new RegExp(`^${name}\\b`) });

test('a type chip narrows the results, shows counts and updates the URL', async ({ page }) => {
  await openSearch(page, 'q=calf');
  const all = await resultCount(page);
  const injuries = chip(page, 'Type', 'Injury note');
  const shown = Number((await injuries.locator('.chip-count').textContent()) ?? NaN);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  await injuries.click();
  await expect(page).toHaveURL(/\/search\/\?q=calf&type=injury$/);
  await expect(injuries).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status')).toContainText(`${shown} result`);
  await allUnder(page, '/injuries/');
  // Counts in the chosen group ignore the group's own choice, so switching type stays possible.
  const cues = chip(page, 'Type', 'Cue');
  await expect(cues).toBeEnabled();
  await cues.click();
  await expect(page).toHaveURL(/type=cue$/);
  await allUnder(page, '/cues/');
});

test('drill filters (phase, equipment, muscle) narrow drills', async ({ page }) => {
  await openSearch(page, 'q=hops');
  await chip(page, 'Phase', 'Elastic').click();
  await expect(page).toHaveURL(/phase=Elastic/);
  await expect(page.getByRole('status')).toContainText('with the chosen filters');
  await allUnder(page, '/drills/');
  await chip(page, 'Equipment', 'Box').click();
  await expect(page).toHaveURL(/phase=Elastic&equipment=box/);
  await expect.poll(() => resultPaths(page)).toContain('/drills/box-hops/');
  await allUnder(page, '/drills/');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=hops$/);
});

test('a shared address reopens the same search', async ({ page }) => {
  await openSearch(page, 'q=heel&type=injury');
  await expect(field(page)).toHaveValue('heel');
  await expect(chip(page, 'Type', 'Injury note')).toHaveAttribute('aria-pressed', 'true');
  await allUnder(page, '/injuries/');
});

test('Back restores the previous search, its filters and results', async ({ page }) => {
  await page.goto('/search/');
  await hydrated(page);
  await field(page).fill('cramp');
  await expect(page).toHaveURL(/\?q=cramp$/);
  await expect(page.getByRole('status')).toContainText('for “cramp”');
  await field(page).press('Enter'); // ends this search: the next words start a new history entry
  await field(page).fill('pogo');
  await expect(page).toHaveURL(/\?q=pogo$/);
  await expect(page.getByRole('status')).toContainText('for “pogo”');
  await chip(page, 'Type', 'Drill').click();
  await expect(page).toHaveURL(/\?q=pogo&type=drill$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=pogo$/);
  await expect(chip(page, 'Type', 'Drill')).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=cramp$/);
  await expect(field(page)).toHaveValue('cramp');
  await expect(page.getByRole('status')).toContainText('for “cramp”');
  await expect.poll(async () => (await resultPaths(page))[0]).toBe('/injuries/cramping/');

  // Leaving for a result and coming back shows the same search again.
  await page.locator('.search-results a').first().click();
  await expect(page).toHaveURL(/\/injuries\/cramping\/$/);
  await page.goBack();
  await hydrated(page);
  await expect(field(page)).toHaveValue('cramp');
  await expect(page.getByRole('status')).toContainText('for “cramp”');
});

test('results show a title link, a type badge and a highlighted excerpt; axe passes', async ({ page }) => {
  await openSearch(page, 'q=shin');
  const first = page.locator('.search-results > li').first();
  await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).toBeVisible();
  await expect(first.locator('.result-type')).toHaveText('Injury note');
  await expect(first.locator('.result-excerpt mark').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('"Show more results" adds the next results, announces them and moves focus to the first new one', async ({
  page,
}) => {
  await openSearch(page, 'q=calf');
  expect(await resultCount(page)).toBeGreaterThan(20);
  await expect(page.locator('.search-results > li')).toHaveCount(10);
  await expect(page.getByRole('status')).toContainText('Showing 10.');
  await page.getByRole('button', { name: 'Show more results' }).press('Enter');
  await expect(page.locator('.search-results > li')).toHaveCount(20);
  await expect(page.getByRole('status')).toContainText('Showing 20.');
  await expect(page.locator('.search-results > li h2 a').nth(10)).toBeFocused();
});

test('"Show more" that fails says so; one that lands after a filter change is dropped', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openSearch(page, 'q=calf');
  await page.route('**/pagefind/fragment/**', (r) => r.abort());
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'More results could not load. Check your connection and try again.',
  );
  await expect(page.locator('.search-results > li')).toHaveCount(10);
  expect(errors).toEqual([]);

  // Slow, then a filter chosen while the extra results are on their way: the list shows the filtered search only.
  await page.unroute('**/pagefind/fragment/**');
  await page.route('**/pagefind/fragment/**', async (r) => {
    await new Promise((f) => setTimeout(f, 1500));
    await r.continue();
  });
  await page.getByRole('button', { name: 'Show more results' }).click();
  await chip(page, 'Type', 'Injury note').click();
  await expect(page.getByRole('status')).toContainText('with the chosen filters');
  await page.waitForTimeout(1800); // the late "more" answer has arrived by now
  await allUnder(page, '/injuries/');
});

for (const bad of ['type=bogus', 'type=constructor', 'equipment=toString']) {
  test(`an unknown filter in the address (${bad}) is dropped instead of hiding every result`, async ({ page }) => {
    await page.goto(`/search/?q=calf&${bad}`);
    await hydrated(page);
    await expect(page).toHaveURL(/\/search\/\?q=calf$/);
    await expect(page.getByRole('status')).toContainText(/^\d+ results for “calf”\./);
    expect(await resultCount(page)).toBeGreaterThan(0);
  });
}

test('after a failed search no earlier results stay under the error', async ({ page }) => {
  await openSearch(page, 'q=calf');
  await page.route('**/pagefind/fragment/**', (r) => r.abort()); // results found, but their details fail to load
  await field(page).fill('shin splints');
  await expect(page.getByRole('status')).toContainText('could not load');
  await expect(page.locator('.search-results > li')).toHaveCount(0);
});

test('a very long query wraps instead of widening the page; Clear filters returns focus to the field', async ({
  page,
}) => {
  await openSearch(page, `q=${'x'.repeat(500)}`);
  const viewport = page.viewportSize()!.width;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport);
  await openSearch(page, 'q=calf&type=drill');
  await page.getByRole('button', { name: 'Clear filters' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=calf$/);
  await expect(field(page)).toBeFocused();
});

test('`/` focuses the search field on the search page, which has no second field in the header', async ({ page }) => {
  await page.goto('/search/');
  await hydrated(page);
  await expect(page.locator('#site-search')).toHaveCount(0);
  await expect(field(page)).toBeEnabled(); // switched on in the same step that starts listening for `/`
  await page.keyboard.press('/');
  await expect(field(page)).toBeFocused();
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the index pages', async ({ page }) => {
    await page.goto('/search/?q=cramp');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(field(page)).toBeHidden();
    for (const name of ['Drills', 'Cues', 'Phases', 'Injury notes', 'Guides']) {
      await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});
