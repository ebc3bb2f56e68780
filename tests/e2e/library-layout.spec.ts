// The library as a runner meets it on a phone and on a desktop: the drill page uses a wide screen (figure beside
// the steps, an "on this page" list) and reads as one column on a phone, moving figures stop when the system asks
// for less motion, and controls are thumb-sized. Injury notes: injury-notes.spec.ts; the home page: home-page.spec.ts.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { openPlan, toStep } from './support/plan.ts';

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

test.describe('at desktop width', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('an injury note’s table of drills keeps to the text’s width', async ({ page }) => {
    // Desktop review: the table ended 64 px right of the paragraphs and callouts beside it.
    await page.goto('/injuries/plantar-heel-pain/');
    const table = await box(page, 'table.changes');
    const text = await box(page, 'main p');
    expect(table.x + table.width).toBeLessThanOrEqual(text.x + text.width + 1);
  });

  test('a drill page puts the figure beside the steps and lists its sections', async ({ page }) => {
    await page.goto('/drills/single-leg-heel-raise/');
    const figure = await box(page, '.drill-figure');
    const steps = await box(page, 'h2:has-text("How to do it")');
    expect(figure.width, 'figure width').toBeGreaterThanOrEqual(300);
    expect(figure.x + figure.width, 'figure ends left of the steps').toBeLessThanOrEqual(steps.x);
    const why = await box(page, 'h2:has-text("Why it matters for push-off")');
    expect(why.y, 'the text starts beside the figure, not below it').toBeLessThan(figure.y + figure.height);

    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    await toc.getByRole('link', { name: 'Common faults' }).click();
    await expect(page).toHaveURL(/#faults$/);
    await expect(page.getByRole('heading', { name: 'Common faults' })).toBeInViewport();
    // The figure stays in view while the reader is down at the faults.
    await expect(page.locator('.drill-figure svg')).toBeInViewport();
  });

  test('on a 720 px tall laptop screen the drill side column fits the window, every link in reach', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/drills/pogo-hops/');
    await page.getByRole('heading', { name: 'Common faults' }).scrollIntoViewIfNeeded();
    const aside = await box(page, '.drill-aside');
    expect(aside.y + aside.height, 'the column ends inside the window').toBeLessThanOrEqual(720);
    await expect(page.locator('.drill-figure svg')).toBeInViewport();
    const y = await page.evaluate(() => scrollY);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'Sources' }).click();
    await expect(page).toHaveURL(/#sources-heading$/);
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeInViewport();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(y);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a drill page reads top to bottom with a figure big enough to learn from', async ({ page }) => {
    await page.goto('/drills/single-leg-heel-raise/');
    const figure = await box(page, '.drill-figure svg');
    expect(figure.width, 'figure width on a phone').toBeGreaterThanOrEqual(120);
    const why = await box(page, 'h2:has-text("Why it matters for push-off")');
    expect(why.y).toBeGreaterThan(figure.y + figure.height);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  });

  test('a long page folds "On this page" into one line that opens to jump to a section', async ({ page }) => {
    // Phone review: the rules page is about 38 screens long and had no list of its sections on a phone.
    await page.goto('/guides/how-plans-are-built/');
    const fold = page.locator('summary', { hasText: 'On this page' });
    expect((await fold.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    const list = page.getByRole('navigation', { name: 'On this page' });
    await expect(list).toBeHidden(); // folded: the page's text starts one line lower, not a screen
    await fold.click();
    await expect(list).toBeVisible();
    const references = list.getByRole('link', { name: 'References' });
    expect((await references.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await references.click();
    await expect(page).toHaveURL(/#references$/);
    await expect(page.getByRole('heading', { level: 2, name: 'References' })).toBeInViewport();
  });

  test('the header keeps to the top of the screen: search field beside the brand, links below', async ({ page }) => {
    await page.goto('/drills/');
    const brand = await box(page, '.site-header .brand');
    await expect(page.getByLabel('Search the site')).toBeVisible();
    const search = await box(page, '#site-search');
    // The same row: the field's middle within the brand's height (it had a row of its own, 195 px of header).
    expect(Math.abs(search.y + search.height / 2 - (brand.y + brand.height / 2))).toBeLessThan(brand.height / 2);
    expect(search.width, 'room to type').toBeGreaterThanOrEqual(200);
    expect((await box(page, '.site-header')).height).toBeLessThanOrEqual(160);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your plan' }),
    ).toBeInViewport();
    // One way to search in the header, the field: "Search" was a link below it as well (phone review).
    await expect(page.getByRole('banner').getByRole('link', { name: /search/i })).toHaveCount(0);
    await expect(page.getByRole('banner').getByRole('search')).toHaveCount(1);
    // The links in two even rows of three, "Your plan" beside "Guides": it sat alone on a row of its own.
    const nav = page.getByRole('navigation', { name: 'Main' });
    const at = async (name: string) => (await nav.getByRole('link', { name }).boundingBox())?.y;
    expect(await at('Your plan')).toBe(await at('Guides'));
    expect(await at('Drills')).toBe(await at('Phases'));
  });

  test('at 320 px a drill figure is still at least 120 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/drills/pogo-hops/');
    expect((await box(page, '.drill-figure svg')).width).toBeGreaterThanOrEqual(120);
  });

  for (const width of [320, 375]) {
    test(`at ${width} px a drill page is one column with no sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await page.goto('/drills/eccentric-drop-straight/');
      const figure = await box(page, '.drill-figure');
      const steps = await box(page, 'h2:has-text("How to do it")');
      expect(steps.y, 'the steps come below the figure').toBeGreaterThan(figure.y + figure.height);
      expect(steps.x, 'the steps start where the figure starts').toBeLessThan(figure.x + figure.width / 2);
      expect(figure.x + figure.width).toBeLessThanOrEqual(width);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll, 'page width').toBeLessThanOrEqual(width);
    });
  }

  test('the header links, the main button and the footer links are at least 44 px tall', async ({ page }) => {
    await page.goto('/');
    // The header's links 44 px each way, the brand included (phone review: the brand 30 px tall, "Cues" 40 px wide).
    const header = [
      page.getByRole('banner').getByRole('link', { name: 'Pushoff' }),
      ...(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()),
    ];
    for (const link of header) {
      const size = await link.boundingBox();
      const name = (await link.textContent()) ?? '';
      expect(size?.height, name).toBeGreaterThanOrEqual(44);
      expect(size?.width, name).toBeGreaterThanOrEqual(44);
    }
    const main = page.getByRole('main').getByRole('link', { name: 'Build your plan' });
    expect((await main.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    // The footer's links too (phone review: 16 px).
    for (const link of await page.getByRole('navigation', { name: 'Footer' }).getByRole('link').all()) {
      expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    }
  });

  test('a tap anywhere on a drill card opens the drill', async ({ page }) => {
    await page.goto('/drills/');
    const card = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Box hops' }) });
    await card.scrollIntoViewIfNeeded();
    const box = await card.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    // On the summary, well below the title link (phone review: a tap there stayed on the index).
    await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) - 8);
    await expect(page).toHaveURL(/\/drills\/box-hops\/$/);
  });

  test("an injury note's drill links are at least 44 px tall", async ({ page }) => {
    await page.goto('/injuries/calf-strain/');
    const table = page.getByRole('region', { name: 'Drills to avoid or change' }).getByRole('table');
    const links = await table.getByRole('link').all();
    expect(links.length).toBeGreaterThan(10);
    // Second phone review: 16 px tall and about 11 px apart.
    for (const link of links)
      expect((await link.boundingBox())?.height, (await link.textContent()) ?? '').toBeGreaterThanOrEqual(44);
  });

  test('the drill filters are at least 44 px each way', async ({ page }) => {
    await page.goto('/drills/');
    const links = await page.getByRole('navigation', { name: 'Filter drills' }).getByRole('link').all();
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const size = await link.boundingBox();
      const name = (await link.textContent()) ?? '';
      // Phone review: "Box" measured 28 x 24 px, with about 9 px between filters.
      expect(size?.height, name).toBeGreaterThanOrEqual(44);
      expect(size?.width, name).toBeGreaterThanOrEqual(44);
    }
  });

  test('on a phone the drill filters are chips under their labels, as on the search page', async ({ page }) => {
    // Phone review: underlined words, "Foundation" alone beside "Phase:" and the rest on the line under it.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/drills/');
    const nav = page.getByRole('navigation', { name: 'Filter drills' });
    const label = await nav.getByText('Phase', { exact: true }).boundingBox();
    const first = nav.getByRole('link', { name: 'Foundation' });
    const second = await nav.getByRole('link', { name: 'Strength and eccentric' }).boundingBox();
    const chip = await first.boundingBox();
    expect(chip!.y).toBeGreaterThanOrEqual(label!.y + label!.height - 1); // the label above, not beside
    expect(Math.abs(chip!.x - label!.x)).toBeLessThan(2);
    expect(Math.abs(second!.y - chip!.y)).toBeLessThan(2); // two chips on one row
    expect(await first.evaluate((a) => getComputedStyle(a).borderTopStyle)).toBe('solid');
    expect(await first.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
    await expectNoAxeViolations(page);
  });

  test("a drill page's phase links and breadcrumb are at least 44 px tall", async ({ page }) => {
    await page.goto('/drills/seated-soleus-raise/');
    const phases = page
      .getByRole('main')
      .getByRole('link', { name: /^(Foundation|Strength and eccentric|Elastic|Integration)$/ });
    expect(await phases.count()).toBeGreaterThan(0);
    for (const link of await phases.all()) expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    // So is the breadcrumb back to the drills (the phone review measured 16 px).
    const crumb = page.getByRole('main').getByRole('link', { name: 'Drills', exact: true });
    expect((await crumb.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    // The plain tags beside them (muscle, knee) keep their own height: stretched, they looked like broken buttons.
    const tag = page.getByRole('main').getByText('Deep calf', { exact: true });
    expect((await tag.boundingBox())?.height).toBeLessThan(40);
  });
});

test.describe('moving figures', () => {
  const frames = async (page: Page) => {
    const figure = page.locator('.drill-figure svg');
    const first = await figure.screenshot();
    await page.waitForTimeout(700);
    return [first, await figure.screenshot()];
  };

  test('the tempo raise moves and counts the seconds', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/drills/tempo-raise/');
    await expect(page.locator('.drill-figure .pf-motion')).toBeVisible();
    await expect(page.locator('.drill-figure figcaption')).toContainText('Tempo: 2 s up, 3 s down');
    const [a, b] = await frames(page);
    expect(a.equals(b), 'two frames 0.7 s apart differ').toBe(false);
  });

  test('with reduced motion the figure stands still and shows both positions', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const path of ['/drills/tempo-raise/', '/drills/pogo-hops/', '/']) {
      await page.goto(path);
      await expect(page.locator('.pf-motion').first()).toBeHidden();
      await expect(page.locator('.pf-still .pf-ghost').first()).toBeVisible();
    }
    await page.goto('/drills/eccentric-drop-straight/');
    const [a, b] = await frames(page);
    expect(a.equals(b), 'two frames 0.7 s apart are the same').toBe(true);
  });
});

test.describe('the first screen of a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of [
    '/phases/foundation/',
    '/phases/elastic/',
    '/guides/baseline-test/',
    '/guides/recovery/',
    '/guides/how-plans-are-built/',
  ]) {
    test(`${path} says what to do before the reader scrolls`, async ({ page }) => {
      await page.goto(path);
      const steps = page.getByRole('region', { name: 'What to do' }).getByRole('listitem');
      expect(await steps.count()).toBeGreaterThanOrEqual(2);
      await expect(steps.first()).toBeInViewport();
    });
  }
});

test.describe('plan form controls on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('tick boxes are drawn 24 px large on a 44 px row, and ticking one fills it', async ({ page }) => {
    await openPlan(page);
    await toStep(page, 'Your running week'); // tick boxes and a select (the first step's boxes are warning signs)
    const box = page.getByRole('checkbox').first();
    const size = await box.boundingBox();
    expect(size?.width).toBeGreaterThanOrEqual(24);
    const row = await box.locator('xpath=ancestor::label[1]').boundingBox();
    expect(row?.height).toBeGreaterThanOrEqual(44);
    const empty = await box.evaluate((el) => getComputedStyle(el).backgroundColor);
    await box.check();
    expect(await box.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(empty);
    await box.uncheck();
    const select = page.locator('main select').first();
    expect((await select.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(await select.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('gradient');
  });
});
