// Issue 14's log: after a session the check-in can also hold what each drill really was, per side (reps or foot
// contacts, added kg), all optional. A typo is named next to its field and nothing is saved until it is fixed; the
// saved numbers come back when the check-in is opened again, and the CSV for the coach carries them.
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe.ts';
import { pickScore } from './support/score.ts';
import { dialog, expect, passPainCheck, test } from './support/session.ts';

test.use({ paused: false }); // axe needs timers

test('the check-in keeps the reps and weight really done per side, and a typo is named at its field', async ({
  plan: page,
}) => {
  test.slow(); // two axe passes, the player opened twice and a download
  await page.getByRole('button', { name: "Start today's session" }).click();
  await passPainCheck(page);
  const d = dialog(page);
  await d.getByRole('button', { name: 'End session' }).click();
  await d.getByRole('radio', { name: 'Done, all of it' }).check();
  await pickScore(d, /^Effort/, '6');
  await pickScore(d, /^Pain during/, '1');
  await d.getByText('What you really did (optional)').click();
  // Worked example 1's first session: the single-leg heel raise, planned 3 x 13 left and 3 x 12 right.
  const raise = d.getByRole('group', { name: 'Single-leg heel raise' });
  await expect(raise).toContainText('Left (planned 3 × 13)');
  await expect(raise).toContainText('Right (planned 3 × 12)');
  // Each side's two boxes line up, each under its label, inside the panel (phone review: ragged boxes, labels touching
  // the panel's border).
  const [left, right] = [
    await raise.getByRole('textbox', { name: 'Left reps done in all' }).boundingBox(),
    await raise.getByRole('textbox', { name: 'Right reps done in all' }).boundingBox(),
  ];
  const [group, panel] = [await raise.boundingBox(), await d.locator('details.drills-done').boundingBox()];
  expect(left && right && Math.abs(left.x - right.x) < 1).toBe(true);
  expect(group && panel && group.x - panel.x >= 8).toBe(true);
  await raise.getByRole('textbox', { name: 'Left reps done in all' }).fill('36');
  await raise.getByRole('textbox', { name: 'Right reps done in all' }).fill('3O'); // a letter O for a zero
  await expectNoAxeViolations(page);
  await d.getByRole('button', { name: 'Save check-in' }).click();
  const wrong = raise.getByRole('textbox', { name: 'Right reps done in all' });
  await expect(wrong).toBeFocused();
  await expect(wrong).toHaveAttribute('aria-invalid', 'true');
  // The message sits in the drill's own group, right under the box (phone review: 400 px below it).
  await expect(raise.getByRole('alert')).toHaveText('Give the reps as a whole number from 0 to 1000.');
  const [box, alert] = [await wrong.boundingBox(), await raise.getByRole('alert').boundingBox()];
  expect(box && alert && alert.y - (box.y + box.height) < 60).toBe(true);
  expect(await page.evaluate(() => localStorage.getItem('pushoff:log'))).toBeNull();
  await expectNoAxeViolations(page);

  await wrong.fill('30');
  await raise.getByRole('textbox', { name: 'Right added kg' }).fill('2,5');
  await d.getByRole('button', { name: 'Save check-in' }).click();
  // "Done, all of it" with fewer reps than planned is asked about, not saved (phone review: 1 of 45 saved as done).
  await expect(raise.getByRole('textbox', { name: 'Left reps done in all' })).toBeFocused();
  await expect(raise.getByRole('alert')).toHaveText(
    'That is fewer than planned (39 in all). If you did not do all of it, choose "Partly" above; otherwise correct the count.',
  );
  expect(await page.evaluate(() => localStorage.getItem('pushoff:log'))).toBeNull();
  await d.getByRole('radio', { name: 'Partly' }).check();
  // Before it is saved, "Partly" says what it does to the plan (phone review: a runner trying the player saved
  // "Partly" and week 1 was repeated, unsaid).
  const status = d.getByRole('group', { name: 'This session' });
  await expect(status).toContainText('this session makes the week after it repeat its dose');
  await expect(status).toContainText('Only trying the player? Close it without saving.');
  await d.getByRole('button', { name: 'Save check-in' }).click();
  await expect(d.getByRole('status')).toContainText('Saved on this device: Partly');
  await expect(status).not.toContainText('makes the week after it repeat');
  const log = await page.evaluate(() => JSON.parse(localStorage.getItem('pushoff:log') ?? 'null'));
  expect(log.entries[0].drills).toEqual([
    { drill: 'single-leg-heel-raise', left: { reps: 36, loadKg: null }, right: { reps: 30, loadKg: 2.5 } },
  ]);
  // A second save refused for a typo says the first one stands (review: its error showed beside "Saved on this device").
  await raise.getByRole('textbox', { name: 'Right added kg' }).fill('600');
  await d.getByRole('button', { name: 'Save check-in' }).click();
  await expect(raise.getByRole('alert')).toHaveText('Give the added weight in kg, from 0 to 500.');
  await expect(d.getByRole('status')).toContainText(
    'These changes are not saved yet (see above). Saved before: Partly',
  );
  await raise.getByRole('textbox', { name: 'Right added kg' }).fill('2,5');
  await d.getByRole('button', { name: 'Save check-in' }).click();
  await expect(d.getByRole('status')).toContainText('Saved on this device: Partly');

  // Once saved, the way back is named (phone review: the form stayed open with no button to leave).
  await d.getByRole('button', { name: 'Back to my plan' }).click();
  await expect(d).toBeHidden();
  // Opened again, the check-in shows what was saved.
  await page.getByRole('button', { name: 'Open this session again' }).click();
  await dialog(page).getByRole('button', { name: 'End session' }).click();
  await expect(
    dialog(page).getByRole('group', { name: 'Single-leg heel raise' }).getByRole('textbox', { name: 'Right added kg' }),
  ).toHaveValue('2.5');
  await page.keyboard.press('Escape');

  // The coach's CSV has the numbers done beside the planned ones.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my log (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const rows = csv
    .split('\n')
    .filter((r) => r.includes('single-leg-heel-raise') || r.includes('Single-leg heel raise'));
  expect(rows.some((r) => r.includes(',right,') && r.includes(',30,') && r.includes('2.5'))).toBe(true);
});
