// The Content Security Policy holds and blocks nothing the site needs: every page carries the strict policy, and no
// page, no plan state and no search (header field and search page) triggers a `securitypolicyviolation`.
// Runs against the main build and, in `npm test`, against a BASE=/sub build too (support/site.ts).
import { expect, type Page, test } from '@playwright/test';
import { controlled } from './support/offline.ts';
import { EXAMPLE, group, hydrated, openPlan, tabTo, toStep, withSavedPlan } from './support/plan.ts';
import { at, pagePaths } from './support/site.ts';

type Seen = { violations: string[] };

/** Records every CSP violation of every document the page opens, and console errors that name the policy. */
async function watch(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as Seen;
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) found.push(m.text());
  });
  return found;
}

async function violations(page: Page, console: string[]): Promise<string[]> {
  await page.waitForLoadState('load');
  const inPage = await page.evaluate(() => (window as unknown as Seen).violations);
  return [...inPage, ...console.splice(0)];
}

test('every page sends the strict policy', async ({ page }) => {
  await page.goto(at('/'));
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  const directive = (name: string) => policy.match(new RegExp(`(?:^|;)\\s*${name} ([^;]*)`))?.[1].split(' ') ?? [];
  expect(directive('script-src')).toContain("'self'");
  expect(directive('script-src')).toContain("'wasm-unsafe-eval'"); // Pagefind's WebAssembly, and nothing else
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect(directive('connect-src')).toEqual(["'self'"]);
  expect(directive('object-src')).toEqual(["'none'"]);
  expect(directive('base-uri')).toEqual(["'self'"]);
});

// Every page, in four groups so the two workers share them.
const paths = pagePaths();
const GROUPS = 4;
test('the page list is the whole site', () => expect(paths.length).toBeGreaterThan(50));
for (let g = 0; g < GROUPS; g += 1) {
  const chunk = paths.filter((_, i) => i % GROUPS === g);
  test(`no page of the site breaks the policy (${g + 1} of ${GROUPS}: ${chunk[0]} ...)`, async ({ page }) => {
    test.setTimeout(90_000);
    const console = await watch(page);
    for (const path of chunk) {
      await page.goto(at(path));
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0); // islands hydrated: their scripts ran
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
      expect(await violations(page, console), path).toEqual([]);
    }
  });
}

test('search, from the header and on the search page, breaks no rule, online and from the offline cache', async ({
  page,
  context,
}) => {
  const console = await watch(page);
  const drill = pagePaths().find((p) => /^\/drills\/[a-z0-9-]+\/$/.test(p))!;
  await page.goto(at(drill));
  await controlled(page);
  for (const offline of [false, true]) {
    await context.setOffline(offline);
    await page.goto(at(drill));
    await page.getByRole('combobox', { name: 'Search the site' }).fill('calf');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    expect(await violations(page, console)).toEqual([]);
    await page.goto(at('/search/?q=hops'));
    await expect(page.getByRole('status')).toContainText(/\d+ results? /);
    const chip = page.locator('button[data-filter="type"][data-value="drill"]');
    await chip.click(); // a filter chip
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    expect(await violations(page, console)).toEqual([]);
  }
});

test('the plan page breaks no rule in any state: empty, plan, referral, shared link, errors, print', async ({
  page,
}) => {
  const console = await watch(page);
  await openPlan(page, at('/plan/'));
  expect(await violations(page, console), 'empty form').toEqual([]);

  const pain = page.getByRole('textbox', { name: 'Pain right now' }); // on the safety check, before the test
  await pain.fill('abc');
  await pain.press('Tab');
  await expect(pain).toHaveAccessibleDescription(/Enter a whole number from 0 to 10/);
  expect(await violations(page, console), 'field error').toEqual([]);

  await toStep(page, 'Safety check');
  const redFlag = group(page, 'First, any warning signs?').getByRole('checkbox', { name: /swollen, warm and red/ });
  await tabTo(page, redFlag);
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'No plan today' })).toBeVisible();
  expect(await violations(page, console), 'referral').toEqual([]);

  await withSavedPlan(page, EXAMPLE);
  await page.evaluate(() => sessionStorage.clear());
  await openPlan(page, at('/plan/'));
  await expect(page.getByRole('heading', { name: /^Week 4:/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  expect(await violations(page, console), 'plan and print').toEqual([]);

  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.goto(link);
  await hydrated(page);
  await expect(page.getByRole('button', { name: 'Use this as my plan' })).toBeVisible();
  expect(await violations(page, console), 'shared link').toEqual([]);
});
