// What a physiotherapist's read of the library found missing or mis-graded (session 21), kept from coming back. Reads
// the MDX as text, like the figure tests: a page the build renders says these words, and a runner reads them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import yaml from 'js-yaml';

const root = new URL('../../../content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const front = (text: string) =>
  yaml.load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
const drills = readdirSync(new URL('drills/', root))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), text: read(`drills/${f}`) }));

const POP = /sudden pop, or a feeling of being kicked in the heel, means stop and get a same-day medical assessment/;

test('every drill with a fast or heavy push-off (hops, strides, single-leg and loaded raises, drops) says a pop means stop and a same-day check', () => {
  // Hops carry the highest Achilles load (rule 14), and ruptures happen in explosive push-off.
  const fast = drills.filter(
    (d) =>
      /contacts: \{/.test(d.text) ||
      ['strides', 'high-load-heel-raise', 'tempo-raise', 'single-leg-heel-raise'].includes(d.id) ||
      d.id.startsWith('eccentric-drop'),
  );
  assert.ok(fast.length >= 11, 'the list still finds the drills');
  const missing = fast.filter((d) => !((front(d.text).safety as string[]) ?? []).some((s) => POP.test(s)));
  assert.deepEqual(
    missing.map((d) => d.id),
    [],
  );
});

test('every hop drill stops hops that hurt, and sends bone-point or over-5/10 hop pain to a clinician before running', () => {
  const hops = drills.filter((d) => /contacts: \{/.test(d.text));
  assert.ok(hops.length >= 6);
  for (const d of hops) {
    const safety = ((front(d.text).safety as string[]) ?? []).join(' ');
    // Rule 13's 2/10 in every set; single-leg hops must be pain-free and give way to double-leg ones (C17).
    if (d.id === 'single-leg-hops') assert.match(safety, /hurts at all gives way to double-leg hops today/);
    else assert.match(safety, /Hop pain over 2\/10: stop the hops for today/, d.id);
    // Rule 18's bone-stress sign and C22's over 5/10: no hops or running until checked.
    assert.match(safety, /Pain at one point on a bone, or over 5\/10: no hops or running until a clinician/, d.id);
  }
});

test('the session checklist grades the warning signs as the injury notes do', () => {
  const page = read('guides/session-checklists.mdx');
  // Chest pain was "a clinician soon"; a heel that will not lift or a gap in the tendon too.
  assert.match(page, /Emergency care now: one calf swollen, warm and red, or breathlessness or chest pain\./);
  assert.match(
    page,
    /A check the same day: [^.]*a heel that suddenly will not lift on one leg, or a gap in the tendon\./,
  );
  assert.match(
    page,
    /skip it: point and circle the foot instead/,
    'no knee-to-wall with heel-bone Achilles pain (rule 17)',
  );
});

test('the traffic-light pages say pain at rest in the calf muscle, shin or heel is a warning sign, not an amber light', () => {
  for (const path of ['guides/session-checklists.mdx', 'guides/reading-your-body.mdx']) {
    const page = read(path);
    assert.match(page, /calf-muscle pain of 4\/10 or more/, path);
    assert.match(page, /any shin pain/, path);
    assert.match(page, /heel(?: pain)? of 4\/10 or more/, path); // C51
  }
});

test('the baseline test screens first and treats pain at one point on a bone while hopping as a warning sign', () => {
  const page = read('guides/baseline-test.mdx');
  assert.match(page, /First check the warning signs/);
  assert.match(page, /Stop too if pain turns sharp or goes over 5\/10/);
  assert.match(page, /If the pain sits at one point on a bone, in the shin or the foot, stop/);
  assert.doesNotMatch(page, /check them against the paper/, 'a note for the team, not the runner');
});

test('the Achilles rupture sign is a heel that suddenly will not lift on one leg, not any failed single-leg raise', () => {
  for (const f of readdirSync(new URL('injuries/', root))) {
    const signs = ((front(read(`injuries/${f}`)).redFlags as { sign: string }[]) ?? []).map((r) => r.sign);
    const rupture = signs.find((s) => s.includes('(possible Achilles rupture)'));
    if (!rupture) continue;
    assert.doesNotMatch(rupture, /unable to do a single-leg heel raise/, f);
    assert.match(rupture, /heel that (suddenly )?will not lift on that leg/, f);
    assert.match(rupture, /a gap you can feel in the tendon/, f);
  }
});

test('the heel warning sign asks about a deep ache at rest or at night, not the first steps of plantar heel pain', async () => {
  const { redFlagQuestion } = await import('../../../src/domain/explain/red-flag-questions.ts');
  // Sore first steps after sitting are what plantar heel pain feels like: read as "pain at rest", they refused a plan.
  assert.match(redFlagQuestion('heelNightOrRestPain'), /\(more than stiff or sore first steps\)/);
  for (const f of ['injuries/plantar-heel-pain.mdx', 'injuries/achilles-insertional.mdx'])
    assert.match(
      read(f),
      /sign: "A deep ache inside the heel at rest or at night \(not the Achilles at the back of the heel, and more than stiffness or sore first steps/,
      f,
    );
});
