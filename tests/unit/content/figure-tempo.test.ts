// A moving drill figure (src/figures/*.svg with data-tempo) must move at the tempo its drill page prescribes:
// the animation lasts up + pause + down seconds, its first movement takes the first phase's seconds, and it
// shows one count per second. Reads the files as text, like the build does.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../../', import.meta.url);
const figures = readdirSync(new URL('src/figures/', root)).filter((f) => f.endsWith('.svg'));
const moving = figures
  .map((f) => ({ id: f.replace(/\.svg$/, ''), svg: readFileSync(new URL(`src/figures/${f}`, root), 'utf8') }))
  .filter((f) => f.svg.includes('data-tempo='));

test('the tempo drills have moving figures', () => {
  const ids = moving.map((f) => f.id).sort();
  assert.deepEqual(ids, ['eccentric-drop-bent', 'eccentric-drop-straight', 'high-load-heel-raise', 'tempo-raise']);
});

for (const { id, svg } of moving) {
  test(`${id}: the figure moves at the drill page's tempo`, () => {
    const tempo = svg.match(/data-tempo="(\d+)-(\d+)-(\d+)"/);
    assert.ok(tempo, 'data-tempo="up-pause-down"');
    const [up, pause, down] = tempo.slice(1).map(Number);
    const page = readFileSync(new URL(`content/drills/${id}.mdx`, root), 'utf8');
    const prescribed = [...page.matchAll(/tempo: "([\d-]+)"/g)].map((m) => m[1]);
    assert.ok(prescribed.length > 0, 'the drill page prescribes a tempo');
    for (const t of prescribed) assert.equal(t, `${up}-${pause}-${down}`, 'every dose row has the figure tempo');

    const move = svg.match(/<animate attributeName="d" values="[^"]+" keyTimes="([^"]+)" dur="([\d.]+)s"/);
    assert.ok(move, 'the leg is animated');
    const seconds = Number(move[2]);
    assert.equal(seconds, up + pause + down, 'one rep lasts up + pause + down seconds');
    const firstMove = Number(move[1].split(';')[1]) * seconds;
    assert.ok(Math.abs(firstMove - up) < 0.01 || Math.abs(firstMove - down) < 0.01, 'first movement takes its phase');
    const counts = svg.match(/<text class="pf-label"[^>]*>[^<]+<animate attributeName="visibility"/g) ?? [];
    assert.equal(counts.length, seconds, 'one count per second');
  });
}
