// Strides, band work, the foot-raise circuit and the cooldown stretches, drawn with the same leg.
import { type Leg, leg, type Pose, type Pt } from './leg.ts';
import { FLAT, TOP } from './raises.ts';
import { arrow, drawLeg, frame, GROUND, ground, hop, path, rep } from './svg.ts';

/** Strides: the running leg seen from a camera that runs along, hip fixed, about 180 steps a minute. */
export function strides(title: string): string {
  const S = 74;
  const hipX = 150;
  // Stance poses stand on the floor; the hip's height follows them, and the swing poses share it.
  const onFloor = (p: Pose, x: number) => leg(p, { scale: S, ball: [x, GROUND], thighDrawn: 1.3 });
  const touch = onFloor({ shin: -2, thigh: 16, foot: 10 }, 0); // forefoot lands just ahead of the hip, knee soft
  const byHip = (p: Pose, hipY: number) => leg(p, { scale: S, hip: [hipX, hipY], thighDrawn: 1.3 });
  const hipY = touch.hip[1];
  const poses: Pose[] = [
    { shin: -2, thigh: 16, foot: 10 }, // touchdown on the forefoot
    { shin: 18, thigh: 4, foot: 0 }, // mid-stance: knee about 22 degrees bent, heel near the floor
    { shin: 40, thigh: -18, foot: 62 }, // toe-off: ankle pointed, knee nearly straight
    { shin: 95, thigh: -2, foot: 100 }, // early swing: heel folds up behind
    { shin: 55, thigh: 40, foot: 55 }, // mid-swing: knee drives forward
    { shin: -2, thigh: 16, foot: 10 }, // touchdown again
  ];
  const hipYs = [hipY, hipY + 4, hipY - 2, hipY - 6, hipY - 6, hipY];
  const legs = poses.map((p, i) => byHip(p, hipYs[i]));
  const calf: [number, number] = [0.4, 0.85];
  return frame('strides', title, [
    ground(),
    [
      '<g class="pf-still">',
      drawLeg('pf-ghost', legs[2]),
      drawLeg('pf-line', legs[0], calf),
      arrow('strides', 'M40 40 H110'),
      '</g>',
    ].join(''),
    hop({ seconds: 0.66, poses: legs, keyTimes: [0, 0.15, 0.35, 0.55, 0.8, 1], calf, label: 'Light steps' }),
  ]);
}

/** Band work, sitting with the leg straight out: the foot points away in 2 s and comes back in 3 s. */
export function band(title: string): string {
  const S = 92;
  const hip: Pt = [30, 172];
  const straight = (foot: number) =>
    leg({ shin: -90, thigh: 90, foot, toes: foot }, { scale: S, hip, thighDrawn: 1.8 });
  const neutral = straight(-90);
  const pointed = straight(-48);
  // The band loops round the ball of the foot and runs back to the hands (off the frame, top left).
  const loop = (l: Leg) => {
    const ball = l.ballSole;
    return `M126 0 L${Math.round(ball[0] + 4)} ${Math.round(ball[1])} L140 0`;
  };
  const calf: [number, number] = [0.4, 0.85];
  return frame('band-ankle-work', title, [
    ground(),
    [
      '<g class="pf-still">',
      drawLeg('pf-ghost', neutral),
      path('pf-ground', loop(pointed)),
      drawLeg('pf-line', pointed, calf),
      arrow(
        'band-ankle-work',
        `M${Math.round(neutral.ballSole[0] + 6)} ${Math.round(neutral.ballSole[1] - 72)} Q${Math.round(neutral.ballSole[0] + 30)} ${Math.round(neutral.ballSole[1] - 66)} ${Math.round(neutral.ballSole[0] + 34)} ${Math.round(neutral.ballSole[1] - 40)}`,
      ),
      '</g>',
    ].join(''),
    rep({
      tempo: [2, 0, 3],
      legs: [{ from: neutral, to: pointed, calf }],
      words: ['Point', 'Hold', 'Back'],
      morphs: [{ cls: 'pf-ground', from: loop(neutral), to: loop(pointed) }],
    }),
  ]);
}

/** The circuit's three stations side by side: seated, standing with soft knees, standing tall; all rise 2 s, lower 3 s. */
export function circuit(title: string): string {
  const S = 56;
  const at = (p: Pose, x: number) => leg(p, { scale: S, ball: [x, GROUND], thighDrawn: 1.2 });
  const seatedFlat = at({ shin: 0, thigh: 90, foot: 0 }, 62);
  const seatedTop = at({ shin: 0, thigh: 84, foot: 30 }, 62);
  const softFlat = at({ shin: 12, thigh: 12, foot: 0 }, 172);
  const softTop = at({ shin: 12, thigh: 12, foot: 40 }, 172);
  const tallFlat = at(FLAT, 270);
  const tallTop = at(TOP, 270);
  const upper: [number, number] = [0.5, 0.85];
  const lower: [number, number] = [0.25, 0.6];
  const seat = seatedFlat.hip[1] + 0.18 * S;
  const chair = path(
    'pf-ground',
    `M0 ${Math.round(seat)} H${Math.round(seatedFlat.knee[0] - 20)} M8 ${Math.round(seat)} V${GROUND}`,
  );
  return frame('foot-raise-circuit', title, [
    ground(),
    chair,
    [
      '<g class="pf-still">',
      ...[
        [seatedFlat, seatedTop, lower],
        [softFlat, softTop, lower],
        [tallFlat, tallTop, upper],
      ].map(([a, b, c]) => drawLeg('pf-ghost', a as Leg) + drawLeg('pf-line', b as Leg, c as [number, number])),
      '</g>',
    ].join(''),
    rep({
      tempo: [2, 0, 3],
      legs: [
        { from: seatedFlat, to: seatedTop, calf: lower },
        { from: softFlat, to: softTop, calf: lower },
        { from: tallFlat, to: tallTop, calf: upper },
      ],
    }),
  ]);
}

/** Cooldown: the back leg in the two wall stretches, knee straight (start) then bent, heel down in both. */
export function cooldown(title: string): string {
  const S = 78;
  const at = (p: Pose, x: number) => leg(p, { scale: S, ball: [x, GROUND], thighDrawn: 1.3 });
  const straightKnee = at({ shin: 22, thigh: -22, foot: 0 }, 120);
  const bentKnee = at({ shin: 34, thigh: -6, foot: 0 }, 232);
  return frame('cooldown-mobility', title, [
    ground(),
    path('pf-ground', 'M305 188 V20'),
    drawLeg('pf-ghost', straightKnee),
    drawLeg('pf-line', bentKnee, [0.15, 0.5]),
    arrow('cooldown-mobility', 'M150 60 H196'),
  ]);
}

/** Seated soleus raise: thigh level on the seat, a weight on it just above the knee, heel up 3 s and down 3 s. */
export function seatedSoleus(title: string): string {
  const S = 80;
  const at = (p: Pose, x: number) => leg(p, { scale: S, ball: [x, GROUND], thighDrawn: 2.2 });
  const flat = at({ shin: 0, thigh: 90, foot: 0 }, 232);
  // The heel rises about 30 degrees and lifts the knee: the thigh tilts about where it rests on the seat (the
  // drawn thigh's far end, which stays put), by as much as keeps the ball of the foot on the floor.
  const tilt = (thigh: number) => {
    const raw = leg({ shin: 2, thigh, foot: 32 }, { scale: S, hip: [0, 0], thighDrawn: 2.2 });
    const end = raw.outline.at(-1)!;
    const goal = flat.outline.at(-1)!;
    return leg({ shin: 2, thigh, foot: 32 }, { scale: S, hip: [goal[0] - end[0], goal[1] - end[1]], thighDrawn: 2.2 });
  };
  const ballY = (l: Leg) => l.ballSole[1];
  let thigh = 90;
  while (thigh < 120 && ballY(tilt(thigh)) > GROUND) thigh += 0.5;
  const top = tilt(thigh);
  const ghost = at({ shin: 0, thigh: 90, foot: 0 }, 232);
  const weight = (l: Leg) => {
    const [x, y] = l.knee;
    const top = y - 0.12 * S;
    return `M${Math.round(x - 34)} ${Math.round(top - 14)} h28 v14 h-28 z`;
  };
  const seat = Math.round(flat.hip[1] + 0.18 * S);
  const lower: [number, number] = [0.25, 0.6];
  return frame('seated-soleus-raise', title, [
    ground(),
    path('pf-ground', `M15 ${seat} H${Math.round(flat.knee[0] - 40)} M30 ${seat} V${GROUND}`),
    [
      '<g class="pf-still">',
      drawLeg('pf-ghost', ghost),
      drawLeg('pf-line', top, lower),
      path('pf-fill', weight(top)),
      arrow('seated-soleus-raise', 'M290 150 V110'),
      '</g>',
    ].join(''),
    rep({
      tempo: [3, 0, 3],
      legs: [{ from: flat, to: top, calf: lower }],
      morphs: [{ cls: 'pf-fill', from: weight(flat), to: weight(top) }],
    }),
  ]);
}
