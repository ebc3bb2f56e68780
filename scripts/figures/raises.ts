// Standing raises, holds and drops: the start (ghost) on the left, the end (line) on the right, and the same leg
// moving at the drill's tempo. Angles: top of a full raise about 30 degrees of plantarflexion, a half-height hold
// about 15, a bent knee about 30 degrees of bend, the bottom of a drop about 15-25 degrees of dorsiflexion.
import { type Leg, leg, type Pose } from './leg.ts';
import { arrow, drawLeg, frame, GROUND, ground, path, rep } from './svg.ts';

const S = 80;
const at = (pose: Pose, x: number, y = GROUND): Leg => leg(pose, { scale: S, ball: [x, y], thighDrawn: 1.4 });

export const FLAT: Pose = { shin: 0, thigh: 0, foot: 0 };
export const TOP: Pose = { shin: 2, thigh: -2, foot: 32 };
const HALF: Pose = { shin: 1, thigh: -1, foot: 16 };
const BENT_FLAT: Pose = { shin: 15, thigh: 15, foot: 0 };
const BENT_TOP: Pose = { shin: 15, thigh: 15, foot: 42 };
const UPPER: [number, number] = [0.5, 0.85]; // gastrocnemius: the upper calf, worked with the knee straight
const LOWER: [number, number] = [0.25, 0.6]; // soleus: the lower calf, worked with the knee bent

interface Raise {
  id: string;
  title: string;
  start: Pose;
  end: Pose;
  calf: [number, number];
  tempo?: [number, number, number];
  words?: [string, string, string];
  /** Extra drawing under the legs (a wall, a towel). */
  props?: (ghostX: number, lineX: number) => string[];
}

export function raise(r: Raise): string {
  const gx = 92;
  const lx = 232;
  const ghost = at(r.start, gx);
  const end = at(r.end, lx);
  const still = [
    '<g class="pf-still">',
    drawLeg('pf-ghost', ghost),
    drawLeg('pf-line', end, r.calf),
    arrow(r.id, 'M170 176 V146'),
    r.tempo && r.tempo[2] > 0 ? arrow(r.id, 'M186 146 V176') : '',
    '</g>',
  ].join('');
  const motion = r.tempo
    ? rep({ tempo: r.tempo, legs: [{ from: at(r.start, lx), to: end, calf: r.calf }], words: r.words })
    : '';
  return frame(r.id, r.title, [ground(), ...(r.props?.(gx, lx) ?? []), still, motion]);
}

const wall = () => [path('pf-ground', 'M305 188 V20')];

export const raises = {
  'double-leg-heel-raise': (title: string) =>
    raise({ id: 'double-leg-heel-raise', title, start: FLAT, end: TOP, calf: UPPER, tempo: [3, 0, 3], props: wall }),
  'single-leg-heel-raise': (title: string) =>
    raise({ id: 'single-leg-heel-raise', title, start: FLAT, end: TOP, calf: UPPER, tempo: [3, 0, 3], props: wall }),
  'tempo-raise': (title: string) =>
    raise({ id: 'tempo-raise', title, start: FLAT, end: TOP, calf: UPPER, tempo: [2, 0, 3], props: wall }),
  'top-of-raise-hold': (title: string) =>
    // Rise over 2-3 s, hold 5 s (the short end of 5-10), lower over about 3 s (the drill page's steps).
    raise({ id: 'top-of-raise-hold', title, start: FLAT, end: TOP, calf: UPPER, tempo: [3, 5, 3], props: wall }),
  'isometric-hold-double': (title: string) =>
    // Rise and lower at the slow 3 s tempo (rule 10), hold still for the shortest prescribed hold, 30 s.
    raise({
      id: 'isometric-hold-double',
      title,
      start: FLAT,
      end: HALF,
      calf: [0.3, 0.85],
      tempo: [3, 30, 3],
      props: wall,
    }),
  'isometric-hold-single': (title: string) =>
    // Rise and lower at the slow 3 s tempo (rule 10), hold still for the shortest prescribed hold, 30 s.
    raise({
      id: 'isometric-hold-single',
      title,
      start: FLAT,
      end: HALF,
      calf: [0.3, 0.85],
      tempo: [3, 30, 3],
      props: wall,
    }),
  'bent-knee-heel-raise': (title: string) =>
    raise({
      id: 'bent-knee-heel-raise',
      title,
      start: BENT_FLAT,
      end: BENT_TOP,
      calf: LOWER,
      tempo: [3, 0, 3],
      props: wall,
    }),
  'high-load-heel-raise': (title: string) =>
    raise({
      id: 'high-load-heel-raise',
      title,
      start: { ...FLAT, toes: -12 },
      end: { ...TOP, toes: -12 },
      calf: UPPER,
      tempo: [3, 2, 3],
      // The rolled towel lifts the toes: it sits under them, in front of the ball of the foot.
      props: (gx, lx) => [gx, lx].map((x) => `<circle class="pf-ground" cx="${x + 11}" cy="${GROUND - 5}" r="5"/>`),
    }),
};

/** Eccentric drops: up on two legs at the top of the step, down on one until the heel is below the step. */
export function drop(id: string, title: string, bent: boolean): string {
  const stepY = 150;
  const top: Pose = bent ? BENT_TOP : TOP;
  const bottom: Pose = bent ? { shin: 15, thigh: 15, foot: -8 } : { shin: 0, thigh: 0, foot: -15 };
  const calf = bent ? LOWER : UPPER;
  const gx = 100;
  const lx = 236;
  const step = (x: number) => path('pf-ground', `M${x - 6} ${stepY} H${x + 52} M${x - 6} ${stepY} V${GROUND}`);
  const ghost = leg(top, { scale: S, ball: [gx, stepY], thighDrawn: 1.4 });
  const end = leg(bottom, { scale: S, ball: [lx, stepY], thighDrawn: 1.4 });
  const startLine = leg(top, { scale: S, ball: [lx, stepY], thighDrawn: 1.4 });
  return frame(id, title, [
    ground(),
    step(gx),
    step(lx),
    [
      '<g class="pf-still">',
      drawLeg('pf-ghost', ghost),
      drawLeg('pf-line', end, calf),
      arrow(id, 'M180 108 V160'),
      '</g>',
    ].join(''),
    rep({ tempo: [3, 0, 3], legs: [{ from: startLine, to: end, calf }], words: ['Down', 'Hold', 'Up (both feet)'] }),
  ]);
}
