// The baseline test on the page: the tools load on a tap, the metronome beats once a second (sound, a visual beat,
// vibration), tap counts go straight into the answers, and the hop timer counts 20 s down. Phone and desktop.
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { group, leg, stepButton, tabTo, toStep } from './support/plan.ts';
import { beats, expect, expectTimes, test, tick, until } from './support/session.ts';

for (const vp of [
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, hasTouch: false },
]) {
  test.describe(vp.name, () => {
    test.use({ viewport: vp.viewport, hasTouch: vp.hasTouch, saved: false });

    test('the test tools fill the answers: metronome at 1 s, taps into the counts, a 20 s hop timer', async ({
      plan: page,
    }) => {
      await testStep(page);
      const open = page.getByRole('button', { name: /^Use the test tools/ });
      await open.click();
      const tools = page.getByRole('region', { name: 'Test tools' });
      await until(page, () => expect(tools.getByRole('heading', { name: 'Test tools' })).toBeFocused());
      await expect(tools.getByRole('img', { name: /single-leg heel raise/ })).toBeVisible();

      // Metronome: 60 beats a minute, up and down in turn, a buzz on each beat.
      await tools.getByRole('button', { name: 'Start metronome' }).click();
      await tick(page, 60_000);
      const metronome = await beats(page, 'tool-beat');
      expectTimes(
        metronome,
        Array.from({ length: 61 }, (_, s) => s * 1000),
      );
      await expect(tools.locator('.tool-beat')).toHaveAttribute('data-beat', '61');
      expect(await page.evaluate(() => window.__buzz.length)).toBe(61);
      await tools.getByRole('button', { name: 'Stop metronome' }).click();
      await tick(page, 5000);
      await expect(tools.locator('.tool-beat')).toHaveAttribute('data-beat', '61');

      // Tap counters write the answers as the runner goes (and a correction by -1).
      // On the phone by touch (taps), on the desktop by mouse.
      const add = (what: string) => tools.getByRole('button', { name: `+1 ${what}` });
      const press = (l: Locator) => (vp.hasTouch ? l.tap() : l.click());
      for (let i = 0; i < 26; i += 1) await press(add('straight-knee raise, left leg'));
      for (let i = 0; i < 25; i += 1) await press(add('straight-knee raise, right leg'));
      // The page redraws on its next timer (taps are counted from the answers, not the drawing): let it run.
      await until(page, () => expect(leg(page, /^Straight-knee/, 'Left leg')).toHaveValue('26'));
      await expect(leg(page, /^Straight-knee/, 'Right leg')).toHaveValue('25');
      await tools.getByRole('button', { name: '−1 straight-knee raise, right leg' }).click();
      await until(page, () => expect(leg(page, /^Straight-knee/, 'Right leg')).toHaveValue('24'));
      await expect(tools.locator('.tap-count').first()).toHaveText('26');
      // Typing in the field shows in the counter, which goes on from there.
      await leg(page, /^Bent-knee/, 'Left leg').fill('20');
      await until(page, () => expect(tools.locator('.tap-count').nth(2)).toHaveText('20'));
      await add('bent-knee raise, left leg').click();
      await until(page, () => expect(leg(page, /^Bent-knee/, 'Left leg')).toHaveValue('21'));

      // Hop timer: 20 s counted down on the second, then 0:00 and what is over; hop taps go into the hop test answers.
      await tools.getByRole('button', { name: 'Start: left leg hops' }).click();
      await tick(page, 10_000);
      await expect(tools.locator('.countdown-time').nth(1)).toHaveText('0:10');
      for (let i = 0; i < 3; i += 1) await add('hop, left leg').click();
      await until(page, () => expect(leg(page, /^Light hop test/, 'Left leg')).toHaveValue('3'));
      const before = (await add('hop, left leg').boundingBox())?.y;
      await tick(page, 10_000);
      await expect(tools.locator('.countdown-time').nth(1)).toHaveText('0:00Time is up');
      const hop = await beats(page, 'countdown-time');
      expect(hop.map((b) => Number(b.left))).toEqual(Array.from({ length: 21 }, (_, s) => 20 - s));
      expectTimes(
        hop,
        Array.from({ length: 21 }, (_, s) => s * 1000),
      );
      // Phone review: taps after the window went on into the answers, and "over" pushed +1 down under the finger.
      // Now +1 stops where it was; −1 still corrects; a new start counts again.
      expect(Math.abs(((await add('hop, left leg').boundingBox())?.y ?? 0) - (before ?? 0))).toBeLessThan(1);
      await expect(add('hop, left leg')).toBeDisabled();
      const note = tools.getByText(
        'This count is in your answers; −1 corrects it, and after a new start the first hop counts from 0.',
      );
      await expect(note).toBeVisible();
      // As wide as the +1 above it (phone review: one narrow column, seven lines tall).
      const [w, plus] = [await note.boundingBox(), await add('hop, left leg').boundingBox()];
      expect(w && plus && w.width >= plus.width - 1).toBe(true);
      await tools.getByRole('button', { name: '−1 hop, left leg' }).click();
      await until(page, () => expect(leg(page, /^Light hop test/, 'Left leg')).toHaveValue('2'));
      await expect(group(page, /^Light hop test/)).toBeVisible();
      await tools.getByRole('button', { name: 'Start: left leg hops' }).click();
      await expect(add('hop, left leg')).toBeEnabled();
      // A retest counts afresh: the first hop after a start is 1, not the old count plus one (phone review: 32 + 2).
      await add('hop, left leg').click();
      await until(page, () => expect(leg(page, /^Light hop test/, 'Left leg')).toHaveValue('1'));

      await tools.getByRole('button', { name: 'Close the tools' }).click();
      await until(page, () => expect(open).toBeFocused());
    });
  });
}

test('the metronome stops when the rest or a hop timer starts', async ({ plan: page }) => {
  // Phone review: it beat on through the 2 minute rest and the hop test ("Beat 34" during the hops).
  await testStep(page);
  await page.getByRole('button', { name: /^Use the test tools/ }).click();
  const tools = page.getByRole('region', { name: 'Test tools' });
  await until(page, () => expect(tools.getByRole('heading', { name: 'Test tools' })).toBeFocused());
  const beat = tools.locator('.tool-beat');
  for (const timer of ['Start: 2 minute rest', 'Start: left leg hops']) {
    await tools.getByRole('button', { name: 'Start metronome' }).click();
    await tick(page, 3000);
    await expect(beat).toHaveAttribute('data-on', 'true');
    await tools.getByRole('button', { name: timer }).click();
    await until(page, () => expect(tools.getByRole('button', { name: 'Start metronome' })).toBeVisible());
    const at = await beat.getAttribute('data-beat');
    await tick(page, 5000);
    await expect(beat).toHaveAttribute('data-beat', at ?? '');
    await expect(beat).toHaveAttribute('data-on', 'false');
  }
});

test('the tools work by keyboard alone, from counts already typed', async ({ plan: page }) => {
  await testStep(page);
  const open = page.getByRole('button', { name: /^Use the test tools/ });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  const tools = page.getByRole('region', { name: 'Test tools' });
  await until(page, () => expect(tools.getByRole('heading', { name: 'Test tools' })).toBeFocused());
  const plus = tools.getByRole('button', { name: '+1 straight-knee raise, left leg' });
  await tabTo(page, plus);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await until(page, () => expect(leg(page, /^Straight-knee/, 'Left leg')).toHaveValue('28')); // saved 26, plus two
  await tabTo(page, tools.getByRole('button', { name: 'Start: right leg hops' }));
  await page.keyboard.press('Enter');
  await tick(page, 3000);
  await expect(tools.locator('.countdown-time').nth(2)).toHaveText('0:17');
});

/** The test step, with the page's clock paused: the step shows once the clock moves on. */
async function testStep(page: Page): Promise<void> {
  await stepButton(page, 'The test').click();
  await until(page, () => expect(stepButton(page, 'The test')).toHaveAttribute('aria-current', 'step'));
  // The step's heading takes focus in an effect the paused clock runs later: waited for here, or it could land after
  // the tools' own focus move and take focus from them (2 runs in 8 failed that way).
  await until(page, () => expect(page.getByRole('heading', { name: 'Step 2 of 4: The test' })).toBeFocused());
}

test.describe('with the clock running (axe needs timers)', () => {
  test.use({ paused: false, saved: false });

  test('axe passes with the tools open, idle and running', async ({ plan: page }) => {
    test.setTimeout(90_000);
    await toStep(page, 'The test');
    await page.getByRole('button', { name: /^Use the test tools/ }).click();
    const tools = page.getByRole('region', { name: 'Test tools' });
    await expect(tools).toBeVisible();
    await expectNoAxeViolations(page);
    await tools.getByRole('button', { name: 'Start metronome' }).click();
    await tools.getByRole('button', { name: 'Start: left leg hops' }).click();
    await tools.getByRole('button', { name: '+1 straight-knee raise, left leg' }).click();
    await expectNoAxeViolations(page);
  });
});
