// The build step that tells the search page which filter values each page carries, read from Pagefind's fragments:
// right pages and counts, and a failed build (not empty chips) when Pagefind's fragment layout is not recognised.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { buildFilterIndex } from '../../../scripts/search-filters.ts';

function fakeDist(fragments: Record<string, unknown>): string {
  const dist = mkdtempSync(join(tmpdir(), 'pushoff-filters-'));
  mkdirSync(join(dist, 'pagefind', 'fragment'), { recursive: true });
  for (const [id, body] of Object.entries(fragments)) {
    // Pagefind 1.x: a short signature, then the page's JSON, gzipped.
    const text = `pagefind_dcd${JSON.stringify(body)}`;
    writeFileSync(join(dist, 'pagefind', 'fragment', `${id}.pf_fragment`), gzipSync(text));
  }
  return dist;
}

test('each page id gets its filter values, and each value its page count', () => {
  const dist = fakeDist({
    en_a1: { url: '/drills/pogo-hops/', filters: { type: ['drill'], phase: ['Elastic', 'Integration'] } },
    en_b2: { url: '/drills/strides/', filters: { type: ['drill'], phase: ['Integration'] } },
    en_c3: { url: '/injuries/cramping/', filters: { type: ['injury'] } },
  });
  const index = buildFilterIndex(dist);
  assert.deepEqual(index.pages.en_a1, { type: ['drill'], phase: ['Elastic', 'Integration'] });
  assert.deepEqual(index.known, { type: { drill: 2, injury: 1 }, phase: { Elastic: 1, Integration: 2 } });
});

test('an unknown fragment layout, or no fragments at all, fails the build', () => {
  assert.throws(() => buildFilterIndex(fakeDist({ en_x: { address: '/x/' } })), /unknown Pagefind fragment layout/);
  assert.throws(() => buildFilterIndex(fakeDist({})), /no fragments/);
});
