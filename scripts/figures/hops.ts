// Hops and strides: one leg through a landing cycle. Every landing is on the forefoot with the knee slightly bent
// (about 10-20 degrees), the heel settles close to the floor with the knee a little more bent, and the push-off
// ends with the ankle pointed (about 30 degrees) and the knee straight. The still drawing shows the leg in the air
// (ghost) and at the landing (line); the moving one loops the cycle at the hop's rhythm.
import { type Leg, leg, type Pose, type Pt } from './leg.ts';
import { arrow, drawLeg, frame, GROUND, ground, hop, path } from './svg.ts';

const S = 76;
const CALF: [number, number] = [0.4, 0.85];
const at = (pose: Pose, ball: Pt, s = S): Leg => leg(pose, { scale: s, ball, thighDrawn: 1.4 });

const PUSH: Pose = { shin: 2, thigh: -2, foot: 30 };
const AIR: Pose = { shin: 2, thigh: 0, foot: 34, toes: 22 };
const stiff = { load: { shin: 8, thigh: 0, foot: 4 }, touch: { shin: 3, thigh: 2, foot: 20 } };
const soft = { load: { shin: 20, thigh: 14, foot: 4 }, touch: { shin: 9, thigh: 7, foot: 18 } };

interface InPlace {
  id: string;
  title: string;
  seconds: number;
  knees: typeof stiff;
  lift: number;
  label: string;
}

/** Hops in place: load, push off, fly, touch down on the forefoot, load. */
export function inPlace(h: InPlace): string {
  const x = 220;
  const poses = [
    at(h.knees.load, [x, GROUND]),
    at(PUSH, [x, GROUND]),
    at(AIR, [x, GROUND - h.lift]),
    at(h.knees.touch, [x, GROUND]),
    at(h.knees.load, [x, GROUND]),
  ];
  return frame(h.id, h.title, [
    ground(),
    [
      '<g class="pf-still">',
      drawLeg('pf-ghost', at(AIR, [100, GROUND - h.lift])),
      drawLeg('pf-line', at(h.knees.touch, [x, GROUND]), CALF),
      arrow(h.id, `M160 ${GROUND - 6} V${GROUND - 36}`, true),
      '</g>',
    ].join(''),
    hop({ seconds: h.seconds, poses, keyTimes: [0, 0.25, 0.5, 0.8, 1], calf: CALF, label: h.label }),
  ]);
}

interface Travel {
  id: string;
  title: string;
  seconds: number;
  from: Pt;
  to: Pt;
  /** Highest point of the flight (the ball of the foot). */
  peak: Pt;
  props?: string[];
  s?: number;
}

/** A hop that travels: push off at `from`, fly over `peak`, land at `to`; the leg fades out and starts again. */
export function travel(h: Travel): string {
  const s = h.s ?? S;
  const poses = [
    at(soft.load, h.from, s),
    at(PUSH, h.from, s),
    at(AIR, h.peak, s),
    at(soft.touch, h.to, s),
    at(soft.load, h.to, s),
    at(soft.load, h.to, s),
  ];
  const keyTimes = [0, 0.2, 0.45, 0.7, 0.85, 1];
  const motion = hop({ seconds: h.seconds, poses, keyTimes, calf: CALF });
  // Fade at the end of the cycle so the jump back to the start is not seen as a movement.
  const fade = `<animate attributeName="opacity" values="1;1;0;0" keyTimes="0;0.85;0.95;1" dur="${h.seconds}s" repeatCount="indefinite"/>`;
  const arc = `M${h.from[0] + 10} ${h.from[1] - 30} Q${h.peak[0]} ${h.peak[1] - 90} ${h.to[0] - 40} ${h.to[1] - 10}`;
  return frame(h.id, h.title, [
    ground(),
    ...(h.props ?? []),
    [
      '<g class="pf-still">',
      drawLeg('pf-ghost', at(PUSH, h.from, s)),
      drawLeg('pf-line', at(soft.touch, h.to, s), CALF),
      arrow(h.id, arc),
      '</g>',
    ].join(''),
    motion.replace('<path class="pf-line"', `${fade}<path class="pf-line"`),
  ]);
}

export const hops = {
  'pogo-hops': (title: string) =>
    // About two hops a second: quick, short contacts with the knees nearly straight.
    inPlace({ id: 'pogo-hops', title, seconds: 0.5, knees: stiff, lift: 10, label: 'Quick contacts' }),
  'double-leg-hops': (title: string) =>
    inPlace({ id: 'double-leg-hops', title, seconds: 0.8, knees: soft, lift: 18, label: 'Quiet landings' }),
  'single-leg-hops': (title: string) =>
    travel({
      id: 'single-leg-hops',
      title,
      seconds: 1.2,
      from: [80, GROUND],
      to: [230, GROUND],
      peak: [150, GROUND - 26],
    }),
  'alternating-leg-hops': (title: string) =>
    travel({
      id: 'alternating-leg-hops',
      title,
      seconds: 1,
      from: [80, GROUND],
      to: [230, GROUND],
      peak: [150, GROUND - 22],
    }),
  'box-hops': (title: string) => {
    const box = 150;
    return travel({
      id: 'box-hops',
      title,
      seconds: 1.6,
      from: [70, GROUND],
      to: [240, box],
      peak: [170, box - 16],
      props: [path('pf-ground', `M180 ${GROUND} V${box} H300 V${GROUND}`)],
    });
  },
  'hurdle-hops': (title: string) =>
    travel({
      id: 'hurdle-hops',
      title,
      seconds: 0.9,
      from: [70, GROUND],
      to: [240, GROUND],
      peak: [160, GROUND - 40],
      s: 64,
      props: [145, 285].map((x) => path('pf-ground', `M${x} ${GROUND} V${GROUND - 22} H${x + 26} V${GROUND}`)),
    }),
};
