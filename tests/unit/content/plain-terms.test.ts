// Every technical word (gastrocnemius, eccentric, dorsiflexion...) is explained in plain words where it first
// appears on each page of content/, in the order the page shows its words, titles and drill tags included, and on
// the rules page, "How plans are built" (src/lib/plain-terms.ts, src/lib/rules-page.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { MUSCLE_LABELS } from '../../../src/domain/model/vocabulary.ts';
import { pageProse, unexplainedInTitle, unexplainedTerms } from '../../../src/lib/plain-terms.ts';
import { RULE_GROUPS, rulesPageProse } from '../../../src/lib/rules-page.ts';

const pages = readdirSync('content').flatMap((collection) =>
  readdirSync(join('content', collection))
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const [, front = '', ...rest] = readFileSync(join('content', collection, file), 'utf8').split(/^---$/m);
      return {
        name: `${collection}/${file}`,
        collection,
        data: yaml.load(front) as Record<string, unknown>,
        body: rest.join('---'),
      };
    }),
);

test('a first use followed by a plain explanation passes, in each accepted form', () => {
  for (const ok of [
    'It loads the gastrocnemius (the calf muscle that crosses the knee) and more.',
    'Bend the knee to work the soleus, the deeper calf muscle.',
    'Slow eccentric heel drops (lowering only, over three seconds) come next.',
    'Neuromuscular fatigue, a tired muscle whose signals slip, is the usual cause.',
    'Rate your perceived effort (RPE) after the set.',
    'Medial tibial stress syndrome: pain along the inner shin.',
    'Insertional Achilles pain means pain where the tendon meets the heel bone.',
  ]) {
    assert.deepEqual(unexplainedTerms(ok), [], ok);
  }
});

test('a bare first use fails, and so does a citation in brackets or an explanation that only comes later', () => {
  assert.deepEqual(unexplainedTerms('With the knee straight it leans on the gastrocnemius.'), ['gastrocnemius']);
  assert.deepEqual(unexplainedTerms('The soleus carries load (Dorn 2012).'), ['soleus']);
  assert.deepEqual(unexplainedTerms('Keep the plyometric dose low (rule 14).'), ['plyometric']);
  assert.deepEqual(unexplainedTerms('Start isometric work early. Later: isometric (held still) holds.'), ['isometric']);
});

test('the page order counts: a summary that uses a word must explain it, not the body below', () => {
  const data = { summary: 'Slow eccentric drops from a step.' };
  assert.deepEqual(unexplainedTerms(pageProse('drills', data, 'Eccentric (lowering-only) work follows.')), [
    'eccentric',
  ]);
  assert.deepEqual(unexplainedTerms(pageProse('drills', { summary: 'Slow drops.' }, 'Eccentric (lowering-only).')), []);
});

test('every page of content/ explains each technical word where it first appears', () => {
  const missing: string[] = [];
  for (const { name, collection, data, body } of pages) {
    for (const term of unexplainedTerms(pageProse(collection, data, body))) missing.push(`${name}: "${term}"`);
  }
  assert.deepEqual(missing, []);
});

test('a title word is explained by the title itself or by the summary right under it, by name or by its meaning', () => {
  assert.deepEqual(unexplainedInTitle('Double-leg isometric hold', 'Rise onto both forefeet and hold still.'), []);
  assert.deepEqual(unexplainedInTitle('Eccentric drop', 'An eccentric (lowering-only) drop from a step.'), []);
  assert.deepEqual(unexplainedInTitle('Plantar heel pain (plantar fasciitis)', 'Pain under the heel.'), []);
  // The summary says nothing of the word, or names it bare: the title is unexplained.
  assert.deepEqual(unexplainedInTitle('Double-leg isometric hold', 'Rise onto both forefeet for a while.'), [
    'isometric',
  ]);
  assert.deepEqual(unexplainedInTitle('Eccentric drop', 'Slow eccentric drops from a step.'), ['eccentric']);
  assert.deepEqual(unexplainedInTitle('Knee-to-wall dorsiflexion', 'An ankle mobility drill.'), ['dorsiflex']);
});

test('every page title of content/ is explained by the page (and its index card): the title or the summary under it', () => {
  // Phase titles included: a drill page shows them as links in its tags and in its dose table's rows, by name.
  const missing = pages.flatMap(({ name, data }) =>
    unexplainedInTitle(String(data.title), String(data.summary)).map((term) => `${name}: "${term}"`),
  );
  assert.deepEqual(missing, []);
});

test('drill tags come after the summary in plain words: muscles by a plain label, never a bare muscle name', () => {
  const data = { summary: 'S.', muscles: ['gastrocnemius', 'soleus', 'foot'], knee: 'bent', figureAlt: 'A.' };
  assert.equal(pageProse('drills', data, 'B.'), 'S.\nUpper calf\nDeep calf\nFoot\nBent knee\nA.\nB.');
  // No knee tag where the knee does not matter.
  assert.equal(
    pageProse('drills', { ...data, knee: 'not-applicable' }, 'B.'),
    'S.\nUpper calf\nDeep calf\nFoot\nA.\nB.',
  );
  for (const label of Object.values(MUSCLE_LABELS)) assert.deepEqual(unexplainedTerms(label), [], label);
  // The old tag, the bare id, would fail as the first use on the page.
  assert.deepEqual(unexplainedTerms('S.\ngastrocnemius\nThe gastrocnemius (upper calf muscle) lifts.'), [
    'gastrocnemius',
  ]);
  const page = readFileSync('src/components/drill/DrillArticle.astro', 'utf8');
  assert.match(page, /drillTags\(d\)\.map/, 'the drill page renders the tags the check reads');
});

test('the rules page explains each technical word where it first appears: titles, statements and numbers in order', () => {
  assert.deepEqual(unexplainedTerms(rulesPageProse()), []);
  // Rule 12 is where "isometric" first appears: without its "(held still)" the page fails.
  const bare = RULE_GROUPS.map((g) => ({
    ...g,
    rules: g.rules.map((r) => (r.id === 'R12' ? { ...r, statement: r.statement.replace('(held still) ', '') } : r)),
  }));
  assert.notEqual(JSON.stringify(bare), JSON.stringify(RULE_GROUPS));
  assert.deepEqual(unexplainedTerms(rulesPageProse(bare)), ['isometric']);
  // The page renders these words, not a copy of them.
  const page = readFileSync('src/pages/guides/how-plans-are-built.astro', 'utf8');
  for (const shown of [
    '{RULES_LEDE}',
    'steps={RULES_DO_THIS}',
    'EVIDENCE_NOTE.map',
    '{r.title}',
    '{r.statement}',
    '{r.numbers}',
    '{RULES_CALLOUT}',
  ])
    assert.ok(page.includes(shown), shown);
});

test('content pages write doses "3 × 12" as the plan and the player write them, never "3 x 12"', () => {
  // Phone review: the seated raise page said "3 x 12" where every plan says "3 × 12".
  // The words the page shows, front matter's included (its YAML comments are notes for developers).
  const shown = (p: (typeof pages)[number]) => pageProse(p.collection, p.data, p.body);
  const bad = pages.filter((p) => /\b\d+ x \d+/.test(shown(p))).map((p) => p.name);
  assert.deepEqual(bad, []);
  assert.ok(
    pages.some((p) => /\b\d+ × \d+/.test(shown(p))),
    'pages do write doses',
  );
});
