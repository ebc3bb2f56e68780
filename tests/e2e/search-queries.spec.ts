// Everyday queries, in runners' own words, must put the expected page first. Covers every page type and terms
// that appear only in a page's `synonyms` (indexed from a hidden paragraph).
import { expect, type Page, test } from '@playwright/test';

async function openSearch(page: Page, query: string): Promise<void> {
  await page.goto(`/search/?${query}`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(/results? /);
}
const resultPaths = (page: Page) =>
  page
    .locator('.search-results > li h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

const CASES: [query: string, first: string, why: string][] = [
  ['knee over toes', '/cues/knee-over-toes/', 'cue by its common phrase'],
  ['quiet landing', '/cues/quiet-landings/', 'cue'],
  ['knock knees', '/cues/knee-over-toes/', 'cue by a lay term (synonym)'],
  ['cramp', '/injuries/cramping/', 'injury by a short lay word'],
  ['charley horse', '/injuries/cramping/', 'injury by a term found only in its synonyms'],
  ['shin splints', '/injuries/shin-pain/', 'injury by its lay name'],
  ['heel spur', '/injuries/plantar-heel-pain/', 'injury by a lay term'],
  ['heel pain in the morning', '/injuries/plantar-heel-pain/', 'injury described as a symptom'],
  ['calf pull', '/injuries/calf-strain/', 'injury by a lay term'],
  ['torn calf', '/injuries/calf-strain/', 'injury by a lay term'],
  ['elastic', '/phases/elastic/', 'phase by name'],
  ['baseline test', '/guides/baseline-test/', 'guide by name'],
  ['deload', '/guides/deloads-and-longer-blocks/', 'guide by a training word'],
  ['box jump', '/drills/box-hops/', 'drill by a lay name (synonym)'],
  ['pogo', '/drills/pogo-hops/', 'drill by a partial name'],
  ['knee to wall', '/drills/knee-to-wall/', 'drill by name'],
  ['single leg calf raise', '/drills/single-leg-heel-raise/', 'drill by a common alternative name'],
  ['strides', '/drills/strides/', 'drill by name'],
];

for (const [query, first, why] of CASES) {
  test(`"${query}" puts ${first} first (${why})`, async ({ page }) => {
    await openSearch(page, `q=${encodeURIComponent(query)}`);
    const paths = await resultPaths(page);
    expect(paths[0], `results: ${paths.slice(0, 4).join(', ')}`).toBe(first);
  });
}

test('only typed pages are indexed: no index, search or plan pages in results', async ({ page }) => {
  await openSearch(page, 'q=drills');
  for (const p of await resultPaths(page)) {
    expect(p).toMatch(/^\/(drills|cues|phases|injuries|guides)\/[a-z0-9-]+\/$/);
  }
});

test('only the main content is indexed: no header, navigation or footer text', async ({ page }) => {
  await page.goto('/search/');
  const content = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js'; // a variable, so type checking does not look for the file
    const pf = await import(url);
    const res = await pf.search('cramp');
    const data = await Promise.all(
      res.results.slice(0, 3).map((r: { data: () => Promise<{ content: string }> }) => r.data()),
    );
    return data.map((d) => d.content).join(' | ');
  });
  expect(content).toContain('cramp');
  for (const chrome of ['Skip to content', 'Your plan', 'Education, not diagnosis', 'nothing sent']) {
    expect(content).not.toContain(chrome);
  }
});

test('titles outrank body text: a title word finds its page first', async ({ page }) => {
  await openSearch(page, 'q=insertional');
  expect((await resultPaths(page))[0]).toBe('/injuries/achilles-insertional/');
});
