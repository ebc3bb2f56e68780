// Injury notes read short and in the order a worried runner needs: what to do, the warning signs (said once, straight
// after: a search for "blood clot" landed four phone screens above them), what it is, what to do now, what the plan
// changes, then the drills to avoid or change as one table with drills that share a change
// grouped into one row. Every note is checked; calf strain also against its known numbers.
import { expect, test } from '@playwright/test';
import { pagePaths } from './support/site.ts';

const notes = pagePaths().filter((p) => /^\/injuries\/[^/]+\/$/.test(p));
// "What to do" is the short box under the summary; "What to do now" the note's own section with the details.
const ORDER = [
  'What to do',
  /^Warning signs/,
  'What it is',
  'What to do now',
  'What the plan changes',
  'Drills to avoid or change',
];

test('there are injury notes to check', () => {
  expect(notes.length).toBeGreaterThanOrEqual(6);
});

for (const path of notes) {
  test(`${path} keeps the order and says each warning sign once`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    const main = page.getByRole('main');
    // On a desktop's first screen the note already says what to do.
    await expect(main.getByRole('region', { name: 'What to do', exact: true })).toBeInViewport();
    const h2s = (await main.locator('article h2').allTextContents()).map((t) => t.trim());
    const at = ORDER.map((h) => h2s.findIndex((t) => (typeof h === 'string' ? t === h : h.test(t))));
    expect(
      at.every((i) => i >= 0),
      `sections ${JSON.stringify(h2s)}`,
    ).toBe(true);
    expect(
      [...at].sort((a, b) => a - b),
      'sections in order',
    ).toEqual(at);

    expect(
      h2s.filter((t) => /warning sign|see a clinician/i.test(t)),
      'one warning-sign heading',
    ).toHaveLength(1);
    const region = main.getByRole('region', { name: 'Warning signs: stop and see a clinician' });
    const signs = await region.getByRole('listitem').allTextContents();
    expect(signs.length).toBeGreaterThanOrEqual(1);
    for (const sign of signs) {
      // The sign's own words, after its urgency label ("See a clinician today: ..."); the footer is outside main.
      const words = sign
        .slice(sign.indexOf(':') + 1)
        .trim()
        .slice(0, 40);
      expect(await main.getByText(words).count(), `"${words}" on the page`).toBe(1);
    }
  });

  test(`${path} lists the drills to change in one table, grouped and linked`, async ({ page, request }) => {
    await page.goto(path);
    const table = page.getByRole('region', { name: 'Drills to avoid or change' }).getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Drill', 'Change', 'Why']);
    const rows = table.locator('tbody > tr');
    const hrefs = await table.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(await rows.count(), 'drills sharing a change share a row').toBeLessThan(hrefs.length);
    expect(new Set(hrefs).size, 'each drill once').toBe(hrefs.length);
    for (const row of await rows.all()) {
      expect(await row.getByRole('link').count(), 'every row names a linked drill').toBeGreaterThanOrEqual(1);
      await expect(row.getByRole('cell')).toHaveCount(2); // change and why
    }
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  });
}

// Every page answers "what do I do" in its first screen, on a small phone too (375 x 667, iPhone SE size).
test.describe('on a small phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  for (const path of notes) {
    test(`${path}: the "What to do" box starts in the first screen`, async ({ page }) => {
      await page.goto(path);
      const box = page.getByRole('main').getByRole('region', { name: 'What to do', exact: true });
      const top = (await box.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
      expect(top, 'box top').toBeLessThan(667);
      await expect(box.getByRole('heading', { name: 'What to do', exact: true })).toBeInViewport({ ratio: 1 });
      expect(await box.getByRole('listitem').count(), 'steps').toBeGreaterThanOrEqual(2);
    });
  }
});

// Phone review: on the plantar heel page "4/10 at rest: see a clinician soon" sat above "over 5/10 now: no loading
// today", so more pain read as milder advice. Where pain at rest refers (C23 shin, C50 calf muscle, C51 heel), the
// no-loading sign says so, and the sign it points to is above it.
for (const [path, rest] of [
  ['/injuries/plantar-heel-pain/', /^See a clinician soon: Pain under the heel of 4\/10 or more while you sit/],
  ['/injuries/calf-strain/', /^See a clinician soon: Calf-muscle pain of 4\/10 or more at rest/],
  ['/injuries/shin-pain/', /^See a clinician soon: Shin pain at night or at rest/],
] as const) {
  test(`${path}: pain over 5/10 at rest is not read as milder than 4/10 at rest`, async ({ page }) => {
    await page.goto(path);
    const signs = page.getByRole('region', { name: 'Warning signs: stop and see a clinician' }).getByRole('listitem');
    const texts = (await signs.allTextContents()).map((t) => t.trim());
    const noLoading = texts.findIndex((t) => t.startsWith('No loading today'));
    const atRest = texts.findIndex((t) => rest.test(t));
    expect(atRest).toBeGreaterThanOrEqual(0);
    expect(atRest).toBeLessThan(noLoading);
    // Second phone review: the correction came last; the sign now says it is about pain on your feet.
    expect(texts[noLoading]).toMatch(
      /^No loading today[^:]*: (Heel|Calf|Shin) pain over 5\/10 as you (stand or )?walk/,
    );
    expect(texts[noLoading]).toMatch(/is already the sign above: see a clinician\)$/);
  });
}

test('the calf strain note: six warning signs, 23 drills in 6 rows', async ({ page }) => {
  await page.goto('/injuries/calf-strain/');
  const main = page.getByRole('main');
  const signs = main.getByRole('region', { name: 'Warning signs: stop and see a clinician' }).getByRole('listitem');
  await expect(signs).toHaveCount(6);
  for (const phrase of [
    /swollen, warm and red/,
    /Calf-muscle pain of 4\/10 or more at rest/, // C50
    /Breathlessness or chest pain/,
    /bruising that tracks/,
    /pain over 5\/10 as you walk/,
  ]) {
    await expect(main.getByText(phrase)).toHaveCount(1);
  }
  // 23 drills carry a calf-strain caution; they share 6 rows instead of 23 paragraphs.
  const table = main.getByRole('region', { name: 'Drills to avoid or change' }).getByRole('table');
  await expect(table.locator('tbody > tr')).toHaveCount(6);
  await expect(table.getByRole('link')).toHaveCount(23);
  await expect(table.getByRole('row', { name: /Strides/ })).toContainText('20% more running a week');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
  test('the rules behind the plan changes are named in words, one 44 px link each, behind a fold', async ({ page }) => {
    // Phone review: "Rules applied: R7, R8, R10…", codes a runner cannot read, each a 16 px link.
    await page.goto('/injuries/achilles-midportion/');
    await expect(page.getByRole('main')).not.toContainText('Rules applied');
    await page.locator('summary', { hasText: "The plan's rules behind these changes" }).tap();
    const link = page.getByRole('link', { name: 'Pain traffic light' });
    await expect(link).toHaveAttribute('href', /\/guides\/how-plans-are-built\/#R7$/);
    await expect(link.locator('xpath=..')).toContainText('Pain traffic light (rule 7)');
    expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  });
});

test('the note on what "soon" means shows only on a note with a sign to see a clinician soon', async ({ page }) => {
  // Phone review: the mid-portion page explained "soon" with no sign marked soon.
  await page.goto('/injuries/achilles-midportion/');
  await expect(page.getByRole('main')).not.toContainText('"Soon" means within days');
  await page.goto('/injuries/calf-strain/');
  await expect(page.getByRole('main')).toContainText('See a clinician soon:');
  await expect(page.getByRole('main')).toContainText('"Soon" means within days');
});
