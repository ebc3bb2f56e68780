// Drills about tempo or landing must have moving figures (src/figures/*.svg) that move at the drill page's tempo,
// and nothing may move when the reader asks for reduced motion. Reads the files as text, like the build does.
// - Tempo drills (a `tempo:` in the dose table): data-tempo equals every dose row's tempo.
// - Calf holds: 3 s up and 3 s down (rule 10) around the shortest hold the dose table prescribes.
// - Landing drills (doses in foot contacts, and strides): data-landing gives one hop or stride in seconds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const drills = readdirSync(new URL('content/drills/', root))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .map((id) => ({ id, page: read(`content/drills/${id}.mdx`), svg: read(`src/figures/${id}.svg`) }));

// Loaded calf holds (not stretches, foot holds or soft-tissue work, which are about position, not time under load).
const HOLDS = ['isometric-hold-double', 'isometric-hold-single', 'top-of-raise-hold'];
const tempos = (page: string) => [...page.matchAll(/tempo: "([\d-]+)"/g)].map((m) => m[1]);
const isTempo = (d: { page: string }) => tempos(d.page).length > 0;
const isHold = (d: { id: string }) => HOLDS.includes(d.id);
const isLanding = (d: { id: string; page: string }) => /contacts: \{/.test(d.page) || d.id === 'strides';

/** The moving group of a figure, from its opening tag to the end of the file. */
const motion = (svg: string) => svg.slice(svg.indexOf('<g class="pf-motion"'));

test('every tempo, hold and landing drill has a moving figure, and no other figure moves', () => {
  const expected = drills.filter((d) => isTempo(d) || isHold(d) || isLanding(d)).map((d) => d.id);
  const moving = drills.filter((d) => d.svg.includes('pf-motion')).map((d) => d.id);
  assert.deepEqual(moving, expected);
  assert.ok(expected.length >= 20, 'the lists above still find the drills');
});

for (const d of drills.filter((x) => isTempo(x) || isHold(x))) {
  test(`${d.id}: the figure moves at the drill page's tempo`, () => {
    const tempo = d.svg.match(/data-tempo="(\d+)-(\d+)-(\d+)"/);
    assert.ok(tempo, 'data-tempo="up-pause-down"');
    const [up, pause, down] = tempo.slice(1).map(Number);
    if (isTempo(d)) {
      for (const t of tempos(d.page)) assert.equal(t, `${up}-${pause}-${down}`, 'every dose row has the figure tempo');
    } else {
      const holds = [...d.page.matchAll(/holdSeconds: \{ min: (\d+)/g)].map((m) => Number(m[1]));
      assert.ok(holds.length > 0, 'the drill page prescribes holds');
      assert.deepEqual([up, pause, down], [3, Math.min(...holds), 3], '3 s up, the shortest hold, 3 s down');
    }
    const move = motion(d.svg).match(/<animate attributeName="d" values="([^"]+)" keyTimes="([^"]+)" dur="([\d.]+)s"/);
    assert.ok(move, 'the leg is animated');
    const seconds = Number(move[3]);
    assert.equal(seconds, up + pause + down, 'one rep lasts up + pause + down seconds');
    const times = move[2].split(';').map(Number);
    assert.ok(Math.abs(times[1] * seconds - up) < 0.01, 'the first movement takes the first phase');
    if (pause > 0) assert.ok(Math.abs(times[2] * seconds - (up + pause)) < 0.01, 'the pause lasts its seconds');
    const [first, second] = move[1].split(';');
    assert.notEqual(first, second, 'the leg changes shape');
    const counts = d.svg.match(/<text class="pf-label"[^>]*>[^<]+<animate attributeName="visibility"/g) ?? [];
    assert.equal(counts.length, seconds, 'one count per second');
  });
}

for (const d of drills.filter(isLanding)) {
  test(`${d.id}: the figure loops one landing at the hop's rhythm`, () => {
    const rhythm = d.svg.match(/data-landing="([\d.]+)"/);
    assert.ok(rhythm, 'data-landing="seconds"');
    const seconds = Number(rhythm[1]);
    assert.ok(seconds >= 0.4 && seconds <= 2, 'a hop or stride takes 0.4-2 s');
    const move = motion(d.svg).match(/<animate attributeName="d" values="([^"]+)" keyTimes="([^"]+)" dur="([\d.]+)s"/);
    assert.ok(move, 'the leg is animated');
    assert.ok(move[1].split(';').length >= 4, 'load, push-off, flight and landing');
    for (const dur of motion(d.svg).matchAll(/dur="([\d.]+)s"/g)) assert.equal(Number(dur[1]), seconds, 'one rhythm');
  });
}

for (const d of drills.filter((x) => x.svg.includes('pf-motion'))) {
  test(`${d.id}: under reduced motion and in print only the still drawing shows`, () => {
    const still = d.svg.indexOf('<g class="pf-still">');
    const moving = d.svg.indexOf('<g class="pf-motion"');
    assert.ok(still > 0 && still < moving, 'a still drawing before the moving one');
    assert.ok(!/<animate/.test(d.svg.slice(0, moving)), 'every animation sits inside .pf-motion');
    assert.equal(motion(d.svg).match(/<g\b/g)?.length, motion(d.svg).match(/<\/g>/g)?.length, '.pf-motion closes last');
  });
}

test('figures.css swaps the moving drawing for the still one under reduced motion and in print', () => {
  const css = read('src/styles/figures.css').replace(/\/\*[\s\S]*?\*\//g, '');
  assert.match(css, /^\.pf-still \{\s*display: none;/m, 'the still drawing is hidden by default');
  for (const media of ['@media (prefers-reduced-motion: reduce)', '@media print']) {
    const at = css.indexOf(media);
    assert.ok(at >= 0, media);
    const block = css.slice(at, css.indexOf('\n}', at));
    assert.match(block, /\.pf-still \{\s*display: inline;/, `${media} shows the still drawing`);
    assert.match(block, /\.pf-motion \{\s*display: none;/, `${media} hides the moving one`);
  }
});
