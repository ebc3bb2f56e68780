// The guide library as a reader uses it: complete indexes, complete pages, static filters, one-page drill print-outs.
import { expect, test } from '@playwright/test';
import { pdfPageCount } from './support/pdf.ts';
import { pagePaths } from './support/site.ts';

const all = pagePaths();
const entries = (collection: string) => all.filter((p) => new RegExp(`^/${collection}/[a-z0-9-]+/$`).test(p));
const drills = entries('drills');

test('the library has every drill, cue, phase and injury note the domain names', () => {
  expect(drills.length).toBeGreaterThanOrEqual(24);
  expect(entries('cues').length).toBeGreaterThanOrEqual(12);
  expect(entries('phases').length).toBe(4);
  expect(entries('injuries').length).toBeGreaterThanOrEqual(6);
});

for (const collection of ['drills', 'cues', 'phases', 'injuries', 'guides']) {
  test(`the ${collection} index links to every ${collection} page`, async ({ page }) => {
    await page.goto(`/${collection}/`);
    const listed = await page
      .getByRole('main')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of entries(collection)) expect(listed, path).toContain(path);
  });
}

for (const path of ['/drills/eccentric-drop-bent/', '/drills/pogo-hops/', '/drills/calf-squeeze/']) {
  test(`drill page ${path} has its figure, cues, faults, versions and sources`, async ({ page }) => {
    await page.goto(path);
    const figure = page.getByRole('main').getByRole('img').first();
    await expect(figure).toBeVisible();
    expect((await figure.getAttribute('aria-label'))?.length ?? 0).toBeGreaterThan(20);
    for (const heading of [
      'Why it matters for push-off',
      'How to do it',
      'Dose by phase',
      'Cues to watch',
      'Common faults',
      'Easier and harder',
      'Sources',
    ]) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(page.locator('h2:has-text("Cues to watch") + ul').getByRole('link').first()).toBeVisible();
    await expect(page.locator('.faults dt').first()).toBeVisible();
    await expect(page.locator('h2:has-text("Sources") + ul li').first()).toBeVisible();
  });
}

test('a cue page lists the drills that use it, taken from the drill data', async ({ page }) => {
  await page.goto('/cues/controlled-descent/');
  const section = page.locator('h2:has-text("Drills that use this cue") + ul');
  await expect(section.getByRole('link', { name: 'Eccentric heel drop, straight knee' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Easy to get wrong' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
});

test('a phase page shows what its week waits for, with the rule, and the drills of the phase', async ({ page }) => {
  await page.goto('/phases/elastic/');
  // In plain words (phone reviews: "Entry gate" is not a runner's phrase, and "Start this week when" read as if week 3
  // waited for the hop gate: only its hops do).
  await expect(page.getByText('What it waits for')).toBeVisible();
  // Cited as the library's text cites, "(rule 13)" (phone review: "rule R15 rule R8" after the full stop).
  const gate = page
    .getByRole('term')
    .filter({ hasText: 'What it waits for' })
    .locator('xpath=following-sibling::dd[1]');
  await expect(gate).toHaveText(
    /^Its hops wait for the gate before hops.*Until then, the week keeps building strength\./,
  );
  await expect(gate).toHaveText(/before single-leg hops\. \(rule 13; rule 5\)$/);
  await gate.getByRole('link', { name: 'rule 13' }).click();
  await expect(page).toHaveURL(/how-plans-are-built\/#R13$/);
  await expect(page.locator('#R13')).toContainText('The gate before hops');
  await page.goBack();
  // The list says it is what the plan picks from, not the week's to-do list (phone review).
  const intro = page.locator('h2:has-text("Drills in this phase") + p');
  await expect(intro).toContainText('Your plan picks from them by your test and your pain, one change a week');
  await expect(intro.locator('~ ul').getByRole('link', { name: 'Pogo hops' })).toBeVisible();
});

test('an injury note says what to do first, marks the urgent warning signs and links drills to change', async ({
  page,
}) => {
  await page.goto('/injuries/achilles-insertional/');
  const h2s = await page.getByRole('main').locator('h2').allTextContents();
  // The warning signs come before the note's details; what to do now comes before the plan details and the drill table.
  expect(h2s.findIndex((h) => h.startsWith('Warning signs'))).toBeLessThan(h2s.indexOf('What it is'));
  expect(h2s.indexOf('What to do now')).toBeLessThan(h2s.indexOf('What the plan changes'));
  const flags = page.getByRole('region', { name: 'Warning signs: stop and see a clinician' });
  await expect(flags).toBeVisible();
  await expect(flags).toContainText('See a clinician today');
  const table = page.getByRole('region', { name: 'Drills to avoid or change' }).getByRole('table');
  await expect(table.getByRole('link', { name: /Eccentric heel drop/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('drill filters are plain links that narrow the list', async ({ page }) => {
    await page.goto('/drills/');
    await page
      .getByRole('navigation', { name: 'Filter drills' })
      .getByRole('link', { name: 'Step', exact: true })
      .click();
    await expect(page).toHaveURL(/\/drills\/equipment\/step\/$/);
    const names = await page.locator('.card-list a').allTextContents();
    expect(names.sort()).toEqual(['Eccentric heel drop, bent knee', 'Eccentric heel drop, straight knee']);
    await page.getByRole('link', { name: 'Foot', exact: true }).click();
    await expect(page).toHaveURL(/\/drills\/muscle\/foot\/$/);
    await expect(page.locator('.card-list')).toContainText('Intrinsic foot work');
    await expect(page.locator('.card-list')).not.toContainText('Pogo hops');
  });
});

test('every drill prints on one A4 sheet, and on one US Letter sheet, with its figure', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of drills) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.drill-figure svg')).toBeVisible();
    expect(pdfPageCount(await page.pdf({ format: 'A4' })), `${path} on A4`).toBe(1);
    expect(pdfPageCount(await page.pdf({ format: 'Letter' })), `${path} on Letter`).toBe(1);
  }
});
