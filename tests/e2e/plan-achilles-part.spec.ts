// Which part of the Achilles (issue 12, C27): the form asks it with an Achilles history, and answers saved, shared
// or backed up before the question existed show the question with its message next to it: no blank page, no plan
// built on a guess, nothing lost.
import { encodeShare } from '../../src/lib/plan-io/share-link.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { EXAMPLE, group, hydrated, leg, openPlan, PLAN, stepButton, toStep } from './support/plan.ts';
import { expect, test } from './support/plan-test.ts';

const QUESTION = 'Where was the Achilles tendon pain?';
const MISSING = /Say which part of the Achilles hurt/;
/** Answers from before the question: an Achilles history with no part. */
const OLD = { ...EXAMPLE, history: { ...EXAMPLE.history, achillesTendinopathy: true } };

test('ticking an Achilles history asks which part; the heel bone keeps raises at floor level', async ({
  planPage: page,
}) => {
  await toStep(page, 'Your running week');
  await expect(page.getByRole('combobox', { name: QUESTION })).toHaveCount(0);
  await group(page, 'Other past problems')
    .getByRole('checkbox', { name: /Achilles tendon pain/ })
    .check();
  const part = page.getByRole('combobox', { name: QUESTION });
  await expect(part).toBeVisible();
  await part.selectOption({ label: 'Where the tendon meets the heel bone (insertional)' });
  await toStep(page, 'Your plan');
  const result = page.getByRole('region', { name: 'Your four-week plan' });
  await expect(result.getByRole('status').first()).toHaveText('Your plan is up to date with your answers.');
  await expect(result).toContainText('Pain where the Achilles meets the heel bone: all raises stay at floor level');
  await expect(result.getByRole('link', { name: 'Eccentric heel drop, straight knee' })).toHaveCount(0);
  // Its cooldown leaves out the wall calf stretches, so its figure does not draw them (phone review).
  const cooldown = result.getByRole('row', { name: /Cooldown mobility/ }).first();
  await expect(cooldown.locator('img')).toHaveAttribute('src', /figures\/plantarflexion-mobility\.svg$/);
  await expectNoAxeViolations(page);
});

test.describe(() => {
  test.use({ savedBaseline: OLD });
  test('old saved answers without the part: the question and its message show, the answers stay', async ({
    planPage: page,
  }) => {
    // The visit opens on the step that asks the missing answer, not on a plan built on a guess.
    await expect(stepButton(page, 'Your running week')).toHaveAttribute('aria-current', 'step');
    const part = page.getByRole('combobox', { name: QUESTION });
    await expect(part).toBeVisible();
    await expect(part).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#f-history-achillesPart-err')).toHaveText(MISSING);
    await expectNoAxeViolations(page);
    await toStep(page, 'Your plan');
    const result = page.getByRole('region', { name: 'Your four-week plan' });
    await expect(result.getByRole('status').first()).toHaveText(/One more answer is needed before your plan/);
    await expect(result.getByRole('link', { name: /Which part of the Achilles: Say which part/ })).toBeVisible();
    await expect(result.getByRole('heading', { name: /^Week 1:/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    // Its link opens the question again, with focus on it.
    await result.getByRole('link', { name: /Which part of the Achilles: Say which part/ }).click();
    await expect(part).toBeFocused();
    await part.selectOption({ label: 'A few centimetres above the heel (mid-portion)' });
    await toStep(page, 'The test');
    await expect(leg(page, /^Straight-knee/, 'Left leg')).toHaveValue('26'); // nothing lost
    await toStep(page, 'Your plan');
    await expect(result.getByRole('heading', { name: /^Week 1:/ })).toBeVisible();
    // A past problem that does not hurt now: reviewed if it comes back (C26, physiotherapist's read).
    await expect(result).toContainText(
      'Mid-portion Achilles pain: if it comes back and is not clearly better after 6-12 weeks of loading (a Pushoff convention), see a clinician',
    );
    await page.reload();
    await hydrated(page);
    await toStep(page, 'Your running week');
    await expect(page.getByRole('combobox', { name: QUESTION })).toHaveValue('midportion');
  });
});

test.describe(() => {
  test.use({ savedBaseline: null });
  test('an old share link without the part says why it cannot show a plan, and "Use this as my plan" asks', async ({
    page,
  }) => {
    // Links of that time were v1: the answers alone.
    await openPlan(page, `${PLAN}#plan=${(await encodeShare(OLD)).replace(/^v2\./, 'v1.')}`);
    const result = page.getByRole('region', { name: 'Your four-week plan' });
    await expect(result.getByRole('status').first()).toHaveText(/made before Pushoff asked which part of the Achilles/);
    await expect(result.getByRole('heading', { name: /^Week 1:/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Use this as my plan' }).click();
    await expect(page.getByRole('combobox', { name: QUESTION })).toHaveAttribute('aria-invalid', 'true');
    await toStep(page, 'The test');
    await expect(leg(page, /^Straight-knee/, 'Left leg')).toHaveValue('26');
  });

  test('an old backup file without the part opens into the form and asks', async ({ page }) => {
    await openPlan(page);
    const file = JSON.stringify({ format: 'pushoff-backup', version: 1, exportedAt: '2025-03-01', baseline: OLD });
    await page
      .getByLabel('Open a backup file')
      .setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    // The step that asks opens by itself, with focus on the question.
    await expect(page.getByRole('combobox', { name: QUESTION })).toBeFocused();
    await expect(page.getByRole('combobox', { name: QUESTION })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#f-history-achillesPart-err')).toHaveText(MISSING);
    await toStep(page, 'The test');
    await expect(leg(page, /^Straight-knee/, 'Left leg')).toHaveValue('26');
  });
});
