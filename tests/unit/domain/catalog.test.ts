// The engine's drill catalogue matches the canonical id list (ids and equipment, as agreed for the
// content collection), and every drill id has its content page content/drills/<id>.mdx.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CUES, DRILL_CATALOG, DRILL_IDS } from '../../../src/domain/index.ts';

/** Canonical drill ids with their owned-kit lists (any one item is enough; [] = none). */
const CANONICAL: Record<string, string[]> = {
  'soft-tissue-prep': [],
  'knee-to-wall': [],
  'plantarflexion-mobility': [],
  'calf-squeeze': [],
  'isometric-hold-double': [],
  'isometric-hold-single': [],
  'top-of-raise-hold': [],
  'double-leg-heel-raise': [],
  'single-leg-heel-raise': [],
  'bent-knee-heel-raise': [],
  'seated-soleus-raise': ['weights', 'calf-machine'],
  'eccentric-drop-straight': ['step'],
  'eccentric-drop-bent': ['step'],
  'tempo-raise': [],
  'high-load-heel-raise': [],
  'band-ankle-work': ['band'],
  'foot-raise-circuit': ['band'],
  'intrinsic-foot': [],
  'double-leg-hops': [],
  'pogo-hops': [],
  'alternating-leg-hops': [],
  'single-leg-hops': [],
  'box-hops': ['box'],
  'hurdle-hops': [],
  strides: [],
  'cooldown-mobility': [],
};

const DRILLS_DIR = new URL('../../../content/drills/', import.meta.url);

test('DRILL_CATALOG ids and equipment match the canonical list', () => {
  assert.deepEqual([...DRILL_IDS].sort(), Object.keys(CANONICAL).sort());
  for (const id of DRILL_IDS) {
    assert.deepEqual([...DRILL_CATALOG[id].equipment].sort(), [...CANONICAL[id]].sort(), id);
    for (const c of DRILL_CATALOG[id].cues) assert.ok(c in CUES, `${id} cue ${c}`);
  }
  // rule 14 end points: seated raise lowest loaded drill, single-leg hops highest
  const loaded = DRILL_IDS.filter(
    (id) => DRILL_CATALOG[id].kind === 'strength' || DRILL_CATALOG[id].kind === 'plyometric',
  );
  const rank = (id: (typeof DRILL_IDS)[number]) => DRILL_CATALOG[id].achillesRank;
  assert.ok(loaded.every((id) => rank(id) >= rank('seated-soleus-raise') && rank(id) <= rank('single-leg-hops')));
});

test('every drill id the engine can prescribe has content/drills/<id>.mdx with the same equipment', () => {
  const missing = DRILL_IDS.filter((id) => !existsSync(new URL(`${id}.mdx`, DRILLS_DIR)));
  assert.deepEqual(missing, [], `drill pages missing: ${missing.join(', ')}`);
  for (const id of DRILL_IDS) {
    const text = readFileSync(new URL(`${id}.mdx`, DRILLS_DIR), 'utf8');
    const inline = /^equipment:\s*\[([^\]]*)\]/m.exec(text);
    if (!inline) continue; // block-style lists are checked by the site build
    const listed = inline[1]
      .split(',')
      .map((s) => s.trim().replace(/^['"]|['"]$/g, ''))
      .filter(Boolean);
    assert.deepEqual(listed.sort(), [...CANONICAL[id]].sort(), `${id} equipment in frontmatter`);
  }
});
