// SVG pieces shared by every drill figure: the frame (viewBox, title, arrow marker), the leg as a path, the calf
// highlight, arrows, and the two kinds of motion (a slow rep counted in seconds, a hop cycle), so all 26 files
// follow one pattern: classes from src/styles/figures.css only, no inline colours.
import { type Leg, smooth } from './leg.ts';

export const W = 320;
export const H = 200;
export const GROUND = 188;

export function frame(id: string, title: string, body: string[]): string {
  const marker = `<defs><marker id="arrow-${id}" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path class="pf-arrowhead" d="M0 0L10 5L0 10z"/></marker></defs>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="t-${id}"><title id="t-${id}">${title}</title>\n${marker}\n${body.join('\n')}\n</svg>\n`;
}

export const legD = (l: Leg) => smooth(l.outline);
export const calfD = (l: Leg, from: number, to: number) => smooth(l.calf(from, to), true);
export const path = (cls: string, d: string, extra = '') => `<path class="${cls}" d="${d}"${extra}/>`;
export const ground = (d = `M15 ${GROUND} H305`) => path('pf-ground', d);

/** The drawn leg and its calf highlight. */
export function drawLeg(cls: 'pf-line' | 'pf-ghost', l: Leg, calf?: [number, number]): string {
  const parts = [path(cls, legD(l))];
  if (calf) parts.push(path('pf-work', calfD(l, ...calf)));
  return parts.join('');
}

export function arrow(id: string, d: string, both = false): string {
  const start = both ? ` marker-start="url(#arrow-${id})"` : '';
  return path('pf-arrow', d, `${start} marker-end="url(#arrow-${id})"`);
}

const fx = (v: number) => String(Math.round(v * 1e6) / 1e6);
const anim = (attr: string, values: string[], keyTimes: number[], dur: number, extra = '') =>
  `<animate attributeName="${attr}" values="${values.join(';')}" keyTimes="${keyTimes.map(fx).join(';')}" dur="${fx(dur)}s"${extra} repeatCount="indefinite"/>`;

/** Labels counting the seconds of each phase ("Up 1", "Up 2", ...), one visible at a time. */
function counts(phases: [string, number][], dur: number): string {
  const names = phases.flatMap(([name, s]) => Array.from({ length: s }, (_, i) => `${name} ${i + 1}`));
  return names
    .map((name, i) => {
      const a = i / dur;
      const b = (i + 1) / dur;
      const first = i === 0;
      const last = i === names.length - 1;
      const values = first ? 'visible;hidden' : last ? 'hidden;visible' : 'hidden;visible;hidden';
      const times = first ? [0, b] : last ? [0, a] : [0, a, b];
      return `<text class="pf-label" x="36" y="30" visibility="${first ? 'visible' : 'hidden'}">${name}<animate attributeName="visibility" values="${values}" keyTimes="${times.map(fx).join(';')}" dur="${dur}s" calcMode="discrete" repeatCount="indefinite"/></text>`;
    })
    .join('');
}

export interface Rep {
  /** up-pause-down seconds as the drill page prescribes them. */
  tempo: [number, number, number];
  /** Each moving leg at the start of the rep and at the other end of the movement, with its calf highlight. */
  legs: { from: Leg; to: Leg; calf: [number, number] }[];
  /** Words for the phases in order (default Up, Hold, Down). */
  words?: [string, string, string];
  /** Other shapes that move with the leg (a band, a weight on the knee): class and path at both ends. */
  morphs?: { cls: string; from: string; to: string }[];
}

/** One slow rep at its tempo: the leg morphs from → to in `up` s, stays `pause` s, returns in `down` s. */
export function rep(r: Rep): string {
  const [up, pause, down] = r.tempo;
  const dur = up + pause + down;
  const times = pause > 0 ? [0, up / dur, (up + pause) / dur, 1] : [0, up / dur, 1];
  const seq = <T>(a: T, b: T) => (pause > 0 ? [a, b, b, a] : [a, b, a]);
  const [w1, w2, w3] = r.words ?? ['Up', 'Hold', 'Down'];
  const phases: [string, number][] = [
    [w1, up],
    [w2, pause],
    [w3, down],
  ];
  const morph = (cls: string, from: string, to: string) =>
    `<path class="${cls}" d="${from}">${anim('d', seq(from, to), times, dur)}</path>`;
  return [
    `<g class="pf-motion" data-tempo="${up}-${pause}-${down}">`,
    ...r.legs.map(
      (l) =>
        morph('pf-line', legD(l.from), legD(l.to)) + morph('pf-work', calfD(l.from, ...l.calf), calfD(l.to, ...l.calf)),
    ),
    ...(r.morphs ?? []).map((m) => morph(m.cls, m.from, m.to)),
    counts(
      phases.filter(([, s]) => s > 0),
      dur,
    ),
    // The beat: one pulse a second, like a metronome.
    `<circle class="pf-beat" cx="23" cy="25" r="6">${anim('opacity', ['1', '0.2', '0.2'], [0, 0.35, 1], 1)}</circle>`,
    '</g>',
  ].join('');
}

export interface Hop {
  /** Seconds for one hop: landing, push-off, flight, next landing. */
  seconds: number;
  /** Leg poses through the cycle and when each is reached (0..1, first and last the same pose). */
  poses: Leg[];
  keyTimes: number[];
  calf: [number, number];
  /** A word for the landing, top left; left out where the leg travels through that corner. */
  label?: string;
}

/** A hop cycle: the leg moves through its poses every `seconds`, landing on the forefoot with the knee soft. */
export function hop(h: Hop): string {
  const legs = h.poses.map(legD);
  const calves = h.poses.map((l) => calfD(l, ...h.calf));
  return [
    `<g class="pf-motion" data-landing="${h.seconds}">`,
    `<path class="pf-line" d="${legs[0]}">${anim('d', legs, h.keyTimes, h.seconds)}</path>`,
    `<path class="pf-work" d="${calves[0]}">${anim('d', calves, h.keyTimes, h.seconds)}</path>`,
    h.label ? `<text class="pf-label" x="18" y="30">${h.label}</text>` : '',
    '</g>',
  ].join('');
}
