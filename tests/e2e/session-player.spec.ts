// Today's session, guided: the player runs a tempo drill and a hold drill to the end on Playwright's clock, says
// what to do next, honours mute and reduced motion, keeps the screen on only while running, saves the check-in
// on the device, and works by keyboard alone. Phone (390 px, touch) and desktop.
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { EXAMPLE as EXAMPLE_BASELINE, tabTo } from './support/plan.ts';
import { pickScore } from './support/score.ts';
import {
  beats,
  dialog,
  expect,
  expectTimes,
  LEAD_MS,
  liveRegion,
  PLAN_DAY,
  passPainCheck,
  records,
  test,
  tick,
  until,
} from './support/session.ts';

const VIEWPORTS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, hasTouch: false },
] as const;

/** Start today's session, pass the pain check and press "Next drill" until drill `n` (1-based): the player's dialog. */
async function openAtDrill(page: Page, n: number): Promise<Locator> {
  await page.getByRole('button', { name: "Start today's session" }).click();
  await passPainCheck(page);
  const d = dialog(page);
  for (let i = 1; i < n; i += 1) await d.getByRole('button', { name: 'Next drill' }).click();
  return d;
}

/** 0, 1000, ... n*1000 ms. */
const seconds = (n: number) => Array.from({ length: n + 1 }, (_, s) => s * 1000);

for (const vp of VIEWPORTS) {
  test.describe(vp.name, () => {
    test.use({ viewport: vp.viewport, hasTouch: vp.hasTouch });

    test('a tempo drill runs to the end: up and down on the prescribed seconds, rests counted down, sets ticked', async ({
      plan: page,
    }) => {
      // On the phone by touch (taps), on the desktop by mouse.
      const press = (l: Locator) => (vp.hasTouch ? l.tap() : l.click());
      await press(page.getByRole('button', { name: "Start today's session" }));
      await passPainCheck(page, { press });
      const d = dialog(page);
      await expect(d).toBeVisible();
      await expect(d.getByRole('heading', { name: 'Loaded calf session' })).toBeVisible();
      await press(d.getByRole('button', { name: 'Next drill' }));
      await press(d.getByRole('button', { name: 'Next drill' }));
      // Worked example 1: seated soleus raise, 3 x 15 each side at 3 s up, 3 s down, right side first, 2 min rest.
      await expect(d.getByRole('heading', { name: 'Loaded seated soleus raise' })).toBeVisible();
      await expect(d.getByText('Drill 3 of 5')).toBeVisible(); // #12: no holds without tendon pain (C32)
      await expect(d.getByText('Set 1 of 3 · 15 reps: 3 s up, 3 s down')).toBeVisible();
      await expect(d.locator('.player-side')).toHaveText('Right leg');
      await expect(liveRegion(page)).toHaveText(/Right leg, set 1 of 3: 15 reps.*Press Start set/);
      await expect(d.getByRole('img', { name: /seated soleus raise/ })).toBeVisible();

      await press(d.getByRole('button', { name: 'Start set' }));
      await tick(page, LEAD_MS); // the count-in
      await tick(page, 4500);
      await expect(d.locator('.player-call')).toHaveText('Down');
      await expect(d.getByText('Rep 1 of 15')).toBeVisible();
      await expect.poll(() => page.evaluate(() => window.__wake)).toEqual(['request']);
      await tick(page, 90_000 - 4500);

      // A beat each second of the 90 s set, a call every third second: up on 0, 6, 12..., down on 3, 9, 15...;
      // at 90 s the set ends and the screen waits for the other leg (beat back to 0).
      const set1 = await beats(page, 'tempo');
      expectTimes(set1, seconds(89));
      expect(set1.slice(0, 7).map((b) => b.phase)).toEqual(['up', 'up', 'up', 'down', 'down', 'down', 'up']);
      expect(set1[89].phase).toBe('down');
      const end = (await records(page)).find((r) => r.t > set1[89].t);
      expect(end?.beat).toBe(0);
      expect(Math.abs((end?.t ?? 0) - set1[0].t - 90_000)).toBeLessThanOrEqual(20);
      await expect.poll(() => page.evaluate(() => window.__wake)).toEqual(['request', 'release']);

      // The other leg at once, then the rest starts by itself and says what is next. #12 (C30): 2 minutes per leg,
      // and the other leg's 90 s set counts towards it, so the pause between rounds is 30 s.
      await expect(d.locator('.player-side')).toHaveText('Left leg');
      await expect(liveRegion(page)).toHaveText(/Left leg, set 1 of 3: 15 reps/);
      await press(d.getByRole('button', { name: 'Start set' }));
      await tick(page, LEAD_MS); // the count-in
      await tick(page, 90_000);
      await expect(d.locator('.player-side')).toHaveText('Rest');
      await expect(liveRegion(page)).toHaveText(/^Rest 30 seconds\. Next: .*Right leg, set 2 of 3/);
      // The plan says 120 s per leg: the pause says why it is shorter (phone review).
      await expect(d.locator('.player-clock .player-sub')).toHaveText('rest left');
      await expect(d.locator('.player-clock .player-note')).toHaveText(
        "Each leg rests 120 s between its sets: your other leg's set counted as rest.",
      );
      // Each leg's dose and its sets ticked on one line; the leg that starts says so.
      await expect(d.locator('.player-ticks')).toContainText('Right leg first: 3 × 15 reps ✓ ○ ○');
      await expect(d.locator('.player-ticks')).toContainText('Left leg: 3 × 15 reps ✓ ○ ○');
      await expect(d.locator('.player-ticks li').first()).toContainText('1 of 3 sets done');
      await tick(page, 15_000);
      await expect(d.locator('.player-call')).toHaveText('0:15');
      await tick(page, 15_000);
      // Rounds 2 and 3, each set started by the runner, a rest between the rounds.
      for (const round of [2, 3]) {
        for (const side of ['Right leg', 'Left leg']) {
          await expect(d.locator('.player-side')).toHaveText(side);
          await expect(d.getByText(`Set ${round} of 3 · 15 reps`)).toBeVisible();
          await press(d.getByRole('button', { name: 'Start set' }));
          await tick(page, LEAD_MS); // the count-in
          await tick(page, 90_000);
        }
        if (round < 3) await tick(page, 30_000);
      }
      // Each 30 s pause counts 30, 29, ... 1 on the second (0 is the next set's screen).
      const rests = await beats(page, 'rest');
      expectTimes(rests.slice(0, 30), seconds(29));
      expect(rests.slice(0, 30).map((b) => Number(b.left))).toEqual(seconds(29).map((ms) => 30 - ms / 1000));
      expect(rests).toHaveLength(60);
      expect(await beats(page, 'tempo')).toHaveLength(6 * 90);

      // Drill done: every set ticked on both sides, and the next drill (the straight-knee raise, #12: no holds without
      // tendon pain, C32) waits for Start.
      await expect(d.getByRole('heading', { name: 'Single-leg heel raise' })).toBeVisible();
      await expect(liveRegion(page)).toHaveText(/Single-leg heel raise\. Right leg, set 1 of 3: 12 reps/);
      await expect.poll(() => page.evaluate(() => window.__wake.at(-1))).toBe('release');
    });

    // #12 (C32): rule 12's 5 x 45 s holds come with tendon pain of 3-5/10.
    test.describe('with tendon pain 3/10', () => {
      test.use({ baseline: { ...EXAMPLE_BASELINE, painNow: 3, painLocations: ['achilles-midportion'] } });
      test('a hold drill runs to the end, pauses without losing time, and ends in a check-in saved on the device', async ({
        plan: page,
      }) => {
        const d = await openAtDrill(page, 4);
        await expect(d.getByRole('heading', { name: 'Single-leg isometric hold' })).toBeVisible();
        await d.getByRole('button', { name: 'Start set' }).click();
        await tick(page, LEAD_MS); // the count-in
        await tick(page, 10_000);
        await expect(d.locator('.player-call')).toHaveText('0:35');
        await d.getByRole('button', { name: 'Pause' }).click();
        await expect(liveRegion(page)).toHaveText('Paused.');
        await expect.poll(() => page.evaluate(() => window.__wake)).toEqual(['request', 'release']);
        await tick(page, 30_000); // paused: nothing moves
        await expect(d.locator('.player-call')).toHaveText('0:35');
        await d.getByRole('button', { name: 'Resume' }).click();
        // Resume is said as Pause was ("Paused." stayed in the region while the hold ran on), and counts in first: the
        // runner gets back on one leg.
        await expect(liveRegion(page)).toHaveText('Get ready: the set goes on in 3 seconds.');
        await tick(page, LEAD_MS + 35_000);
        const hold = await beats(page, 'hold');
        // 0..10 s, then (after 30 s paused and the 3 s count-in) 11..44 s: the countdown never skips or repeats a
        // second; at 45 s of holding (78 s with the pause) the hold ends and the screen waits for the left leg.
        expect(hold.map((b) => Number(b.left))).toEqual(seconds(44).map((ms) => 45 - ms / 1000));
        expectTimes(hold, [
          ...seconds(10),
          ...seconds(44)
            .slice(11)
            .map((ms) => ms + 30_000 + LEAD_MS),
        ]);
        const end = (await records(page)).find((r) => r.t > hold[44].t);
        expect(end?.beat).toBe(0);
        expect(Math.abs((end?.t ?? 0) - hold[0].t - 75_000 - LEAD_MS)).toBeLessThanOrEqual(20);
        // The rest of the drill: 5 holds a side, right first, a pause after each round (C30: 2 minutes per leg, the
        // other leg's 45 s hold included, so 75 s).
        for (let set = 1; set <= 5; set += 1) {
          for (const side of ['Right leg', 'Left leg']) {
            if (set === 1 && side === 'Right leg') continue; // done above
            await expect(d.locator('.player-side')).toHaveText(side);
            await expect(d.getByText(`Set ${set} of 5 · 45 seconds`)).toBeVisible();
            await d.getByRole('button', { name: 'Start set' }).click();
            await tick(page, LEAD_MS); // the count-in
            await tick(page, 45_000);
          }
          if (set < 5) {
            await expect(d.locator('.player-side')).toHaveText('Rest');
            await tick(page, 75_000);
          }
        }
        await expect(d.getByRole('heading', { name: 'Single-leg isometric hold' })).toBeHidden();
        const holds = await beats(page, 'hold');
        expect(holds.filter((b) => b.left === '1')).toHaveLength(10); // ten holds counted to their last second

        await d.getByRole('button', { name: 'End session' }).click();
        await expect(d.getByRole('heading', { name: 'How did it go?' })).toBeFocused();
        // Sets left in other drills: the session has ended, not finished (phone review).
        await expect(liveRegion(page)).toHaveText('Session ended. Check in: how did it go?');
        // Some sets ticked, not all: the check-in starts on "Partly" (phone review), and asks for the scores.
        await expect(d.getByRole('radio', { name: 'Partly' })).toBeChecked();
        await d.getByRole('button', { name: 'Save check-in' }).click();
        // Each missing score is named under its own scale, focus goes to the first, and each message goes once
        // answered (phone review: one message sat under the optional fields and stayed after both were chosen).
        const effort = d.getByRole('group', { name: /^Effort/ });
        const painDuring = d.getByRole('group', { name: /^Pain during/ });
        await expect(effort.getByRole('alert')).toHaveText('Choose how hard it felt (effort).');
        await expect(painDuring.getByRole('alert')).toHaveText('Choose your pain during the session.');
        await expect(effort.getByRole('radio', { name: '0', exact: true })).toBeFocused();
        await pickScore(d, /^Effort/, '6');
        await expect(effort.getByRole('alert')).toHaveCount(0);
        await expect(painDuring.getByRole('alert')).toBeVisible();
        await pickScore(d, /^Pain during/, '2');
        await expect(d.getByRole('alert')).toHaveCount(0);
        await d.getByRole('button', { name: 'Save check-in' }).click();
        // With what it does to the next calf session (phone review: a check-in that changed it said nothing of it).
        await expect(d.getByRole('status')).toHaveText(
          'Saved on this device: Partly; effort 6 out of 10; pain during 2 out of 10. Your next calf session repeats this dose (it was partly done).',
        );
        const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pushoff:log') ?? 'null'));
        expect(stored).toEqual({
          version: 1,
          entries: [
            {
              date: PLAN_DAY,
              week: 1,
              session: 1,
              status: 'partly',
              effort: 6,
              painDuring: 2,
              // The pain check before drill 1 is kept with the check-in (0: nothing else asked).
              painCheck: { painNow: 0, painLocations: [], worsening: false },
            },
          ],
        });

        // The top of the plan says the session is done (phone review: it still said "Start today's session").
        await d.getByRole('button', { name: /^Close/ }).click();
        // (The clock is paused: the plan's own timers need to run for it to follow the new log.)
        await until(page, () =>
          expect(page.getByRole('heading', { name: "Today's session: partly done" })).toBeVisible(),
        );
        await expect(page.getByText(/checked in \(effort 6\/10, pain during 2\/10\)/)).toContainText(
          'Your next calf session repeats this dose (it was partly done). The next morning, your plan asks how your calves feel.',
        );
        await expect(page.getByRole('button', { name: "Start today's session" })).toHaveCount(0);
        // After a reload the check-in is still there: the player opens it filled in.
        await page.reload();
        const again = page.getByRole('button', { name: 'Open this session again' });
        await until(page, () => expect(again).toBeVisible()); // the clock is still paused: let the page's timers run
        await again.click();
        await dialog(page).getByRole('button', { name: 'End session' }).click();
        await expect(dialog(page).getByRole('radio', { name: 'Partly' })).toBeChecked();
        const score = (q: RegExp, n: string) =>
          dialog(page).getByRole('group', { name: q }).getByRole('radio', { name: n, exact: true });
        await expect(score(/^Effort/, '6')).toBeChecked();
        await expect(score(/^Pain during/, '2')).toBeChecked();
      });
    });
  });
}

test('a paced set can be ended before its count: it is ticked and the other leg comes next', async ({ plan: page }) => {
  // Phone review: while a 3-0-3 set ran, the only control was Pause; a runner who could not finish had no way on.
  const d = await openAtDrill(page, 3);
  const endNow = d.getByRole('button', { name: 'End this set now' });
  await expect(endNow).toHaveCount(0); // nothing to end before the set starts
  const next = d.getByRole('button', { name: 'Next drill' });
  const before = await next.boundingBox();
  await d.getByRole('button', { name: 'Start set' }).click();
  await tick(page, LEAD_MS); // the count-in
  await tick(page, 12_000); // two of fifteen reps
  await expect(d.locator('.player-side')).toHaveText('Right leg');
  // Right under Pause, on the first screen; the drill buttons stay where the thumb left them (phone review: it moved
  // "Previous drill" to where "Next drill" had been).
  await expect(endNow).toBeInViewport({ ratio: 1 });
  expect((await next.boundingBox())?.x).toBe(before?.x);
  await endNow.click();
  await expect(d.locator('.player-ticks')).toContainText('Right leg first: 3 × 15 reps ✓ ○ ○');
  await expect(d.locator('.player-side')).toHaveText('Left leg');
  await expect(d.getByRole('button', { name: 'Start set' })).toBeVisible();
});

test('a timed set counts in 3, 2, 1 with a beat each before its first rep; Pause there goes back to Start', async ({
  plan: page,
}) => {
  // Phone review: the first rep began the instant Start was tapped, before the runner was on one leg at the wall.
  const d = await openAtDrill(page, 3); // the seated raise: 15 reps at 3 s up, 3 s down
  const call = d.locator('.player-call');
  await d.getByRole('button', { name: 'Start set' }).click();
  await expect(liveRegion(page)).toHaveText('Get ready: the set starts in 3 seconds.');
  await expect(d.locator('.player-clock .player-sub')).toHaveText('Get ready');
  const shown: string[] = [];
  const tones: number[] = [];
  for (let s = 0; s < 3; s += 1) {
    await tick(page, s === 0 ? 10 : 1000);
    shown.push((await call.textContent()) ?? '');
    tones.push(await page.evaluate(() => window.__tones));
  }
  expect(shown).toEqual(['3', '2', '1']);
  expect(tones).toEqual([1, 2, 3]); // a beat each second
  await tick(page, 1000);
  await expect(call).toHaveText('Up');
  await expect(d.getByText('Rep 1 of 15')).toBeVisible();
  // Paused mid-set, Resume counts in again and goes on from where the set was.
  await tick(page, 7000); // rep 2, down
  await d.getByRole('button', { name: 'Pause' }).click();
  const where = await d.getByText(/^Rep \d+ of 15$/).textContent();
  await d.getByRole('button', { name: 'Resume' }).click();
  await expect(liveRegion(page)).toHaveText('Get ready: the set goes on in 3 seconds.');
  await tick(page, 10);
  await expect(call).toHaveText('3');
  await tick(page, 3000);
  await expect(d.getByText(/^Rep \d+ of 15$/)).toHaveText(where ?? '');
  // Paused while counting in, the set has not begun: Start counts in again.
  await d.getByRole('button', { name: 'End this set now' }).click();
  await expect(d.locator('.player-side')).toHaveText('Left leg');
  await d.getByRole('button', { name: 'Start set' }).click();
  await tick(page, 1010);
  await d.getByRole('button', { name: 'Pause' }).click();
  await expect(d.getByRole('button', { name: 'Start set' })).toBeVisible();
  await expect(call).toHaveText('Ready');
  await tick(page, 5000);
  await expect(call).toHaveText('Ready');
});

test('a rest pauses and resumes from under "Skip rest"; the drill buttons stay one even row, "End session" apart', async ({
  plan: page,
}) => {
  // Phone review: "Pause rest" sat beside "Previous drill" in the drill buttons' row, "Next drill" alone on a taller
  // row beside "End session".
  const d = await openAtDrill(page, 3);
  for (const side of ['Right leg', 'Left leg']) {
    await expect(d.locator('.player-side')).toHaveText(side);
    await d.getByRole('button', { name: 'Start set' }).click();
    await tick(page, LEAD_MS + 90_000);
  }
  await expect(d.locator('.player-side')).toHaveText('Rest');
  const pause = d.getByRole('button', { name: 'Pause rest' });
  const [skip, under] = [await d.getByRole('button', { name: 'Skip rest' }).boundingBox(), await pause.boundingBox()];
  expect(under!.y).toBeGreaterThan(skip!.y + skip!.height - 1);
  expect(under!.y - (skip!.y + skip!.height)).toBeLessThan(20);
  await pause.click();
  const left = await d.locator('.player-call').textContent();
  await tick(page, 10_000);
  await expect(d.locator('.player-call')).toHaveText(left ?? '');
  await d.getByRole('button', { name: 'Resume rest' }).click();
  await tick(page, 2000);
  await expect(d.locator('.player-call')).not.toHaveText(left ?? '');
  const [prev, next, end] = await Promise.all(
    ['Previous drill', 'Next drill', 'End session'].map((name) => d.getByRole('button', { name }).boundingBox()),
  );
  expect(Math.abs(prev!.y - next!.y)).toBeLessThan(1);
  expect(Math.abs(prev!.height - next!.height)).toBeLessThan(1);
  expect(end!.y).toBeGreaterThan(next!.y + next!.height);
});

test('"End session" by mistake: the check-in leads back to the same drill, its ticked sets kept', async ({
  plan: page,
}) => {
  // Phone review: one tap on "End session", under "Next drill", went to the check-in with no way back.
  const d = await openAtDrill(page, 3);
  await d.getByRole('button', { name: 'Start set' }).click();
  await tick(page, LEAD_MS); // the count-in
  await tick(page, 12_000);
  await d.getByRole('button', { name: 'End this set now' }).click();
  await expect(d.locator('.player-ticks')).toContainText('Right leg first: 3 × 15 reps ✓ ○ ○');
  const drill = await d.locator('.player-drill').textContent();
  await d.getByRole('button', { name: 'End session' }).click();
  await expect(d.getByRole('heading', { name: 'How did it go?' })).toBeVisible();
  // Sets were left, so the session has ended, not finished (phone review).
  await expect(liveRegion(page)).toHaveText('Session ended. Check in: how did it go?');
  await d.getByRole('button', { name: 'Back to the session' }).click();
  await expect(d.getByRole('heading', { name: 'How did it go?' })).toHaveCount(0);
  await tick(page, 10); // the focus moves after the render (a timer, which this test's paused clock holds)
  await expect(d.getByRole('button', { name: 'Start set' })).toBeFocused();
  await expect(d.locator('.player-drill')).toHaveText(drill ?? '');
  await expect(d.locator('.player-ticks')).toContainText('Right leg first: 3 × 15 reps ✓ ○ ○');
  await expect(d.locator('.player-side')).toHaveText('Left leg');
  // Once the check-in is saved there is no way back: the session is in the log.
  await d.getByRole('button', { name: 'End session' }).click();
  await d.getByRole('radio', { name: 'Partly' }).check();
  await pickScore(d, /^Effort/, '5');
  await pickScore(d, /^Pain during/, '0');
  await d.getByRole('button', { name: 'Save check-in' }).click();
  await expect(d.getByRole('status')).toContainText('Saved on this device');
  await expect(d.getByRole('button', { name: 'Back to the session' })).toHaveCount(0);
});

test('ended with no set ticked, "Done" asks to be sure before the plan moves on from it', async ({ plan: page }) => {
  // Phone review: "End session" straight away, then "Done, all of it", saved with nothing chosen for the runner and no
  // word that no set had been ticked; the plan then moved on from it.
  const d = await openAtDrill(page, 1);
  await d.getByRole('button', { name: 'End session' }).click();
  const status = d.getByRole('group', { name: 'This session' });
  for (const name of ['Done, all of it', 'Partly', 'Skipped'])
    await expect(d.getByRole('radio', { name })).not.toBeChecked();
  await d.getByRole('radio', { name: 'Done, all of it' }).check();
  await expect(status).toContainText(
    'No set was ticked in the player. Choose “Done” only if you did the whole session',
  );
  await d.getByRole('radio', { name: 'Partly' }).check();
  await expect(status).not.toContainText('No set was ticked');
});

test('mute silences the calls and reduced motion stops the beat pulse; the beat still shows', async ({
  plan: page,
}) => {
  const d = await openAtDrill(page, 3);
  await d.getByRole('button', { name: 'Start set' }).click();
  await tick(page, LEAD_MS); // the count-in
  await tick(page, 6000);
  const heard = await page.evaluate(() => window.__tones);
  expect(heard, 'a tone on each of the 3 count-in beats and the 7 beats of the set').toBe(10);
  const clock = d.locator('.player-clock');
  expect(await clock.evaluate((el) => getComputedStyle(el).animationName)).toMatch(/^pulse-[ab]$/);

  const mute = d.getByRole('button', { name: 'Mute' });
  await expect(mute).toHaveAttribute('aria-pressed', 'false');
  // A speaker with sound waves, then crossed out (phone review: the fill colour alone did not say the beeps were off).
  const drawn = () => mute.locator('svg path').nth(1).getAttribute('d');
  const sounding = await drawn();
  await mute.click();
  await expect(mute).toHaveAttribute('aria-pressed', 'true'); // one name; the state is in aria-pressed
  expect(await drawn()).not.toBe(sounding);
  await tick(page, 6000);
  expect(await page.evaluate(() => window.__tones)).toBe(heard);
  await expect(clock).toHaveAttribute('data-beat', '13');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await tick(page, 1000);
  expect(await clock.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await expect(clock).toHaveAttribute('data-beat', '14');
});

test('keyboard only: start, run a set, skip the rest, end and check in; Escape closes and focus comes back', async ({
  plan: page,
}) => {
  const start = page.getByRole('button', { name: "Start today's session" });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  const d = dialog(page);
  // The pain check comes first: focus on its question, a score chosen with the arrow keys, Enter goes on.
  await expect(d.getByRole('heading', { name: 'Before you start: pain right now' })).toBeFocused();
  // The score is eleven radios: Tab reaches 0, the arrow keys move along the scale and pick, Tab leaves the scale.
  const scale = d.getByRole('group', { name: 'Pain right now (0-10)' });
  await tabTo(page, scale.getByRole('radio', { name: '0', exact: true }));
  await page.keyboard.press('ArrowRight');
  await expect(scale.getByRole('radio', { name: '1', exact: true })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(scale.getByRole('radio', { name: '0', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(d.getByRole('button', { name: 'Go to the first drill' })).toBeFocused();
  await page.keyboard.press('Enter');
  const main = d.locator('.player-main');
  await expect(main).toBeFocused(); // the first thing to press is where focus starts
  // The first drill, soft-tissue preparation: 60 s on each leg, starting on the weaker right leg like the raises.
  await expect(main).toHaveText('Start set');
  await expect(d.locator('.player-side')).toHaveText('Right leg');
  await page.keyboard.press('Space');
  await tick(page, LEAD_MS + 60_000); // the count-in, then the 60 s
  await expect(d.locator('.player-side')).toHaveText('Left leg');
  await expect(main).toBeFocused();
  await expect(main).toHaveText('Start set');
  await tabTo(page, d.getByRole('button', { name: 'End session' }));
  await page.keyboard.press('Enter');
  await expect(d.getByRole('heading', { name: 'How did it go?' })).toBeFocused();
  // One set of the session done: the check-in starts on "Partly"; Tab enters the group at the chosen radio.
  await expect(d.getByRole('radio', { name: 'Partly' })).toBeChecked();
  await tabTo(page, d.getByRole('radio', { name: 'Partly' }));
  await page.keyboard.press('ArrowDown'); // radios: arrows move and choose
  await expect(d.getByRole('radio', { name: 'Skipped' })).toBeChecked();
  // Nothing to rate for a session not done: effort and pain during go (phone review: they stayed, greyed out).
  await expect(d.getByRole('group', { name: /^Effort/ })).toHaveCount(0);
  await expect(d.getByRole('group', { name: /^Pain during/ })).toHaveCount(0);
  await tabTo(page, d.getByRole('button', { name: 'Save check-in' }));
  await page.keyboard.press('Enter');
  await expect(d.getByRole('status')).toHaveText('Saved on this device: Skipped.');
  // Saved: focus moves on to the next step (keyboard review: it stayed on "Save check-in").
  await expect(d.getByRole('button', { name: 'Back to my plan' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(d).toBeHidden();
  await expect(start).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.__wake)).toEqual(['request', 'release']);
});

test('a damaged training log is set aside with a notice, and the new check-in saves', async ({ plan: page }) => {
  await page.evaluate(() => localStorage.setItem('pushoff:log', '{"version":1,"entries":[{"date"'));
  await page.getByRole('button', { name: "Start today's session" }).click();
  await passPainCheck(page);
  await dialog(page).getByRole('button', { name: 'End session' }).click();
  await expect(dialog(page).getByText(/could not be read.*pushoff:log:set-aside/)).toBeVisible();
  await dialog(page).getByRole('radio', { name: 'Done, all of it' }).check();
  await pickScore(dialog(page), /^Effort/, '5');
  await pickScore(dialog(page), /^Pain during/, '0');
  await dialog(page).getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog(page).getByRole('status')).toContainText('Saved on this device');
  const kept = await page.evaluate(() => localStorage.getItem('pushoff:log:set-aside'));
  expect(kept).toBe('{"version":1,"entries":[{"date"');
});

test.describe('with the clock running (axe needs timers)', () => {
  // #12 (C32): tendon pain 3/10 brings rule 12's holds, so the player's hold state is checked too.
  test.use({ paused: false, baseline: { ...EXAMPLE_BASELINE, painNow: 3, painLocations: ['achilles-midportion'] } });

  test('axe passes in every player state: ready, running, paused, rest, check-in, saved', async ({ plan: page }) => {
    test.setTimeout(120_000); // eight axe runs on a shared machine
    const d = await openAtDrill(page, 3);
    await expect(d.getByRole('button', { name: 'Start set' })).toBeVisible();
    await expectNoAxeViolations(page); // ready
    await d.getByRole('button', { name: 'Start set' }).click();
    await expect(d.locator('.player-clock .player-sub')).toHaveText('Get ready');
    await expectNoAxeViolations(page); // the count-in
    await expect(d.locator('.player-call')).toHaveText(/Up|Down/);
    await expectNoAxeViolations(page); // running, tempo
    await d.getByRole('button', { name: 'Pause' }).click();
    await expectNoAxeViolations(page); // paused
    await d.getByRole('button', { name: 'Resume' }).click();
    await tick(page, LEAD_MS + 90_000);
    await d.getByRole('button', { name: 'Start set' }).click(); // the left leg
    await tick(page, LEAD_MS + 90_000);
    await expect(d.locator('.player-side')).toHaveText('Rest');
    await expectNoAxeViolations(page); // rest
    await d.getByRole('button', { name: 'Skip rest' }).click();
    await d.getByRole('button', { name: 'Next drill' }).click();
    await d.getByRole('button', { name: 'Start set' }).click();
    await expect(d.locator('.player-call')).toHaveText(/0:4\d/);
    await expectNoAxeViolations(page); // running, hold
    await d.getByRole('button', { name: 'End session' }).click();
    await expectNoAxeViolations(page); // check-in
    await d.getByRole('button', { name: 'Save check-in' }).click();
    await expect(d.getByRole('alert')).toHaveCount(2); // effort and pain during, each under its scale
    await expectNoAxeViolations(page); // check-in with its error
    await d.getByRole('radio', { name: 'Skipped' }).check();
    await d.getByRole('button', { name: 'Save check-in' }).click();
    await expect(d.getByRole('status')).toHaveText('Saved on this device: Skipped.');
    await expectNoAxeViolations(page); // saved
    await d.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('heading', { name: "Today's session: skipped" })).toBeVisible();
    // A skipped session has no morning after to ask about (the morning check never asks for one).
    await expect(page.getByText(/: checked in\.$/)).toBeVisible();
    await expect(page.getByText('The next morning, your plan asks')).toHaveCount(0);
    await expectNoAxeViolations(page); // the plan, with today's session checked in
  });
});

/** Starts today's session and goes drill by drill to the one named, checking that no drill before it shows the
 * `special` how-to line under its figure (each shows its own); returns the player. */
async function startAndSkipTo(page: Page, name: RegExp, special: RegExp): Promise<Locator> {
  const d = await openAtDrill(page, 1);
  const heading = d.getByRole('heading', { level: 3 });
  for (let i = 0; i < 6 && !name.test((await heading.textContent()) ?? ''); i++) {
    await expect(d.locator('.player-how')).not.toHaveText(special);
    await d.getByRole('button', { name: 'Next drill' }).click();
  }
  await expect(heading).toHaveText(name);
  return d;
}

// Phone review: a first-timer met "Loaded seated soleus raise, 15 reps: 3 s up, 3 s down" with no word on what to do
// or what weight to lift; that was on the plan page only.
test('every drill in the player says in a line how it is done, and a loaded drill what weight to use', async ({
  plan: page,
}) => {
  const d = await openAtDrill(page, 1);
  await expect(d.getByRole('heading', { level: 3 })).toHaveText('Calf rolling');
  await expect(d.locator('.player-how')).toHaveText('Roll or rub each calf slowly, from ankle to knee.');
  await d.getByRole('button', { name: 'Next drill' }).click();
  await expect(d.locator('.player-how')).toHaveText('Heel down, glide the knee towards the wall and back.');
  await d.getByRole('button', { name: 'Next drill' }).click();
  await expect(d.getByRole('heading', { level: 3 })).toHaveText('Loaded seated soleus raise');
  await expect(d.locator('.player-how')).toHaveText(
    /^Sitting, a machine pad or weight on one knee: lift the heel high, lower slowly\. Use a dumbbell or a loaded backpack, resting just above the knee, that one leg could lift about 17-18 times \(2-3 more than the set\)\.$/,
  );
});

test.describe('a drill whose name does not say how each rep goes', () => {
  // Plantar heel pain in the history: Rathleff's high-load heel raise, with the towel under the toes (C38).
  test.use({ baseline: { ...EXAMPLE_BASELINE, history: { ...EXAMPLE_BASELINE.history, plantarHeelPain: true } } });

  test('the player shows how its reps are done under the figure, and only for that drill', async ({ plan: page }) => {
    const towel = /Roll a towel and put it under your toes/;
    const d = await startAndSkipTo(page, /High-load heel raise/, towel);
    await expect(d.locator('.player-how')).toHaveText(towel);
  });
});

test.describe('a runner over 65', () => {
  // C25: every standing drill on one leg is done with a hand on a support (physiotherapist's read of a 72-year-old).
  test.use({ baseline: { ...EXAMPLE_BASELINE, age: 72 } });

  test('the player says to keep a hand on a support for the one-leg raise, not for the mobility before it', async ({
    plan: page,
  }) => {
    // No calf machine in this runner's kit, so no word of its handles (physiotherapist's read).
    const support = /Keep a hand on a wall, rail or worktop for balance/;
    const d = await startAndSkipTo(page, /Single-leg heel raise/, support);
    await expect(d.locator('.player-how')).toHaveText(support);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
  test.describe('a child whose shin hurt hopping: a clinician request and the parent line above the session', () => {
    test.use({
      baseline: { ...EXAMPLE_BASELINE, age: 15, hopTest: { left: 30, right: 30, pain: 3, where: ['shin'] } },
    });
    test('the request and all of "Start today\'s session" are on the first screen (phone review: Start at y 848)', async ({
      plan: page,
    }) => {
      const request = page.getByRole('region', { name: 'Have this checked by a physiotherapist or doctor' });
      await expect(request).toBeInViewport();
      await expect(request.getByText('Show this to a parent or guardian')).toBeInViewport();
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await expect(page.getByRole('button', { name: "Start today's session" })).toBeInViewport({ ratio: 1 });
    });
  });
  test.describe('hopping hurt the shin and the calf muscle 4/10: the longest single request', () => {
    test.use({ baseline: { ...EXAMPLE_BASELINE, hopTest: { left: 30, right: 30, pain: 4, where: ['shin', 'calf'] } } });
    test('the request is one paragraph and "Start today\'s session" is still on the first screen (phone review: y 805)', async ({
      plan: page,
    }) => {
      const request = page.getByRole('region', { name: 'Have this checked by a physiotherapist or doctor' });
      await expect(request).toContainText('book a physiotherapist or doctor this week');
      await expect(request).toContainText('bruising or a limp');
      await expect(request.getByRole('list')).toHaveCount(0); // a list's indent cost it two lines
      await expect(page.getByRole('button', { name: "Start today's session" })).toBeInViewport({ ratio: 1 });
    });
  });
  test('each leg’s dose under a drill stays on one line (phone review: "Left leg: 1 / × 10 landings")', async ({
    plan: page,
  }) => {
    const d = await openAtDrill(page, 1);
    // The lines naming both legs ("Right leg first: 3 × 12 reps", "Left leg: 3 × 13 reps"), in each drill.
    const dose = d.locator('.player-ticks').filter({ hasText: /(Left|Right) leg first: \d+ × / });
    let checked = 0;
    await expect(d.locator('.player-where')).toContainText('Drill 1 of');
    const drills = Number((await d.locator('.player-where').textContent())?.match(/of (\d+)/)?.[1]);
    for (let i = 1; i <= drills; i++) {
      await expect(d.locator('.player-where')).toContainText(`Drill ${i} of`);
      if (await dose.count()) {
        const split = await dose.evaluate((el) => {
          const text = el.textContent ?? '';
          const out: string[] = [];
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (const m of (n.textContent ?? '').matchAll(/(Left|Right) leg( first)?: \d+ × [^✓○]+/g)) {
              const r = document.createRange();
              r.setStart(n, m.index ?? 0);
              r.setEnd(n, (m.index ?? 0) + m[0].trimEnd().length);
              if (new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size > 1) out.push(m[0]);
            }
          }
          return { text, out };
        });
        expect(split.out, split.text).toEqual([]);
        checked += 1;
      }
      if (i < drills) await d.getByRole('button', { name: 'Next drill' }).click();
    }
    expect(checked).toBeGreaterThan(1);
  });
  test('each drill shows each leg’s dose, its sets ticked and how to do it on the first screen, and explains a technical name', async ({
    plan: page,
  }) => {
    // Phone review: both sat under the figure and the cues, below the first screen on longer drills; and the player,
    // which shows one drill alone, left "dorsiflexion" and "soleus" unexplained.
    const d = await openAtDrill(page, 1);
    const drills = Number((await d.locator('.player-where').textContent())?.match(/of (\d+)/)?.[1]);
    // On drill 1 "Previous drill" cannot be used, and looks it: a grey dashed edge, not the accent one "Next" has.
    const edge = (name: string) =>
      d.getByRole('button', { name }).evaluate((el) => getComputedStyle(el).borderTopStyle);
    await expect(d.getByRole('button', { name: 'Previous drill' })).toBeDisabled();
    expect([await edge('Previous drill'), await edge('Next drill')]).toEqual(['dashed', 'solid']);
    for (let i = 1; i <= drills; i++) {
      await expect(d.locator('.player-where')).toContainText(`Drill ${i} of`);
      await expect(d.locator('.player-ticks')).toBeInViewport({ ratio: 1 });
      await expect(d.locator('.player-ticks li')).toHaveCount(2);
      await expect(d.locator('.player-ticks li').first()).toContainText(/^(Left|Right) leg first: \d+ × /);
      // How the reps are done, and the seated raise's weight, before the figure: read before pressing Start.
      await expect(d.locator('.player-how')).toBeInViewport({ ratio: 1 });
      if (i < drills) await d.getByRole('button', { name: 'Next drill' }).click();
    }
    await d.getByRole('button', { name: 'Previous drill' }).click();
    for (let i = drills - 1; i > 2; i--) await d.getByRole('button', { name: 'Previous drill' }).click();
    await expect(d.getByRole('heading', { name: 'Knee-to-wall dorsiflexion' })).toBeVisible();
    await expect(d.getByText('Dorsiflexion: the toes and shin moving towards each other.')).toBeVisible();
    await d.getByRole('button', { name: 'Next drill' }).click();
    await expect(d.getByRole('heading', { name: 'Loaded seated soleus raise' })).toBeVisible();
    await expect(d.getByText('Soleus: the deeper calf muscle, which works most with the knee bent.')).toBeVisible();
  });
  test('the next drill starts at the top: its count is not under the sticky bar', async ({ plan: page }) => {
    const d = await openAtDrill(page, 1);
    const where = d.locator('.player-where');
    // Drill 2 (with its figure) is taller than a phone's screen: a runner scrolls down to the drill buttons.
    await d.getByRole('button', { name: 'Next drill' }).click();
    await expect(where).toContainText('Drill 2 of');
    await expect(d.locator('.player-figure')).toHaveJSProperty('complete', true);
    await d.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect(await d.evaluate((el) => el.scrollTop)).toBeGreaterThan(50);
    await d.getByRole('button', { name: 'Next drill' }).click();
    await expect(where).toContainText('Drill 3 of');
    // Phone review: the sticky bar covered "Drill 3 of 5" after a drill change.
    const [w, bar] = [await where.boundingBox(), await d.locator('.player-bar').boundingBox()];
    expect(w && bar && w.y >= bar.y + bar.height - 1).toBe(true);
    await expect(where).toBeInViewport();
  });
  test('a runner who scrolled down during a set sees the other leg come up when it ends', async ({ plan: page }) => {
    // Phone review: after a set the view stayed down at the figure, and "Left leg" came up off the screen.
    const d = await openAtDrill(page, 3);
    await d.getByRole('button', { name: 'Start set' }).click();
    await tick(page, LEAD_MS); // the count-in
    await expect(d.locator('.player-figure')).toHaveJSProperty('complete', true);
    await d.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const side = d.locator('.player-side');
    await expect(side).toHaveText('Right leg');
    await expect(side).not.toBeInViewport();
    await tick(page, 95_000); // 15 reps at 3-0-3 s: the set ends by itself
    await expect(side).toHaveText('Left leg');
    await expect(side).toBeInViewport({ ratio: 1 });
    // Neither it nor the drill's name above it under the sticky bar (second review: the name was cut in half).
    const bar = await d.locator('.player-bar').boundingBox();
    for (const above of [side, d.locator('.player-where')]) {
      const b = await above.boundingBox();
      expect(b && bar && b.y >= bar.y + bar.height - 1, 'not under the sticky bar').toBe(true);
    }
  });
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true });
  test('the top bar stays one row and each leg’s sets stay together on their line', async ({ plan: page }) => {
    // Phone review: Close wrapped to a row of its own (a 104 px bar over every step), and "✓" and "○ ○" split.
    const d = await openAtDrill(page, 3);
    const [mute, close] = [
      await d.getByRole('button', { name: /^Mute/ }).boundingBox(),
      await d.getByRole('button', { name: /^Close/ }).boundingBox(),
    ];
    expect(close?.y).toBe(mute?.y);
    for (const ticks of await d.locator('.player-ticks .ticks').all())
      expect(await ticks.evaluate((el) => el.getClientRects().length)).toBe(1);
  });
});

test.describe('with the clock running (axe and history need timers)', () => {
  test.use({ paused: false });
  test('closing a session begun asks first, mid-set or at its check-in, until the check-in is saved; by Escape too', async ({
    plan: page,
  }) => {
    const start = page.getByRole('button', { name: "Start today's session" });
    await start.click();
    const d = dialog(page);
    // Nothing done yet: Close closes at once.
    await d.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(d).toBeHidden();
    // Phone review: Close mid-set shut the player and the sets done were lost without a check-in.
    await start.click();
    await passPainCheck(page);
    await d.getByRole('button', { name: 'Start set' }).click();
    await tick(page, LEAD_MS); // the count-in
    await d.getByRole('button', { name: 'Close', exact: true }).click();
    const ask = d.getByRole('region', { name: 'Close without checking in?' });
    await expect(ask.getByRole('button', { name: 'End and check in' })).toBeFocused();
    await expect(d.getByRole('button', { name: 'Resume' })).toBeVisible(); // the running set paused
    await expectNoAxeViolations(page);
    await ask.getByRole('button', { name: 'Keep going' }).click();
    await expect(ask).toHaveCount(0);
    await expect(d).toBeVisible();
    await expect(d.getByRole('button', { name: 'Resume' })).toBeFocused(); // back where the runner left off
    // Escape asks too; ending goes to the check-in.
    await page.keyboard.press('Escape');
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'End and check in' }).click();
    await expect(d.getByRole('button', { name: 'Save check-in' })).toBeVisible();
    // At the check-in, with a set done, Close asks too (phone review: it shut at once, and the session never reached
    // the log, so the plan would have counted it as missed).
    await d.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(ask.getByRole('button', { name: 'Back to the check-in' })).toBeFocused();
    await expect(ask.getByRole('button', { name: 'End and check in' })).toHaveCount(0);
    await ask.getByRole('button', { name: 'Back to the check-in' }).click();
    await expect(d.getByRole('heading', { name: 'How did it go?' })).toBeFocused();
    // "Close anyway" closes, from the check-in as mid-set.
    await d.getByRole('button', { name: 'Close', exact: true }).click();
    await ask.getByRole('button', { name: 'Close anyway' }).click();
    await expect(d).toBeHidden();
    await start.click();
    await passPainCheck(page);
    await d.getByRole('button', { name: 'Start set' }).click();
    await tick(page, LEAD_MS); // the count-in
    await d.getByRole('button', { name: 'Close', exact: true }).click();
    await ask.getByRole('button', { name: 'Close anyway' }).click();
    await expect(d).toBeHidden();
    // Once the check-in is saved, Close closes: nothing is left to lose.
    await start.click();
    await passPainCheck(page);
    await d.getByRole('button', { name: 'Start set' }).click();
    await tick(page, LEAD_MS); // the count-in
    await d.getByRole('button', { name: 'Close', exact: true }).click();
    await ask.getByRole('button', { name: 'End and check in' }).click();
    await d.getByRole('radio', { name: 'Partly' }).check();
    await pickScore(d, /^Effort/, '5');
    await pickScore(d, /^Pain during/, '0');
    await d.getByRole('button', { name: 'Save check-in' }).click();
    await expect(d.getByRole('status')).toContainText('Saved on this device');
    await d.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(d).toBeHidden();
  });

  test('a reload or a closed tab asks the browser’s question while a session begun is not checked in', async ({
    plan: page,
  }) => {
    // Four-weeks review: a reload on the check-in lost a finished session without a word.
    const wouldAsk = () =>
      page.evaluate(() => {
        const e = new Event('beforeunload', { cancelable: true });
        dispatchEvent(e);
        return e.defaultPrevented;
      });
    await page.getByRole('button', { name: "Start today's session" }).click();
    await passPainCheck(page);
    const d = dialog(page);
    expect(await wouldAsk()).toBe(false); // nothing begun, nothing to lose
    await d.getByRole('button', { name: 'Start set' }).click();
    await tick(page, LEAD_MS); // the count-in
    expect(await wouldAsk()).toBe(true);
    await d.getByRole('button', { name: 'End session' }).click();
    await expect(d.getByRole('button', { name: 'Save check-in' })).toBeVisible();
    expect(await wouldAsk()).toBe(true); // the check-in not yet saved
    // The question answered (leave), so the page closes before the test's own teardown does (an open question
    // left that to the teardown, which sometimes failed on it: "browserContext.close: Test ended").
    const asked = new Promise<string>((done) =>
      page.once('dialog', (q) => {
        done(q.type());
        void q.accept();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  });

  test("a phone's Back asks before leaving a session under way, and closes one not yet begun", async ({
    plan: page,
  }) => {
    const start = page.getByRole('button', { name: "Start today's session" });
    const d = dialog(page);
    // Nothing done yet: Back closes the player and the plan stays, with today's session on it.
    await start.click();
    await expect(d).toBeVisible();
    await page.goBack();
    await expect(d).toBeHidden();
    await expect(page).toHaveURL(/\/plan\/$/);
    await expect(start).toBeVisible();
    // Phone review: with a set under way, Back shut the player at once and the sets done were lost.
    await start.click();
    await passPainCheck(page);
    await d.getByRole('button', { name: 'Start set' }).click();
    await tick(page, LEAD_MS); // the count-in
    await page.goBack();
    const ask = d.getByRole('region', { name: 'Close without checking in?' });
    await expect(ask.getByRole('button', { name: 'End and check in' })).toBeFocused();
    await ask.getByRole('button', { name: 'Keep going' }).click();
    await expect(d).toBeVisible();
    await expect(d.getByRole('button', { name: 'Resume' })).toBeVisible(); // the set under way is kept, paused
    // Back again asks again; closing then leaves the plan where it was, and Back does not reopen anything.
    await page.goBack();
    await ask.getByRole('button', { name: 'Close anyway' }).click();
    await expect(d).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Your four-week plan' })).toBeVisible();
    await expect(page).toHaveURL(/\/plan\/$/);
  });
});

// Phone review (screen reader, keyboard): on the last drill "Next drill" turns disabled while it has focus, and focus
// fell to the page behind the dialog.
test('pressing "Next drill" onto the last drill keeps focus in the player, on its main button', async ({
  plan: page,
}) => {
  const d = await openAtDrill(page, 1);
  const next = d.getByRole('button', { name: 'Next drill' });
  await tabTo(page, next);
  while (await next.isEnabled()) await page.keyboard.press('Enter');
  await expect(d.locator('.player-main')).toBeFocused();
  await expect(d.getByRole('heading', { level: 3 })).toHaveText('Cooldown mobility');
});

test.describe('a calf session on the day before a hard session', () => {
  // C6 with three sessions a week and hard runs on Tuesday and Thursday: Monday and Wednesday cannot avoid it.
  const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  test.use({
    baseline: {
      ...EXAMPLE_BASELINE,
      sessionsPerWeek: 3,
      runDays: EVERY_DAY,
      hardDays: ['tue', 'thu'],
      longRunDay: 'sun',
    },
  });

  test('today’s session says so where the runner starts it, not only in week 1’s notes', async ({ plan: page }) => {
    // Phone review: the line sat about four screens down, in week 1, and weeks 2-4 said nothing.
    const today = page.getByRole('region', { name: /^Today's session/ });
    await expect(today).toContainText(
      'Monday and Wednesday are the day before a hard session: if your calves are stiff the next day, run it easier.',
    );
  });
});

test.describe('a short activation day in week 1', () => {
  // Tuesday of week 1: the calf squeeze, 5 squeezes a leg, each held about 10 s (C9).
  test.use({ day: '2025-03-04' });

  test('on a 320 px phone its top bar stays one row: "Short activation" leaves Close beside Mute', async ({
    plan: page,
  }) => {
    // Phone review (session 49): "activation" was wider than the room the buttons left, and Close wrapped.
    await page.setViewportSize({ width: 320, height: 640 });
    const d = await openAtDrill(page, 1);
    await expect(d.getByRole('heading', { level: 2, name: 'Short activation' })).toBeVisible();
    const [mute, close] = [
      await d.getByRole('button', { name: /^Mute/ }).boundingBox(),
      await d.getByRole('button', { name: /^Close/ }).boundingBox(),
    ];
    expect(close?.y).toBe(mute?.y);
  });

  test('the calf squeeze times each 10 s hold and waits while the runner relaxes; the set is ticked after the fifth', async ({
    plan: page,
  }) => {
    // Phone review: the squeeze said "5 reps, at your pace" with no timer for its holds.
    test.slow(); // ten holds, each waited for and counted
    const d = await openAtDrill(page, 1);
    const heading = d.getByRole('heading', { level: 3 });
    for (let i = 0; i < 6 && (await heading.textContent()) !== 'Calf squeeze'; i++)
      await d.getByRole('button', { name: 'Next drill' }).click();
    await expect(heading).toHaveText('Calf squeeze');
    await expect(d.locator('.player-ticks')).toContainText('5 reps, each held 10 s');
    const first = (await d.locator('.player-side').textContent()) ?? '';
    for (const side of [first, first === 'Left leg' ? 'Right leg' : 'Left leg']) {
      for (let n = 1; n <= 5; n += 1) {
        await expect(d.locator('.player-side')).toHaveText(side);
        await expect(d.locator('.player-clock')).toContainText(`0:10${n > 1 ? 'Relax, then hold' : 'Hold'} ${n} of 5`);
        await expect(liveRegion(page)).toContainText(
          n > 1
            ? `Hold ${n} of 5: press Start hold when you are ready, after relaxing completely.`
            : 'Hold 1 of 5: press Start hold',
        );
        await tick(page, 5000); // relaxing: nothing runs until the runner starts the hold
        await expect(d.locator('.player-call')).toHaveText('0:10');
        await d.getByRole('button', { name: 'Start hold' }).click(); // no count-in: done in place, relaxed between
        await tick(page, 4000);
        await expect(d.locator('.player-call')).toHaveText('0:06');
        await tick(page, 6000);
        if (side !== first && n === 5) break; // the last hold: the player goes on to the next drill
        // The set's tick comes with its fifth hold only.
        await expect(d.locator('.player-ticks li').filter({ hasText: side })).toContainText(
          n === 5 ? '1 of 1 sets done' : '0 of 1 sets done',
        );
      }
    }
    await expect(heading).not.toHaveText('Calf squeeze');
    const holds = await beats(page, 'hold');
    expect(holds.filter((b) => b.left === '1')).toHaveLength(10); // ten holds counted to their last second
    // The first hold: 10 s left at its start down to 1 s, a second apart, then the wait for the next (5 s relaxing).
    expect(holds.slice(0, 10).map((b) => Number(b.left))).toEqual(seconds(9).map((ms) => 10 - ms / 1000));
    expectTimes(holds.slice(0, 11), [...seconds(9), 15_000]);
  });
});

test.describe('a heel drop', () => {
  test.use({ day: '2025-03-10' }); // week 2's Monday: the straight-knee raise becomes a drop off a step

  test("rests only through the other leg's lowering, and says so (the rise is on both feet)", async ({
    plan: page,
  }) => {
    await page.getByRole('button', { name: "Start today's session" }).click();
    await passPainCheck(page);
    const d = dialog(page);
    const heading = d.getByRole('heading', { level: 3 });
    while (!/^Eccentric heel drop/.test((await heading.textContent()) ?? ''))
      await d.getByRole('button', { name: 'Next drill' }).click();
    // One set on each leg, legs in turn (each about 90 s: 3 s up on both feet, 3 s down on one); then the rest.
    const sideNow = () => d.locator('.player-side').textContent();
    /** A second at a time until the side shown changes: the end of the set. */
    const toSetEnd = async () => {
      const was = await sideNow();
      for (let s = 0; s < 200 && (await sideNow()) === was; s += 1) await tick(page, 1000);
    };
    await d.getByRole('button', { name: 'Start set' }).click();
    await tick(page, LEAD_MS); // the count-in
    await toSetEnd();
    await d.getByRole('button', { name: 'Start set' }).click();
    await tick(page, LEAD_MS); // the count-in
    await toSetEnd();
    await expect(d.locator('.player-side')).toHaveText('Rest');
    await expect(d.locator('.player-clock .player-note')).toHaveText(
      "Each leg rests 120 s between its sets: your other leg's lowering counted as rest.",
    );
  });
});
