// The header search field: free until used (no Pagefind before focus), opens with `/` or Ctrl/Cmd-K, works from
// the keyboard alone as an ARIA combobox, passes axe with results open, and is a plain GET form without JavaScript.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

const PAGE = '/cues/knee-over-toes/';
const header = (page: Page) => page.getByRole('banner');
const box = (page: Page) => header(page).getByRole('combobox', { name: 'Search the site' });
const listbox = (page: Page) => header(page).getByRole('listbox', { name: 'Search results' });

test('no Pagefind request happens until the search field is used', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.includes('/pagefind/')) pagefind.push(r.url());
  });
  for (const path of [PAGE, '/drills/pogo-hops/', '/guides/baseline-test/']) {
    await page.goto(path);
    await page.mouse.wheel(0, 800);
    await page.keyboard.press('Tab'); // moving focus elsewhere (the skip link) must not load search
  }
  await page.waitForTimeout(500);
  expect(pagefind).toEqual([]);

  const loaded = page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'));
  await box(page).focus();
  await loaded;
});

test('keyboard only: `/`, type, arrow down, Enter opens the page', async ({ page }) => {
  await page.goto(PAGE);
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('shin splints');
  await expect(listbox(page)).toBeVisible();
  await expect(listbox(page).getByRole('option').last()).toHaveText('All results for “shin splints”');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(header(page).getByRole('status')).toContainText(/\d+ results?/);
  await page.keyboard.press('ArrowDown');
  const first = listbox(page).getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(first).toContainText('Shin pain');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/injuries\/shin-pain\/$/);
});

test('a sentence in the header ranks like the search page: the calf strain note first', async ({ page }) => {
  await page.goto(PAGE);
  await box(page).click();
  await page.keyboard.type('sharp calf pain sprinting'); // no page holds all four words
  await expect(listbox(page).getByRole('option').first()).toContainText('Calf strain');
  await expect(header(page).getByRole('status')).toContainText(/\d+ results?/);
});

test('"All results" chosen by arrow stays chosen when later words bring new results', async ({ page }) => {
  // Its address follows the words, so results that landed after the press unchose it (seen on a loaded machine).
  await page.goto(PAGE);
  await box(page).click();
  await page.keyboard.type('cra');
  const last = listbox(page).getByRole('option').last();
  await expect(last).toHaveText('All results for “cra”');
  await page.keyboard.press('ArrowUp');
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.type('mp');
  await expect(last).toHaveText('All results for “cramp”');
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id')) ?? '');
});

test('Ctrl-K and Cmd-K focus the field; arrows wrap; Escape closes, then clears', async ({ page }) => {
  await page.goto(PAGE);
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('cramp');
  await expect(listbox(page)).toBeVisible();
  // The results are in, as the runner sees them before choosing (CI: an Up pressed while they loaded was reset by them),
  // and they are the whole word's: the last option names it (a loaded machine: those for "cra" came first, then reset).
  await expect(header(page).getByRole('status')).toContainText(/\d+ results?/);
  const last = listbox(page).getByRole('option').last();
  await expect(last).toHaveText('All results for “cramp”');
  await page.keyboard.press('ArrowUp'); // from nothing chosen, Up goes to the last option: all results
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toHaveText('All results for “cramp”');
  await page.keyboard.press('ArrowDown'); // wraps to the first
  await expect(listbox(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(listbox(page)).toBeHidden();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(box(page)).toHaveValue('cramp');
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveValue('');

  await page.locator('h1').click();
  await page.keyboard.press('Meta+k');
  await expect(box(page)).toBeFocused();
});

test('Enter with no option chosen opens the full search page with the query', async ({ page }) => {
  await page.goto(PAGE);
  await box(page).click();
  await page.keyboard.type('cramp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=cramp$/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('for “cramp”');
});

test('axe passes with the result list open', async ({ page }) => {
  await page.goto(PAGE);
  await box(page).click();
  await page.keyboard.type('heel');
  await expect(listbox(page)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expectNoAxeViolations(page);
});

test('results that arrive after leaving the field do not reopen the list; Tab leaves it', async ({ page }) => {
  await page.goto(PAGE);
  await box(page).click();
  await page.keyboard.type('cramp');
  await expect(listbox(page)).toBeVisible();
  await page.keyboard.type('s');
  await page.keyboard.press('Tab'); // before the pending search for "cramps" has answered
  await expect(box(page)).not.toBeFocused();
  await expect(page.locator('#site-search-list')).not.toBeFocused(); // the scrolling list is not a tab stop
  await page.waitForTimeout(600); // long enough for the pending search to come back
  await expect(listbox(page)).toBeHidden();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
});

test('Escape right after typing closes the list for good: the pending search is dropped', async ({ page }) => {
  await page.goto(PAGE);
  await box(page).click();
  await page.keyboard.type('calf');
  await expect(listbox(page)).toBeVisible();
  await page.keyboard.type(' pull');
  await page.keyboard.press('Escape');
  await expect(listbox(page)).toBeHidden();
  await page.waitForTimeout(800); // longer than the pause and a search
  await expect(listbox(page)).toBeHidden();
  await expect(box(page)).toHaveValue('calf pull'); // the first Escape closes; it does not clear
});

test('a failed load is announced for each try and retried, with no stale results', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (r) => r.abort());
  await page.goto(PAGE);
  await box(page).click();
  await page.keyboard.type('calf');
  const status = header(page).getByRole('status');
  await expect(status).toHaveText('Search could not load. Press Enter to open the search page.');
  await expect(listbox(page)).toBeHidden();
  await page.unroute('**/pagefind/pagefind.js');
  await page.keyboard.type(' raise'); // back online: the next keystroke loads Pagefind again
  await expect(listbox(page)).toBeVisible();
  await expect(status).toContainText(/\d+ results?/);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the header field is a plain GET form to /search/?q=', async ({ page }) => {
    await page.goto(PAGE);
    // Nothing announces a result list that cannot appear: a plain search field, not a combobox.
    await expect(header(page).getByRole('combobox')).toHaveCount(0);
    const field = header(page).getByRole('searchbox', { name: 'Search the site' });
    await field.fill('calf pull');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=calf\+pull$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  });
});
