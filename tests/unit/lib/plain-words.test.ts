// Technical words in drill names are explained once, at the first drill row that shows them (issue 13).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { effortWord, explainedOnce, firstMentions, type PlainWord } from '../../../src/components/plan/plain-words.ts';
import { drillHow, inTurn, LEGS_IN_TURN, legsInTurnFor } from '../../../src/domain/explain/dose-text.ts';
import { DRILL_TITLES } from '../../../src/domain/explain/drill-titles.ts';
import { base, drills, fixture, plan } from '../domain/helpers.ts';

const heelBone = plan(fixture('example-1-average-runner'));

test('each technical word is explained at its first drill row and nowhere after', () => {
  const words = firstMentions(heelBone, DRILL_TITLES);
  const explained = [...words.values()].flat().map((w) => w.term);
  assert.equal(new Set(explained).size, explained.length, 'a word is explained twice');
  for (const [key, ws] of words)
    for (const w of ws.filter((x) => x.term !== LEGS_IN_TURN.term && !x.term.endsWith('effort'))) {
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
  for (const term of ['isometric', 'soleus', 'plantarflexion', 'eccentric', 'dorsiflexion', 'intrinsic'])
    assert.equal(
      explained.has(term),
      titles.some((t) => t.includes(term)),
      term,
    );
  assert.ok(explained.size > 0, 'this fixture names at least one technical word');
});

test('"legs in turn" is explained once, at the first drill row whose rest says it', () => {
  const words = firstMentions(heelBone, DRILL_TITLES);
  const legs = (ws: readonly PlainWord[]) => ws.find((w) => w.term === LEGS_IN_TURN.term);
  const at = [...words].filter(([, ws]) => legs(ws)).map(([key]) => key);
  assert.equal(at.length, 1, 'explained exactly once');
  const rows = heelBone.weeks.flatMap((w) => w.sessions.flatMap((s) => s.drills.map((d) => ({ date: s.date, d }))));
  const first = rows.find((r) => inTurn(r.d));
  assert.ok(first, 'this fixture has one-leg drills done legs in turn');
  assert.equal(at[0], `${first.date}|${first.d.drill}`);
  assert.match(drillHow(first.d), /^legs in turn, rest \d+ s per leg$|; legs in turn, rest \d+ s per leg/);
  const said = legs([...words.values()].flat())?.meaning ?? '';
  assert.match(said, /a set on one leg, then the same set on the other/);
  // As the time estimate and the player count it: a drop's rise works both legs, so only its lowering rests the other.
  assert.match(said, /of a heel drop only its lowering: both feet do the rise/);
  // A plan with no drops (no step to drop from) says nothing of them (physiotherapist's read: it confused such plans).
  const noDrops = plan(base({ equipment: [] }));
  assert.ok(!drills(noDrops).some((d) => d.drill.startsWith('eccentric-drop')));
  const plain = legs([...firstMentions(noDrops, DRILL_TITLES).values()].flat());
  assert.ok(plain);
  assert.doesNotMatch(plain.meaning, /heel drop/);
  // A plan with no one-leg drills done in rounds has nothing to explain.
  const noTurns = structuredClone(heelBone);
  for (const w of noTurns.weeks) for (const s of w.sessions) for (const d of s.drills) d.restSeconds = null;
  assert.ok(!legs([...firstMentions(noTurns, DRILL_TITLES).values()].flat()));
});

test('the printed sheet’s short "legs in turn" names the drop’s lowering only in a plan with drops', () => {
  // Session 38's note: paper said the short clause without the drop's exception that the page and player count.
  const withDrops = drills(heelBone);
  assert.ok(withDrops.some((d) => inTurn(d) && d.drill.startsWith('eccentric-drop')));
  assert.match(legsInTurnFor(withDrops).short, /one leg’s set \(of a drop, its lowering\), then the other’s/);
  const noDrops = drills(plan(base({ equipment: [] })));
  assert.doesNotMatch(legsInTurnFor(noDrops).short, /drop/);
  assert.match(legsInTurnFor(noDrops).short, /one leg’s set, then the other’s, within each leg’s rest/);
});

test('a hold’s "about 70% effort" is explained once, at the first hold, in plain words', () => {
  // Physio read: nothing said how hard 70% is, and on body weight a hold can be far lighter.
  const tendon = plan(base({ painNow: 4, painLocations: ['achilles-midportion'] }));
  const rows = tendon.weeks.flatMap((w) => w.sessions.flatMap((s) => s.drills.map((d) => ({ date: s.date, d }))));
  const first = rows.find((r) => r.d.effortPercent != null);
  assert.ok(first, 'the tendon plan has holds');
  assert.match(drillHow(first.d), /about 70% effort/);
  const word = effortWord(70);
  const at = [...firstMentions(tendon, DRILL_TITLES)].filter(([, ws]) => ws.some((w) => w.term === word.term));
  assert.deepEqual(
    at.map(([key]) => key),
    [`${first.date}|${first.d.drill}`],
  );
  assert.match(word.meaning, /hard but steady.*wear a backpack/);
  assert.ok(![...firstMentions(heelBone, DRILL_TITLES).values()].flat().some((w) => w.term === word.term));
});

// Phone review: a drop's "3 s up, 3 s down" beside "eccentric: only the lowering half" read as a rise on one leg too,
// which loads the sore side on the way up as well.
test("a drop's tempo says the rise is on both feet and the lowering on one; other raises say neither", () => {
  const all = drills(heelBone).filter((d) => d.tempo);
  const drops = all.filter((d) => d.drill.startsWith('eccentric-drop'));
  assert.ok(drops.length > 0, 'this fixture has drops with a tempo');
  for (const d of drops) assert.match(drillHow(d), /^3 s up on both feet, (\d s hold, )?3 s down on one;/);
  const raises = all.filter((d) => !d.drill.startsWith('eccentric-drop'));
  assert.ok(raises.length > 0, 'and raises with a tempo');
  for (const d of raises) assert.doesNotMatch(drillHow(d), /on both feet|down on one/);
});

test('a line naming two drills says their new words after it, once each, and never a word already explained', () => {
  const titles: Record<string, string> = {
    drop: 'Eccentric heel drop, straight knee',
    hold: 'Single-leg isometric hold',
    hold2: 'Double-leg isometric hold',
  };
  const once = explainedOnce((id) => titles[id]);
  assert.equal(once.plain('drop'), 'Eccentric heel drop, straight knee');
  assert.equal(
    once.meanings(['drop', 'hold']),
    'Eccentric means only the lowering half of the raise, done slowly. Isometric means held still: the calf works hard while the ankle does not move.',
  );
  // Explained once: neither the next line nor a name later on says it again.
  assert.equal(once.meanings(['hold2']), '');
  assert.equal(once('hold2'), 'Double-leg isometric hold');
});
