// Everyday queries, in runners' own words, must put the expected page first. Covers every page type, terms that
// appear only in a page's `synonyms` (a searchable metadata field), whole sentences where not every word is on the
// page, misspellings and plurals, and snippets that must never show the synonym list.
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
  ['towel heel raise', '/drills/high-load-heel-raise/', 'drill by what the runner sees: a towel under the toes'],
  ['exercise for plantar fasciitis', '/drills/high-load-heel-raise/', 'the drill tested for the condition, by purpose'],
  ['cramp at the end of a long run', '/injuries/cramping/', 'cramps late in long runs, in a whole sentence'],
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
  // Issue 16: lay words, whole sentences (not every word is on the page), misspellings and plurals.
  ['pulled calf', '/injuries/calf-strain/', 'injury by a lay phrase, above a drill whose summary says "pull"'],
  ['plyometrics', '/phases/elastic/', 'the phase about plyometrics, above the drills that list the word'],
  ['calf strain when running fast', '/injuries/calf-strain/', 'sentence: the named injury, above the strides drill'],
  ['sharp calf pain sprinting', '/injuries/calf-strain/', 'sentence whose words no single page holds all of'],
  ['what to do after a calf tear', '/injuries/calf-strain/', 'question with filler words'],
  ['return to running after calf strain', '/injuries/calf-strain/', 'sentence naming an injury and a phase topic'],
  ['achilles tendonitis', '/injuries/achilles-midportion/', 'the common (older) name of the condition'],
  ['stiff achilles in the morning', '/injuries/achilles-midportion/', 'symptom sentence'],
  ['sore heel when i get up', '/injuries/plantar-heel-pain/', 'symptom sentence in lay words'],
  ['plantar fascitis', '/injuries/plantar-heel-pain/', 'misspelling (one "i" short)'],
  ['calf cramps at night', '/injuries/cramping/', 'plural and filler words'],
  ['shin splints running', '/injuries/shin-pain/', 'lay name plus context'],
  ['how do i test my calf strength', '/guides/baseline-test/', 'question in lay words'],
  ['rest week', '/guides/deloads-and-longer-blocks/', 'guide by a lay term'],
  ['jump rope', '/drills/pogo-hops/', 'drill by what runners compare it to'],
  ['bouncing on toes', '/drills/pogo-hops/', 'drill described in lay words'],
  ['single leg hops', '/drills/single-leg-hops/', 'drill by name without the hyphen'],
  ['soleus', '/drills/seated-soleus-raise/', 'drill by a muscle name in its title'],
  // Issue 16, second round: more of what runners type.
  ['i pulled my calf', '/injuries/calf-strain/', 'first-person sentence'],
  ['when can i run again after a calf strain', '/injuries/calf-strain/', 'long question, most words filler'],
  ['calf muscle tear', '/injuries/calf-strain/', 'lay words for the injury'],
  // Phone review: the warning-sign box is kept out of the index, so "blood clot" found nothing; the page whose box
  // names it (swollen, warm and red: emergency care) is found by its synonyms.
  ['blood clot', '/injuries/calf-strain/', 'a warning sign in lay words'],
  ['swollen calf', '/injuries/calf-strain/', 'a warning sign as the runner sees it'],
  ['my shin hurts when i run', '/injuries/shin-pain/', 'first-person symptom'],
  ['sore shins', '/injuries/shin-pain/', 'plural lay term'],
  ['pain at the back of the heel', '/injuries/achilles-insertional/', 'where it hurts, in a phrase'],
  ['sore achilles after running', '/injuries/achilles-midportion/', 'symptom with context'],
  ['achillies tendon', '/injuries/achilles-midportion/', 'misspelling next to a correct word'],
  ['plantar fasciitus', '/injuries/plantar-heel-pain/', 'misspelling of the ending'],
  ['leg cramps', '/injuries/cramping/', 'plural lay term'],
  ['sleep', '/guides/recovery/', 'guide by one everyday word'],
  ['sore calves after running', '/guides/recovery/', 'irregular plural in a sentence'],
  ['foam rolling', '/drills/soft-tissue-prep/', 'drill by the gym word for it'],
  ['cool down stretches', '/drills/cooldown-mobility/', 'drill by lay words, plural'],
  ['seated calf raise', '/drills/seated-soleus-raise/', 'drill by its gym name'],
  ['toe curls', '/drills/intrinsic-foot/', 'drill by a lay exercise name'],
  ['skipping', '/drills/pogo-hops/', 'drill by what runners compare it to'],
  ['how to land softly', '/cues/quiet-landings/', 'cue as a how-to question'],
  ['landing too loud', '/cues/quiet-landings/', 'cue by the problem it fixes'],
  ['knees caving in', '/cues/knee-over-toes/', 'cue by the fault it fixes'],
  // Issue 16, third round: household and track words.
  ['speedwork', '/drills/strides/', "the track word, written as one word: strides are the plan's fast running"],
  ['calf raises on stairs', '/drills/high-load-heel-raise/', 'a raise whose page offers a stair edge'],
];

for (const [query, first, why] of CASES) {
  test(`"${query}" puts ${first} first (${why})`, async ({ page }) => {
    await openSearch(page, `q=${encodeURIComponent(query)}`);
    const paths = await resultPaths(page);
    expect(paths[0], `results: ${paths.slice(0, 4).join(', ')}`).toBe(first);
  });
}

test('"achilies" (misspelt) puts an Achilles note first', async ({ page }) => {
  await openSearch(page, 'q=achilies');
  const paths = await resultPaths(page);
  expect(paths[0], `results: ${paths.slice(0, 4).join(', ')}`).toMatch(
    /^\/injuries\/achilles-(midportion|insertional)\/$/,
  );
});

// Where two pages are honest answers, the expected one must be in the top three.
const TOP3: [query: string, page: string, why: string][] = [
  ['acheles', '/injuries/achilles-midportion/', 'misspelling: both Achilles notes lead'],
  ['eccentric heel drops', '/drills/eccentric-drop-straight/', 'plural: both heel drop drills lead'],
  ['recovery after a long run', '/guides/recovery/', 'also fits the cramping note (late in long runs)'],
  ['flat feet', '/drills/intrinsic-foot/', 'irregular plural: "feet" finds the foot drills'],
  ['achilles exercises', '/drills/eccentric-drop-straight/', 'the heel drop listed as Achilles exercises'],
];
for (const [query, want, why] of TOP3) {
  test(`"${query}" has ${want} in the top three (${why})`, async ({ page }) => {
    await openSearch(page, `q=${encodeURIComponent(query)}`);
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3), `results: ${paths.slice(0, 4).join(', ')}`).toContain(want);
  });
}

test('"heel bone pain" puts a heel note first, not the shin page whose title says "bone" and "pain"', async ({
  page,
}) => {
  await openSearch(page, `q=${encodeURIComponent('heel bone pain')}`);
  const paths = await resultPaths(page);
  expect(paths[0], `results: ${paths.slice(0, 4).join(', ')}`).toMatch(
    /^\/injuries\/(achilles-insertional|plantar-heel-pain)\/$/,
  );
});

test('"calves" finds every page "calf" finds (the stemmer keeps the two apart)', async ({ page }) => {
  const count = async (q: string) => {
    await openSearch(page, `q=${q}`);
    return Number((await page.getByRole('status').textContent())?.match(/^(\d+) results?/)?.[1] ?? NaN);
  };
  const calf = await count('calf');
  expect(calf).toBeGreaterThan(20);
  expect(await count('calves')).toBeGreaterThanOrEqual(calf);
});

// A runner's everyday step is a stair: both heel drops (lowered off a step or the bottom stair) lead, and the one raise
// that may use a stair edge follows; nothing else holds the word.
test('"stairs" puts both heel drops first, then the raise on a stair edge', async ({ page }) => {
  await openSearch(page, 'q=stairs');
  const paths = await resultPaths(page);
  expect(paths.slice(0, 2).sort()).toEqual(['/drills/eccentric-drop-bent/', '/drills/eccentric-drop-straight/']);
  expect(paths[2]).toBe('/drills/high-load-heel-raise/');
});

// "Speed work" is fast running: the strides drill, the integration week that carries strides into running, and the
// elastic week of quick, springy contacts. All three lead, in any order (the phase callouts also say "work").
test('"speed work" puts strides and the integration and elastic phases in the top three', async ({ page }) => {
  await openSearch(page, `q=${encodeURIComponent('speed work')}`);
  const top = (await resultPaths(page)).slice(0, 3).sort();
  expect(top).toEqual(['/drills/strides/', '/phases/elastic/', '/phases/integration/']);
});

test('"heel drops" (plural) puts an eccentric heel drop drill first and both in the top two', async ({ page }) => {
  await openSearch(page, 'q=heel%20drops');
  const top = (await resultPaths(page)).slice(0, 2).sort();
  expect(top).toEqual(['/drills/eccentric-drop-bent/', '/drills/eccentric-drop-straight/']);
});

// The best answer to "exercises for my achilles tendon": most runners who type this have a sore tendon, so the
// mid-portion Achilles note (how to load it, what the plan changes, warning signs) comes first, and the heel-drop
// drill it builds on (listed with the synonym "Achilles exercises") is in the top three. Before, a cue page came first.
test('"exercises for my achilles tendon" puts the Achilles note first and the heel drop in the top three', async ({
  page,
}) => {
  await openSearch(page, `q=${encodeURIComponent('exercises for my achilles tendon')}`);
  const paths = await resultPaths(page);
  expect(paths[0]).toBe('/injuries/achilles-midportion/');
  expect(paths.slice(0, 3)).toContain('/drills/eccentric-drop-straight/');
});

test('snippets never show the synonym list', async ({ page, request }) => {
  for (const query of [
    'cramp',
    'charley horse',
    'calf pull',
    'plyometrics',
    'heel spur',
    'box jump',
    'stairs',
    'speedwork',
  ]) {
    await openSearch(page, `q=${encodeURIComponent(query)}`);
    const first = page.locator('.search-results > li').first();
    const url = (await first.getByRole('link').first().getAttribute('href')) ?? '';
    const snippet = ((await first.locator('.result-excerpt').textContent()) ?? '').toLowerCase();
    // The page's own synonyms, read from its metadata attribute.
    const html = await (await request.get(url)).text();
    const terms = (html.match(/data-pagefind-meta="synonyms:([^"]*)"/)?.[1] ?? '')
      .split(', ')
      .map((t) => t.toLowerCase().replace(/&#39;/g, "'"));
    expect(terms.length, `synonyms of ${url}`).toBeGreaterThan(2);
    // Two synonyms in a row, as the list writes them, mean the list leaked into the snippet.
    const pairs = terms.slice(1).map((t, i) => `${terms[i]}, ${t}`);
    expect(
      pairs.filter((p) => snippet.includes(p)),
      `"${query}" snippet: ${snippet}`,
    ).toEqual([]);
  }
});

test('snippets keep words apart: badges and term lists do not run together', async ({ page }) => {
  // Phone review: "...FoundationStrength and eccentricElasticIntegration..." and "...then retest.Entry gateIf you...".
  for (const query of ['waits for', 'foundation', 'elastic', 'eccentric']) {
    await openSearch(page, `q=${encodeURIComponent(query)}`);
    const snippets = await page.locator('.search-results .result-excerpt').allTextContents();
    expect(snippets.length).toBeGreaterThan(0);
    for (const s of snippets) expect(s, `"${query}"`).not.toMatch(/[a-z][.]?[A-Z][a-z]/);
  }
  // Second phone review: drill snippets ended in their badges' words, "Foundation Strength and eccentric Elastic
  // Integration Upper calf Knee straight" (the tag now says "Straight knee"). The badges stay filters but are not
  // search text.
  await openSearch(page, 'q=achilles');
  const snippets = await page.locator('.search-results .result-excerpt').allTextContents();
  expect(snippets.length).toBeGreaterThan(0);
  for (const s of snippets) expect(s).not.toMatch(/Elastic Integration|calf (Straight|Bent) knee/);
});

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
