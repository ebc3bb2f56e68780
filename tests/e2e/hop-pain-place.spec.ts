// Where hopping hurt (C22, rule 17): once hopping hurt at all the form asks where, and the heel bone keeps every raise
// at floor level. Answers saved before the question show it with its message: no plan built on a guess, nothing lost.
import { expectNoAxeViolations } from './support/axe.ts';
import { EXAMPLE, group, leg, stepButton, toStep } from './support/plan.ts';
import { expect, test } from './support/plan-test.ts';

const WHERE = 'Where hopping hurt';
const HEEL_BONE = 'Achilles tendon, where it meets the heel bone';

test('hopping pain shows the question; hopping pain at the heel bone gives a plan with no drop off a step', async ({
  planPage: page,
}) => {
  await toStep(page, 'The test');
  await expect(group(page, WHERE)).toHaveCount(0); // worked example 1 hopped without pain
  await page.getByRole('textbox', { name: 'Pain while hopping' }).fill('3');
  const where = group(page, WHERE);
  await expect(where).toBeVisible();
  await expectNoAxeViolations(page);
  await toStep(page, 'Your plan');
  const result = page.getByRole('region', { name: 'Your four-week plan' });
  // The last plan stays, marked as not following the answers, with the question named in the list of fixes.
  await expect(result.getByRole('status').first()).toHaveText(/^One answer needs fixing/);
  await expect(result.getByRole('link', { name: /^Where hopping hurt: Tick where hopping hurt/ })).toBeVisible();
  await toStep(page, 'The test');
  await where.getByRole('checkbox', { name: HEEL_BONE }).check();
  await toStep(page, 'Your plan');
  await expect(result.getByRole('status').first()).toHaveText('Your plan is up to date with your answers.');
  await expect(result).toContainText('Pain where the Achilles meets the heel bone: all raises stay at floor level');
  await expect(result.getByRole('link', { name: 'Eccentric heel drop, straight knee' })).toHaveCount(0);
});

test.describe(() => {
  test.use({ savedBaseline: { ...EXAMPLE, hopTest: { left: 30, right: 30, pain: 2 } } });
  test('answers saved before the question: it shows on the test step with its message, and the answers stay', async ({
    planPage: page,
  }) => {
    await expect(stepButton(page, 'The test')).toHaveAttribute('aria-current', 'step');
    const where = group(page, WHERE);
    await expect(where).toBeVisible();
    await expect(where.getByText(/^Tick where hopping hurt/)).toBeVisible();
    await expect(leg(page, /^Straight-knee/, 'Left leg')).toHaveValue('26');
    await expectNoAxeViolations(page);
    await toStep(page, 'Your plan');
    const result = page.getByRole('region', { name: 'Your four-week plan' });
    await expect(result.getByRole('status').first()).toHaveText(
      'One more answer is needed before your plan: where hopping hurt. The question is in the form, under your hop test.',
    );
    await toStep(page, 'The test');
    await where.getByRole('checkbox', { name: 'Calf muscle' }).check();
    await toStep(page, 'Your plan');
    await expect(page.getByRole('heading', { name: /^Week 1:/ })).toBeVisible();
  });
});
