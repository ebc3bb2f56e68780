// "On this page" on wide screens: every long page of the library (drills are in library-layout.spec.ts, beside their
// figure) lists its sections in a column right of the text, and the links land on their sections.
import { expect, type Page, test } from '@playwright/test';

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

test.use({ viewport: { width: 1280, height: 900 } });

test('a long injury note has an "on this page" list beside the text', async ({ page }) => {
  await page.goto('/injuries/calf-strain/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  const links = await toc.getByRole('link').allTextContents();
  expect(links).toEqual([
    'What to do', // the short box under the summary
    'Warning signs',
    'What it is',
    'What to do now',
    'What the plan changes',
    'Drills to avoid or change',
    'Sources',
  ]);
  const side = await box(page, '.toc');
  const text = await box(page, '.page-body');
  expect(side.x).toBeGreaterThanOrEqual(text.x + text.width);
});

test('a cue page lists its sections beside the text', async ({ page }) => {
  await page.goto('/cues/controlled-descent/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).toHaveText([
    'What it fixes',
    'How to practise it',
    'Check yourself',
    'Easy to get wrong',
    'Drills that use this cue',
    'Sources',
  ]);
  const text = await box(page, '.page-body');
  expect((await box(page, '.toc')).x, 'the list sits right of the text').toBeGreaterThanOrEqual(text.x + text.width);
  await toc.getByRole('link', { name: 'Drills that use this cue' }).click();
  await expect(page.getByRole('heading', { name: 'Drills that use this cue' })).toBeInViewport();
});

test('the rules page, the longest guide, keeps its sections in a side column', async ({ page }) => {
  await page.goto('/guides/how-plans-are-built/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).toHaveText([
    'What to do',
    'Rules from the evidence and clinic practice',
    'Conventions Pushoff adds',
    'References',
  ]);
  const text = await box(page, '.page-body');
  expect((await box(page, '.toc')).x, 'the list sits right of the text').toBeGreaterThanOrEqual(text.x + text.width);
  await toc.getByRole('link', { name: 'References' }).click();
  await expect(page.getByRole('heading', { name: 'References' })).toBeInViewport();
  await expect(toc).toBeInViewport(); // sticky beside the text
});
