// Every technical word (gastrocnemius, eccentric, dorsiflexion...) is explained in plain words where it first
// appears on each page of content/, in the order the page shows its words (src/lib/plain-terms.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { pageProse, unexplainedTerms } from '../../../src/lib/plain-terms.ts';

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
  for (const collection of readdirSync('content')) {
    for (const file of readdirSync(join('content', collection)).filter((f) => f.endsWith('.mdx'))) {
      const [, front = '', ...rest] = readFileSync(join('content', collection, file), 'utf8').split(/^---$/m);
      const data = yaml.load(front) as Record<string, unknown>;
      for (const term of unexplainedTerms(pageProse(collection, data, rest.join('---')))) {
        missing.push(`${collection}/${file}: "${term}"`);
      }
    }
  }
  assert.deepEqual(missing, []);
});
