// Technical words in drill names are explained once, at the first drill row that shows them (issue 13).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstMentions } from '../../../src/components/plan/plain-words.ts';
import { DRILL_TITLES } from '../../../src/domain/explain/drill-titles.ts';
import { drills, fixture, plan } from '../domain/helpers.ts';

const heelBone = plan(fixture('example-1-average-runner'));

test('each technical word is explained at its first drill row and nowhere after', () => {
  const words = firstMentions(heelBone, DRILL_TITLES);
  const explained = [...words.values()].flat().map((w) => w.term);
  assert.equal(new Set(explained).size, explained.length, 'a word is explained twice');
  for (const [key, ws] of words)
    for (const w of ws) {
      const [date, drill] = key.split('|');
      assert.match(DRILL_TITLES[drill as keyof typeof DRILL_TITLES].toLowerCase(), new RegExp(w.term));
      // No earlier row (in plan order) holds the word.
      for (const week of heelBone.weeks)
        for (const s of week.sessions)
          for (const d of s.drills)
            if (s.date < date) assert.ok(!DRILL_TITLES[d.drill].toLowerCase().includes(w.term), `${w.term} earlier`);
    }
});

test('every technical word a drill name in the plan holds gets its explanation', () => {
  const words = firstMentions(heelBone, DRILL_TITLES);
  const explained = new Set([...words.values()].flat().map((w) => w.term));
  const titles = drills(heelBone).map((d) => DRILL_TITLES[d.drill].toLowerCase());
  for (const term of ['isometric', 'soleus', 'plantarflexion', 'eccentric', 'dorsiflexion'])
    assert.equal(
      explained.has(term),
      titles.some((t) => t.includes(term)),
      term,
    );
  assert.ok(explained.size > 0, 'this fixture names at least one technical word');
});
