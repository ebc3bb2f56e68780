// The installable offline app: after one visit the guides, the plan and search work with no network; a new version is
// offered and applied only when the runner asks, keeping the saved plan; Chrome finds the site installable.
// Runs against the main build and, in `npm test`, against a BASE=/sub build too (support/site.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildServiceWorker } from '../../scripts/service-worker.ts';
import { controlled, serveCopy } from './support/offline.ts';
import { hydrated, openPlan, STORAGE_KEY, withSavedPlan } from './support/plan.ts';
import { at, pagePaths } from './support/site.ts';

const drill = pagePaths().find((p) => /^\/drills\/[a-z0-9-]+\/$/.test(p))!;

test('after one visit, the home page, a drill page, the saved plan and search work offline', async ({
  page,
  context,
}) => {
  await withSavedPlan(page);
  await page.goto(at('/'));
  await controlled(page);
  await context.setOffline(true);
  // The network really is gone (robots.txt is not precached); what follows comes from the service worker's cache.
  const probe = at('/robots.txt');
  expect(
    await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'online',
          () => 'offline',
        ),
      probe,
    ),
  ).toBe('offline');

  await page.goto(at('/'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The stylesheet came too: global.css lays the body out as a column.
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');

  await page.goto(at(drill));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main svg').first()).toBeVisible(); // the drill's figure

  await openPlan(page, at('/plan/'));
  await expect(page.getByRole('heading', { name: /^Week 4:/ })).toBeVisible();

  // Search: the page with its filters, and the header field on another page (both load Pagefind from the cache).
  await page.goto(at('/search/?q=calf'));
  await expect(page.getByRole('status')).toContainText(/\d+ results? /);
  await expect(page.locator('main').getByRole('link', { name: /calf/i }).first()).toBeVisible();
  await page.goto(at(drill));
  await page.getByRole('combobox', { name: 'Search the site' }).fill('pogo');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();

  // An address that is not part of the site gets the site's own "Page not found", not the browser's offline error.
  await page.goto(at('/no-such-page/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

/** Writes ('put') or reads ('get') one record in an IndexedDB database of the page's origin. */
function idb(mode: 'put' | 'get'): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('pushoff-update-check', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('kv', mode === 'put' ? 'readwrite' : 'readonly').objectStore('kv');
      const req = mode === 'put' ? store.put('kept', 'record') : store.get('record');
      req.onsuccess = () => resolve(mode === 'put' ? undefined : (req.result as string | undefined));
      req.onerror = () => reject(req.error);
    };
  });
}

test('a new version is offered, waits for Reload, and keeps the saved plan and other data', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000); // copies the site, rebuilds its service worker and precaches it twice
  const site = await serveCopy();
  try {
    await withSavedPlan(page);
    await openPlan(page, `${site.url}plan/`);
    await controlled(page);
    await expect(page.getByRole('heading', { name: /^Week 4:/ })).toBeVisible();
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(saved).toContain('"straightKnee"');
    // Whatever else the site keeps on the device must survive too: all of localStorage, and an IndexedDB record.
    await page.evaluate(() => localStorage.setItem('pushoff:log-example', '[{"date":"2025-03-03","rpe":6}]'));
    await page.evaluate(idb, 'put' as const);
    const storage = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

    // A new deploy: one page changes, so the build writes a new service worker.
    const home = join(site.dir, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', '</h1><p>Version two of the home page.</p>'));
    await buildServiceWorker(site.dir);
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true; // gone if the page reloads
      return navigator.serviceWorker.getRegistration().then((r) => r?.update());
    });
    const notice = page.getByText('Update available: a new version of Pushoff is ready.');
    await expect(notice).toBeVisible();

    // Nothing happens by itself: the new version waits and the page is the same document, mid-session.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state))).toBe(
      'installed',
    );
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
    await hydrated(page);
    await expect(notice).toBeHidden();
    await expect(page.getByRole('heading', { name: /^Week 4:/ })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(saved);
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(storage);
    expect(await page.evaluate(idb, 'get' as const)).toBe('kept');

    // The new version is the one kept for offline use.
    await context.setOffline(true);
    await page.goto(site.url);
    await expect(page.getByText('Version two of the home page.')).toBeVisible();
  } finally {
    await context.setOffline(false);
    site.close();
  }
});

test('the site is installable: manifest, icons and a service worker Chrome accepts', async ({ page, request }) => {
  await page.goto(at('/'));
  await controlled(page);
  const cdp = await page.context().newCDPSession(page);
  // Chrome's own installability check (what Lighthouse's retired PWA category reported). Playwright's contexts are
  // incognito-like, which Chrome names as an error of the browser profile, not of the site: that one is left out.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);

  const manifest = await (await request.get(at('/manifest.webmanifest'))).json();
  expect(manifest).toMatchObject({
    short_name: 'Pushoff',
    start_url: at('/plan/'),
    scope: at('/'),
    display: 'standalone',
  });
  expect(manifest.icons.map((i: { purpose?: string }) => i.purpose ?? 'any')).toContain('maskable');
  for (const icon of manifest.icons) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()['content-type']).toBe(icon.type);
  }
});
