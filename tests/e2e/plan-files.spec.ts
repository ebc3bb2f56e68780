// Calendar and backup files, made in the browser: the .ics parses with one event per session on its date, with
// per-leg doses and a link back to the plan; a JSON backup imported elsewhere gives the same plan; a bad file is
// explained next to the import control; and no request ever leaves the local server.

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoAxeViolations } from './support/axe.ts';
import { hydrated, openPlan, PLAN, planText, stepButton, toStep } from './support/plan.ts';
import { expect, test } from './support/plan-test.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('"Add to calendar" downloads an .ics with one event per session, its dose and the plan link', async ({
  planPage: page,
}) => {
  // The plan renders part by part (PlanViews.tsx): read the dates once every week is there (on a loaded machine the
  // read could come before the last week's tables).
  await expect(page.getByRole('region', { name: 'After the four weeks' })).toBeVisible();
  // Each session's date is shown as a <time>; identical sessions of a week share one heading with all their dates.
  const shownDates = await page
    .locator('section.session h4 time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  // A second import cannot delete days (and some apps do not update them), and the page says so next to the button.
  await expect(
    page.getByText(
      'If you add a changed plan to your calendar again, check it: days the new plan no longer uses stay until you delete them',
    ),
  ).toBeVisible();
  const { name, text } = await download(page, 'Add to calendar');
  expect(name).toBe('pushoff-plan-2025-03-03.ics');
  // Said on the page too (screen reader review: a download gave no word, and some browsers show none).
  await expect(page.getByRole('status').filter({ hasText: 'Calendar file' })).toHaveText(
    'Calendar file saved as pushoff-plan-2025-03-03.ics, in your downloads.',
  );
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const retest = events.pop()!; // the last event is the retest day the summary names
  expect(retest.summary).toBe('Pushoff: retest your heel raises');
  expect(retest.startDate.toString()).toBe('2025-03-31');
  expect(events.length).toBe(shownDates.length);
  expect(events.length).toBeGreaterThanOrEqual(8); // at least 2 loaded sessions a week for 4 weeks
  // Each session lasts its estimated length (C19) from the time chosen beside the button (18:00 unless changed).
  const firstHeading = await page.locator('section.session h4').first().textContent();
  const minutes = Number(/about (\d+) min/.exec(firstHeading ?? '')?.[1]);
  expect(minutes).toBeGreaterThan(0);
  expect(events.every((e) => !e.startDate.isDate)).toBe(true);
  expect(events[0].startDate.toString()).toBe('2025-03-03T18:00:00');
  expect(events[0].duration.toSeconds()).toBe(minutes * 60);
  expect(events[0].summary).toBe('Pushoff week 1: Loaded calf session');
  expect(events[0].description).toMatch(
    /Single-leg heel raise: left 3\u00a0×\u00a013, right 3\u00a0×\u00a012, right side first/,
  );
  expect(events[0].description).toMatch(
    /Before you start, rate your pain right now, at rest \(not your first steps this morning\), and where it is\..* Otherwise 0-3\/10 go ahead; 4-5 in the Achilles/,
  );
  // What pain in a place changes, as the pain check before a guided session would (physiotherapist's read).
  expect(events[0].description).toMatch(
    /Where it hurts changes the session .*: Achilles at the heel bone, no stretch that bends/,
  );
  expect(events[0].description).toMatch(/Your plan: http:\/\/127\.0\.0\.1:\d+\/plan\/#plan=v2\./);
  // Event ids name the site the plan came from: this build has no SITE, so the page's own address, never a made-up one.
  const host = new URL(page.url()).host;
  expect(events.map((e) => e.uid.split('@')[1])).toEqual(events.map(() => host));
  const url = String(events[0].component.getFirstPropertyValue('url'));
  expect(url).toMatch(/\/plan\/#plan=v2\.[\w-]+$/);
  // The event dates are exactly the session dates shown on the page.
  expect(events.map((e) => e.startDate.toString().slice(0, 10)).sort()).toEqual([...shownDates].sort());
  // The link in the calendar opens the same plan.
  const original = await planText(page);
  await page.goto(url);
  await hydrated(page);
  await expect(page.getByRole('button', { name: 'Use this as my plan' })).toBeVisible();
  expect(await planText(page)).toEqual(original);
});

test('a JSON backup exported here and imported in a fresh browser gives the same plan', async ({
  planPage: page,
  browser,
}) => {
  const original = await planText(page);
  const { name, text } = await download(page, 'Save a backup file');
  expect(name).toBe('pushoff-plan-2025-03-03.json');
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toHaveText(
    'Backup saved as pushoff-plan-2025-03-03.json, in your downloads.',
  );
  const backup = JSON.parse(text);
  expect(backup).toMatchObject({
    format: 'pushoff-backup',
    version: 1,
    baseline: { straightKnee: { left: 26, right: 25 } },
    plan: { kind: 'plan' },
  });

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await openPlan(fresh);
  const input = fresh.getByLabel('Open a backup file');
  // A file that is not a backup is explained next to the control, and nothing changes.
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(/not a Pushoff backup/);
  await expectNoAxeViolations(fresh); // import error
  const broken = { ...backup, baseline: { ...backup.baseline, painNow: 11 } };
  await input.setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(fresh.getByRole('alert')).toContainText('The test results in this backup are not valid.');
  await expect(fresh.getByRole('alert')).toContainText(
    'Pain right now: Enter a whole number from 0 to 10 (pain score).',
  );
  await expect(stepButton(fresh, 'Your plan')).toBeEnabled();
  await expect(fresh.getByRole('heading', { name: /^Week 1:/ })).toHaveCount(0);

  await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(input).not.toHaveAttribute('aria-invalid', 'true');
  const opened = fresh.getByRole('status').filter({ hasText: `Opened ${name}` });
  await expect(opened).toBeVisible();
  await toStep(fresh, 'Your plan');
  await expect(fresh.getByRole('heading', { name: /^Week 1:/ })).toBeVisible();
  expect(await planText(fresh)).toEqual(original);
  // Once the answers are edited, the plan no longer comes from the file, and the message goes.
  await toStep(fresh, 'Safety check');
  await fresh.getByRole('textbox', { name: 'Pain right now' }).fill('1');
  await toStep(fresh, 'The test');
  await expect(opened).toHaveCount(0);
  await toStep(fresh, 'Safety check');
  await fresh.getByRole('textbox', { name: 'Pain right now' }).fill('0');
  await fresh.reload();
  await hydrated(fresh);
  expect(await planText(fresh)).toEqual(original); // and it was saved
  await other.close();
});

test('no request leaves the local server, whatever the user does', async ({ savedPlan: page, context }) => {
  const hosts = new Set<string>();
  context.on('request', (r) => {
    hosts.add(new URL(r.url()).host.replace(/:\d+$/, ''));
  });
  await openPlan(page); // after the listener, so the first page load is watched too
  await toStep(page, 'Safety check');
  await page.getByRole('textbox', { name: 'Pain right now' }).fill('2');
  await toStep(page, 'Your plan');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await download(page, 'Add to calendar');
  await download(page, 'Save a backup file');
  await page.goto(link);
  await hydrated(page);
  await page.getByRole('button', { name: 'Use this as my plan' }).click();
  await page.goto(PLAN);
  await hydrated(page);
  await expect(page.locator('img.fig').first()).toBeVisible();
  // blob: URLs for downloads have no host; everything else is the preview server.
  expect([...hosts].filter((h) => h !== '')).toEqual(['127.0.0.1']);
});
