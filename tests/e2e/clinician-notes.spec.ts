// A plan that asks the runner to see a physiotherapist or doctor says so first (issue 14, physio read): above
// today's session, on screen and on paper, and not a second time among the summary's notes.

import type { Locator } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { EXAMPLE, openPlan, withSavedPlan } from './support/plan.ts';
import { expect, test } from './support/plan-test.ts';

const HEADING = 'Have this checked by a physiotherapist or doctor';

/** Contrast of an element's top border with the background behind it: both drawn on a canvas, so any colour syntax
 * (color-mix, transparency) resolves as the browser paints it. */
const outlineContrast = (l: Locator) =>
  l.evaluate((el) => {
    const c = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!c) return 0;
    let under: Element | null = el.parentElement;
    while (under && getComputedStyle(under).backgroundColor === 'rgba(0, 0, 0, 0)') under = under.parentElement;
    const paint = (...fills: string[]) => {
      c.clearRect(0, 0, 1, 1);
      for (const f of fills) {
        c.fillStyle = f;
        c.fillRect(0, 0, 1, 1);
      }
      const [r, g, b] = [...c.getImageData(0, 0, 1, 1).data].map((v) => v / 255);
      const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const bg = getComputedStyle(under ?? document.documentElement).backgroundColor;
    const [a, b] = [paint(bg, getComputedStyle(el).borderTopColor), paint(bg)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });

test.describe('hopping hurt 7/10 at the test', () => {
  test.use({ savedBaseline: { ...EXAMPLE, hopTest: { left: 30, right: 30, pain: 7, where: ['calf'] } } });

  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-03T08:00:00')); // the plan's first day: a session today
  });

  test('the request to see a clinician comes before today’s session and is not repeated', async ({ planPage }) => {
    const box = planPage.getByRole('region', { name: HEADING });
    await expect(box).toContainText('Hopping hurt 7/10');
    await expect(box).toContainText('Please see a doctor or physiotherapist');
    const today = planPage.getByRole('heading', { level: 3, name: "Today's session" });
    await expect(today).toBeVisible();
    const [boxY, todayY] = [(await box.boundingBox())?.y ?? 0, (await today.boundingBox())?.y ?? 0];
    expect(boxY).toBeLessThan(todayY);

    const summary = planPage.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText('Pain while hopping 2/10 or less'); // the summary is there, with the hop gate
    await expect(summary.getByText('Hopping hurt 7/10')).toBeHidden(); // said once on screen
    await expectNoAxeViolations(planPage);

    // On paper, where a coach or physio reads it, it opens page 1's summary.
    await planPage.emulateMedia({ media: 'print' });
    await expect(box).toBeHidden();
    const printed = summary.getByText(`${HEADING}:`);
    await expect(printed).toBeVisible();
    expect((await printed.boundingBox())?.y ?? 1e9).toBeLessThan(
      (await summary.getByRole('heading', { name: 'Your test' }).boundingBox())?.y ?? 0,
    );
    await expect(summary).toContainText('Hopping hurt 7/10');
  });

  test('the runs wait for the clinician: the note says so and the strip marks each run on hold', async ({
    planPage,
  }) => {
    const box = planPage.getByRole('region', { name: HEADING });
    await expect(box).toContainText('do not run until they have checked it');
    await expect(planPage.getByText('Let the same pain rule guide your running')).toHaveCount(0);
    const strip = planPage.getByRole('navigation', { name: 'Plan contents' });
    // The example runs Tuesday, Thursday, Saturday and Sunday: four runs a week, each on hold, none as a plain run.
    // "No run" fits a phone's day cell on one line (phone review: "Run on hold" took three).
    await expect(strip.getByText('No run', { exact: true })).toHaveCount(16);
    await expect(strip.getByText(/^(Run|Long run|Hard run)$/)).toHaveCount(0);
    await expect(strip).toContainText('wait until a doctor or physiotherapist has checked your hopping pain');
    await expectNoAxeViolations(planPage);
  });
});

test('hopping pain 5/10 keeps the runs, under the pain rule', async ({ page }) => {
  await withSavedPlan(page, { ...EXAMPLE, hopTest: { left: 30, right: 30, pain: 5, where: ['calf'] } });
  await openPlan(page);
  const strip = page.getByRole('navigation', { name: 'Plan contents' });
  await expect(strip.getByText('Long run', { exact: true })).toHaveCount(4);
  await expect(strip.getByText('No run')).toHaveCount(0);
  // A calf that hurt hopping keeps a run's pain there to 3/10, not a tendon's 5/10 (C52).
  await expect(
    page
      .getByText('Let pain guide your running, more strictly for the calf muscle: pain there during a run at most 3/10')
      .first(),
  ).toBeVisible();
});

test('a plan with nothing to check has no such box', async ({ planPage }) => {
  await expect(planPage.getByRole('heading', { level: 3, name: 'Summary' })).toBeVisible();
  await expect(planPage.getByRole('region', { name: HEADING })).toHaveCount(0);
});

test.describe('a 15-year-old whose shin hurt 3/10 hopping', () => {
  test.use({ savedBaseline: { ...EXAMPLE, age: 15, hopTest: { left: 30, right: 30, pain: 3, where: ['shin'] } } });

  test('the check is asked for first, this week, and a parent or guardian is named, on screen and on paper', async ({
    planPage,
  }) => {
    // C53 and C24 (physiotherapist's read): 3/10 in the shin got only "if a bone is tender at one spot"; no adult named.
    const box = planPage.getByRole('region', { name: HEADING });
    await expect(box).toContainText('Hopping hurt your shin 3/10');
    await expect(box).toContainText('it may be a bone stress injury, so book a physiotherapist or doctor this week.');
    const parent = 'Show this to a parent or guardian, who can book any appointment with you.';
    await expect(box).toContainText(parent);
    await expectNoAxeViolations(planPage);
    await planPage.emulateMedia({ media: 'print' });
    await expect(planPage.getByRole('region', { name: 'Summary' })).toContainText(parent);
  });
});

test.describe('on a phone, a strained calf that hurts now', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    savedBaseline: {
      ...EXAMPLE,
      painNow: 2,
      painLocations: ['calf'],
      history: { ...EXAMPLE.history, calfStrain: 'right' },
    },
  });
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-03T08:00:00'));
  });

  test('the request to see a clinician and the whole Start button share the first screen', async ({ planPage }) => {
    // Phone review: the box pushed "Start today's session" 14 px below the screen's edge.
    await expect(planPage.getByRole('region', { name: HEADING })).toContainText('right calf strain');
    await expect(planPage.getByRole('button', { name: "Start today's session" })).toBeInViewport({ ratio: 1 });
  });
});

test.describe('a strained calf that hurts now, then cleared by a clinician', () => {
  test.use({
    savedBaseline: {
      ...EXAMPLE,
      painNow: 2,
      painLocations: ['calf'],
      history: { ...EXAMPLE.history, calfStrain: 'right' },
    },
  });

  test('ticking "Cleared" under the strain lifts the request and the hold, and the plan says why', async ({
    planPage,
  }) => {
    // Physiotherapist's read: a runner cleared with a slight ache left could only lift the hold by lowering the pain.
    const page = planPage;
    await expect(page.getByRole('region', { name: HEADING })).toContainText(
      'tick “cleared” under the strain question (step 3 of your answers)',
    );
    await expect(page.getByRole('heading', { level: 3, name: 'Week 2: Same dose, on hold' })).toBeVisible();
    await page.getByRole('button', { name: 'Change my answers' }).click();
    await page.getByRole('button', { name: 'Next: your running week' }).click();
    const cleared = page.getByRole('checkbox', { name: /^Cleared: a physiotherapist or doctor has checked this calf/ });
    await cleared.check();
    await page.getByRole('button', { name: 'See my plan' }).click();
    await expect(page.getByRole('region', { name: HEADING })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 3, name: 'Week 2: Strength and eccentric' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText(
      'a physiotherapist or doctor has cleared it for training: your plan builds as usual',
    );
    // With no strain the question is not asked.
    await page.getByRole('button', { name: 'Change my answers' }).click();
    await page.getByRole('button', { name: 'Next: your running week' }).click();
    await page.getByLabel('Have you had a calf strain?').selectOption('none');
    await expect(cleared).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('on a phone, a once-strained calf that is the weaker one, not yet cleared', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    savedBaseline: {
      ...EXAMPLE,
      straightKnee: { left: 24, right: 18 },
      history: { ...EXAMPLE.history, calfStrain: 'right' },
    },
  });
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-03T08:00:00'));
  });

  test('the block holds until the check, and the request leads straight to the "Cleared" box', async ({
    planPage: page,
  }) => {
    // Two physiotherapist's reads: the check came "before your retest" while week 2 lowered that side below a step.
    const box = page.getByRole('region', { name: HEADING });
    await expect(box).toContainText('book a physiotherapist or doctor this week to check it has healed');
    await expect(page.getByRole('heading', { level: 3, name: 'Week 2: Same dose, on hold' })).toBeVisible();
    await expect(page.getByRole('button', { name: "Start today's session" })).toBeInViewport({ ratio: 1 });
    // The strip shows the hold too, where a phone hides the weeks' titles (phone review).
    const strip = page.getByRole('navigation', { name: 'Plan contents' });
    const week2 = strip.getByRole('rowheader', { name: 'Week 2 on hold' });
    await expect(week2).toBeVisible();
    await expect(strip.getByRole('rowheader', { name: 'Week 1', exact: true })).toBeVisible();
    // On a line of its own, under "Week 2", and the strip still fits the screen (second review: "Week 2on hold" on one
    // line widened the column until Sunday's long run left the screen).
    const [link, mark] = [
      await week2.getByRole('link').boundingBox(),
      await week2.getByText('on hold', { exact: true }).boundingBox(),
    ];
    expect(mark && link && mark.y >= link.y + link.height - 1).toBe(true);
    const scroll = strip.locator('.table-scroll');
    expect(await scroll.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expectNoAxeViolations(page);
    // Phone review: "Change my answers" opened the test, two steps from the box, and nothing said where it was.
    await box.getByRole('button', { name: 'A clinician has cleared it' }).click();
    const cleared = page.getByRole('checkbox', { name: /^Cleared: a physiotherapist or doctor has checked this calf/ });
    await expect(cleared).toBeFocused();
    await expect(cleared).toBeInViewport();
    // Cleared part-way through, the same start date would jump to the week's dose (physiotherapist's read).
    await expect(cleared).toHaveAccessibleDescription(/Set the start date below to your next calf-session day/);
    await page.keyboard.press('Space');
    // Ticked, the way on is named: the start date, with "See my plan" under it on the same screen (phone review: both
    // were about 2,000 px down, and nothing said where to go).
    await page.getByRole('button', { name: 'Go to the start date' }).click();
    await expect(page.getByLabel('Start date')).toBeFocused();
    await expect(page.getByLabel('Start date')).toBeInViewport();
    await expect(page.getByRole('button', { name: 'See my plan' })).toBeInViewport();
    await page.getByRole('button', { name: 'See my plan' }).click();
    await expect(page.getByRole('region', { name: HEADING })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 3, name: 'Week 2: Strength and eccentric' })).toBeVisible();
  });

  test('a shared copy shows the request without the "cleared" button: its answers are not the reader’s', async ({
    planPage: page,
    browser,
  }) => {
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const friend = await (await browser.newContext()).newPage();
    await friend.goto(link);
    const box = friend.getByRole('region', { name: HEADING });
    await expect(box).toContainText('right calf strain');
    await expect(box.getByRole('button', { name: 'Why?' })).toHaveCount(1);
    await expect(box.getByRole('button', { name: 'A clinician has cleared it' })).toHaveCount(0);
  });
});

test.describe('a once-strained calf a little weaker (24/21), not yet cleared: the block goes on without drops', () => {
  test.use({
    savedBaseline: {
      ...EXAMPLE,
      straightKnee: { left: 24, right: 21 },
      bentKnee: { left: 20, right: 19 },
      history: { ...EXAMPLE.history, calfStrain: 'right' },
    },
  });

  test('its request leads to the "Cleared" box too, and ticking it brings the drops back', async ({
    planPage: page,
  }) => {
    // Phone review: this request does not hold the block, so it had no button, though ticking "cleared" is its way out.
    const box = page.getByRole('region', { name: HEADING });
    await expect(box).toContainText('drops below step level wait');
    const changes = page.getByRole('table', { name: /Week 1 shows where each leg starts/ });
    await expect(changes.getByRole('rowheader', { name: /^Week 2\b/ })).toHaveText('Week 2: Tempo');
    await box.getByRole('button', { name: 'A clinician has cleared it' }).click();
    const cleared = page.getByRole('checkbox', { name: /^Cleared: a physiotherapist or doctor has checked this calf/ });
    await expect(cleared).toBeFocused();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'See my plan' }).click();
    await expect(page.getByRole('region', { name: HEADING })).toHaveCount(0);
    await expect(changes.getByRole('rowheader', { name: /^Week 2\b/ })).toHaveText('Week 2: Range');
    await expectNoAxeViolations(page);
  });
});

test.describe('a weaker side no answer explains, 12 against 16 (C54): weeks 3 and 4 wait for the check', () => {
  test.use({
    savedBaseline: { ...EXAMPLE, straightKnee: { left: 16, right: 12 }, bentKnee: { left: 14, right: 11 } },
  });
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-03T08:00:00'));
  });

  test('each "Why?" shows its outline, in the clinician box and on the page, light and dark (WCAG 1.4.11)', async ({
    planPage: page,
  }) => {
    // Review: the pill's outline was the page's hairline colour, 1.4:1, barely there in the pink box.
    const box = page.getByRole('region', { name: HEADING });
    const toggles = [
      box.getByRole('button', { name: 'Why?' }).first(),
      page
        .getByRole('region', { name: /^Week 1:/ })
        .getByRole('button', { name: 'Why?' })
        .first(),
    ];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const t of toggles) expect(await outlineContrast(t), scheme).toBeGreaterThanOrEqual(3);
    }
  });

  test('the request dates the check before week 3, and ticking "checked" lets week 3 build', async ({
    planPage: page,
  }) => {
    // Two physiotherapist's reads: the check came "before your retest" while week 3 loaded more.
    const box = page.getByRole('region', { name: HEADING });
    await expect(box).toContainText('check it before week 3 starts on Mon 17 Mar');
    await expect(box).toContainText('weeks 3 and 4 keep week 2’s dose');
    await expect(page.getByRole('heading', { level: 3, name: 'Week 2: Same dose' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Week 3: Same dose, on hold' })).toBeVisible();
    const strip = page.getByRole('navigation', { name: 'Plan contents' });
    await expect(strip.getByRole('rowheader', { name: /^Week 4\b.*on hold/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await box.getByRole('button', { name: 'A clinician has checked it' }).click();
    const checked = page.getByRole('checkbox', {
      name: /^Checked: a physiotherapist or doctor has looked at the difference/,
    });
    await expect(checked).toBeFocused();
    await expect(checked).toBeInViewport();
    // Checked part-way through, the same start date would take week 4 two changes on from week 2 (as C13's "cleared").
    await expect(checked).toHaveAccessibleDescription(/Set the start date below to your next calf-session day/);
    await page.keyboard.press('Space');
    await expectNoAxeViolations(page);
    // As for "cleared": the way on is named, the start date with "See my plan" under it.
    await page.getByRole('button', { name: 'Go to the start date' }).click();
    await expect(page.getByLabel('Start date')).toBeFocused();
    await expect(page.getByRole('button', { name: 'See my plan' })).toBeInViewport();
    await page.getByRole('button', { name: 'See my plan' }).click();
    await expect(page.getByRole('region', { name: HEADING })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 3, name: 'Week 3: Elastic' })).toBeVisible();
    // The answers say so, and the note that stays says the plan builds as usual.
    await expect(
      page.getByText(/has looked at it since this test and cleared you to train: your plan builds as usual/),
    ).toBeVisible();
  });
});
