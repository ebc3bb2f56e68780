// Strides after an easy run (C16, C30) are in no session, so the plan names their days: on such a day the plan page
// says so even though no calf session is today, the week's note names the days, and the calendar file has an event
// on each of them.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoAxeViolations } from './support/axe.ts';
import { EXAMPLE, openPlan, STORAGE_KEY } from './support/plan.ts';
import { expect, test } from './support/plan-test.ts';

/** Worked example 1's running week (runs Tue, Thu hard, Sat, Sun long) with counts whose loaded session has no room
 * for strides: block 2 (from 31 March 2025, after block 1 from 3 March) brings them in week 4 after the easy runs on
 * Tue 22 and Sat 26 April; its calf sessions are Mon 21, Wed 23 (short heel-raise) and Fri 25. */
const BLOCK1 = {
  ...EXAMPLE,
  age: 21,
  straightKnee: { left: 33, right: 32 },
  bentKnee: null,
  equipment: ['weights'],
  hopTest: { left: 24, right: 24, pain: 0 },
  painLocations: ['calf', 'plantar-heel'],
};
const BLOCK2 = { ...BLOCK1, startDate: '2025-03-31' };
const LINE = "After today's easy run: strides, 4 × 20 s, walk about 60 s between them.";

/** Block 2 saved on this device with block 1 before it (no log yet), the page opened on `day`. */
async function visit(page: Page, day: string) {
  await page.clock.setFixedTime(new Date(`${day}T08:00:00`));
  await page.addInitScript(
    ([key, baseline, blocks]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key, baseline);
      localStorage.setItem('pushoff:blocks', blocks);
      sessionStorage.setItem('seeded', '1');
    },
    [STORAGE_KEY, JSON.stringify(BLOCK2), JSON.stringify([BLOCK1])] as const,
  );
  await openPlan(page);
}

test.use({ savedBaseline: null });

test('on an easy run day with strides the plan says so, the week names the days, the calendar has them', async ({
  page,
}) => {
  await visit(page, '2025-04-22');
  const plan = page.getByRole('region', { name: 'Your four-week plan (block 2)' });
  // No calf session today: the launcher offers the next one, and the strides line comes first.
  await expect(plan.getByRole('heading', { level: 3, name: 'Next session: Wednesday 23 April' })).toBeVisible();
  await expect(plan.getByRole('paragraph').filter({ hasText: LINE })).toContainText(
    'Skip them if your calf, Achilles or heel hurt during the run.',
  );
  // The week's note (on screen and on paper) names the days.
  await expect(plan.getByRole('region', { name: /^Week 4:/ })).toContainText(
    'Strides: 4 × 20 s, building to a fast but relaxed pace, at the end of your easy runs on Tue and Sat',
  );
  // The week strip marks those runs too.
  const glance = page.getByRole('navigation', { name: 'Plan contents' });
  await expect(glance.getByRole('cell', { name: /^Tue 22 Apr/ })).toContainText('Run + strides');
  await expect(glance.getByRole('cell', { name: /^Thu 24 Apr/ })).not.toContainText('strides');
  await expectNoAxeViolations(page);

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to calendar' }).click(),
  ]);
  const text = readFileSync(await file.path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const strides = events.filter((e) => e.summary === 'Pushoff: strides after your easy run');
  expect(strides.map((e) => e.startDate.toString())).toEqual(['2025-04-22', '2025-04-26']);
  expect(strides.every((e) => e.startDate.isDate)).toBe(true); // all day
  expect(strides[0].description).toMatch(/^Strides: 4\u00a0×\u00a020 s, .*walk about 60 s between them\./);

  // The next day has a calf session and no strides: no line.
  await page.clock.setFixedTime(new Date('2025-04-23T08:00:00'));
  await page.reload();
  await expect(plan.getByRole('heading', { level: 3, name: "Today's session" })).toBeVisible();
  await expect(page.getByText(LINE)).toHaveCount(0);
});

test('on paper the week’s log has a row for each day of strides, between the calf sessions’ rows', async ({ page }) => {
  // Physiotherapist's read of the handout: the strides on Tue and Sat had nowhere to be written down.
  await visit(page, '2025-04-22');
  await page.emulateMedia({ media: 'print' });
  const log = page.getByRole('region', { name: /^Week 4:/ }).locator('table.session-log');
  await expect(log.getByRole('rowheader')).toHaveText([
    'Mon 21 Apr',
    'Tue 22 Apr',
    'Wed 23 Apr',
    'Fri 25 Apr',
    'Sat 26 Apr',
  ]);
  const notes = (day: string) =>
    log
      .getByRole('row', { name: new RegExp(`^${day}`) })
      .getByRole('cell')
      .last();
  await expect(notes('Tue 22 Apr')).toHaveText('Strides');
  await expect(notes('Sat 26 Apr')).toHaveText('Strides');
  await expect(notes('Mon 21 Apr')).toHaveText('');
  // Five rows still leave room to write: 7 mm each, as in a week of three sessions (physiotherapist's read: 5 mm rows
  // in a week 4 with strides, beside half a sheet left blank).
  const mm = await log
    .locator('tbody tr')
    .first()
    .evaluate((r) => (r.getBoundingClientRect().height / 96) * 25.4);
  expect(mm).toBeGreaterThanOrEqual(6.9);
  // Weeks without strides after a run keep a row per calf session only.
  await expect(
    page
      .getByRole('region', { name: /^Week 3:/ })
      .locator('table.session-log')
      .getByRole('rowheader'),
  ).toHaveText(['Mon 14 Apr', 'Wed 16 Apr', 'Fri 18 Apr']);
});
