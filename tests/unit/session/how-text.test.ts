// The player's line under each drill's figure (issue 13's guided session): the drill's how-to, what the plan adds to
// it, and its load, each said once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { howText } from '../../../src/lib/session/how-text.ts';
import { base, plan } from '../domain/helpers.ts';

const t = {
  howTo: {
    'calf-squeeze': 'Press the ball of the foot into a wall and tighten the calf without moving.',
    'seated-soleus-raise': 'Sitting, a machine pad or weight on one knee: lift the heel high, lower slowly.',
    'bent-knee-heel-raise': 'On one leg with the knee bent, rise as high as you can and lower slowly.',
  },
  howToBothLegs: {
    'bent-knee-heel-raise': 'On both feet with the knees bent, rise as high as you can and lower slowly.',
  },
};
const drills = (p: ReturnType<typeof plan>) => p.weeks.flatMap((w) => w.sessions).flatMap((s) => s.drills);

test('a squeeze says how long each one is held (phone review: "5 reps, at your pace" and nothing more)', () => {
  const squeeze = drills(plan(base())).find((d) => d.drill === 'calf-squeeze');
  assert.ok(squeeze);
  assert.equal(
    howText(squeeze, t),
    'Press the ball of the foot into a wall and tighten the calf without moving. Hold each squeeze for about 10 seconds, then relax completely before the next.',
  );
});

test('a loaded drill adds its load; a drill on both legs gets the both-legs line', () => {
  const seated = drills(plan(base({ equipment: ['weights'] }))).find((d) => d.drill === 'seated-soleus-raise');
  assert.ok(seated);
  assert.match(
    howText(seated, t),
    /^Sitting, a machine pad or weight on one knee: .*\. Use a dumbbell or a loaded backpack, resting just above the knee, that one leg could lift/,
  );
  const bent = drills(
    plan(base({ equipment: [], straightKnee: { left: 14, right: 9 }, bentKnee: { left: 12, right: 8 } })),
  ).find((d) => d.drill === 'bent-knee-heel-raise');
  assert.equal(bent?.stance, 'double');
  assert.equal(howText(bent!, t), t.howToBothLegs['bent-knee-heel-raise']);
});

test("a drop's own note gives its weight, so the load is not said twice", () => {
  const strong = base({ straightKnee: { left: 34, right: 33 }, bentKnee: { left: 30, right: 29 } });
  const drop = drills(plan(strong)).find((d) => d.drill === 'eccentric-drop-straight' && d.load);
  assert.ok(drop);
  const line = howText(drop, t);
  assert.match(line, /^Rise on both feet, then lower on one leg/);
  assert.doesNotMatch(line, /could lift about \d+(-\d+)? times \(/);
});
