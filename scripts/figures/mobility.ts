// Mobility, activation and foot work, drawn with the same leg: none of these is about tempo or landing, so they
// stay still, ghost for the start and line for the end position.
import { type Leg, leg, type Pose, smooth } from './leg.ts';
import { arrow, drawLeg, frame, GROUND, ground, path } from './svg.ts';

/** Knee-to-wall: the foot stays flat, the shin tips about 40 degrees forward until the knee touches the wall. */
export function kneeToWall(title: string): string {
  const S = 80;
  const at = (p: Pose) => leg(p, { scale: S, ball: [190, GROUND], thighDrawn: 1.3 });
  const upright = at({ shin: 0, thigh: 5, foot: 0 });
  const forward = at({ shin: 40, thigh: 8, foot: 0 });
  // The wall stands where the knee's front reaches: the toes end up about a quarter of a shin (10 cm) from it.
  const wallX = Math.round(Math.max(...forward.outline.slice(0, 8).map((p) => p[0])) + 1);
  return frame('knee-to-wall', title, [
    ground(),
    path('pf-ground', `M${wallX} ${GROUND} V10`),
    drawLeg('pf-ghost', upright),
    drawLeg('pf-line', forward, [0.15, 0.55]),
    arrow(
      'knee-to-wall',
      `M${Math.round(upright.knee[0] + 14)} ${Math.round(upright.knee[1] - 8)} Q${Math.round((upright.knee[0] + forward.knee[0]) / 2 + 12)} ${Math.round(upright.knee[1] - 20)} ${wallX - 10} ${Math.round(forward.knee[1] - 2)}`,
    ),
  ]);
}

const lowest = (l: Leg) => Math.max(...l.outline.map((p) => p[1]));

/** Plantarflexion mobility: seated, the foot off the floor points from a right angle to about 45 degrees. */
export function plantarflexion(title: string): string {
  const S = 80;
  const startPose: Pose = { shin: 8, thigh: 90, foot: 8, toes: 8 };
  const pointedPose: Pose = { shin: 8, thigh: 90, foot: 55, toes: 62 };
  // The seat is as high as keeps the pointed toes just off the floor.
  const trial = leg(pointedPose, { scale: S, hip: [40, 0], thighDrawn: 1.6 });
  const hip: [number, number] = [40, Math.round(GROUND - 4 - lowest(trial))];
  const at = (p: Pose) => leg(p, { scale: S, hip, thighDrawn: 1.6 });
  const start = at(startPose);
  const pointed = at(pointedPose);
  const seat = Math.round(hip[1] + 0.18 * S);
  return frame('plantarflexion-mobility', title, [
    ground(),
    path('pf-ground', `M0 ${seat} H${Math.round(start.knee[0] - 34)} M16 ${seat} V${GROUND}`),
    drawLeg('pf-ghost', start),
    drawLeg('pf-line', pointed),
    path('pf-work', smooth(pointed.dorsum, true)),
    arrow(
      'plantarflexion-mobility',
      `M${Math.round(start.ballSole[0] + 26)} ${Math.round(start.ballSole[1] - 10)} Q${Math.round(start.ballSole[0] + 34)} ${Math.round(pointed.ballSole[1] + 14)} ${Math.round(pointed.ballSole[0] + 18)} ${Math.round(pointed.ballSole[1] + 16)}`,
    ),
  ]);
}

/** Sitting on the floor, leg straight, toes up, the hip off the frame on the left; `rest` puts its lowest point
 * (near x, when given) at that height. */
const outstretched = (S: number, hipX: number, foot: number, rest: number, nearX?: number) => {
  const at = (y: number) =>
    leg({ shin: -90, thigh: 90, foot, toes: foot }, { scale: S, hip: [hipX, y], thighDrawn: 1.8 });
  const trial = at(0);
  const near = trial.outline.filter((p) => nearX === undefined || Math.abs(p[0] - nearX) < 24);
  return at(rest - Math.max(...near.map((p) => p[1])));
};

/** Calf squeeze: the ball of the foot presses into a wall; the foot barely moves, the calf firms. */
export function calfSqueeze(title: string): string {
  const S = 92;
  const relaxed = outstretched(S, 60, -96, GROUND - 1);
  const pressing = outstretched(S, 60, -88, GROUND - 1);
  const wallX = Math.round(pressing.ballSole[0] + 1);
  return frame('calf-squeeze', title, [
    ground(),
    path('pf-ground', `M${wallX} ${GROUND} V20`),
    drawLeg('pf-ghost', relaxed),
    drawLeg('pf-line', pressing, [0.35, 0.85]),
    arrow('calf-squeeze', `M${wallX - 56} ${Math.round(pressing.ballSole[1] - 40)} H${wallX - 14}`),
  ]);
}

/** Soft-tissue prep: the calf on a foam roller that travels between just above the ankle and just below the knee. */
export function softTissue(title: string): string {
  const S = 88;
  const r = 16;
  // Roller just above the ankle (drawn) and just below the knee (dashed, where it travels to).
  const flat = outstretched(S, 40, -92, 0);
  const nearAnkle = flat.ankle[0] - 0.25 * S;
  const nearKnee = flat.knee[0] + 0.25 * S;
  const l = outstretched(S, 40, -92, GROUND - 2 * r, nearAnkle);
  const roller = (cls: string, x: number) =>
    `<circle class="${cls}" cx="${Math.round(x)}" cy="${GROUND - r}" r="${r}"/>`;
  return frame('soft-tissue-prep', title, [
    ground(),
    roller('pf-ground', nearAnkle),
    roller('pf-ghost', nearKnee),
    drawLeg('pf-line', l, [0.2, 0.85]),
    arrow('soft-tissue-prep', `M${Math.round(nearKnee + 4)} ${GROUND + 8} H${Math.round(nearAnkle - 4)}`, true),
  ]);
}

/** Intrinsic foot (short foot): a close-up of the foot; the arch domes up while the toes stay long and flat. */
export function intrinsicFoot(title: string): string {
  const S = 260;
  // Anchored at the ball; the domed foot's ball slides back 0.012 shin, so the shin stays where it was.
  const at = (dome: number) =>
    leg({ shin: 0, thigh: 0, foot: 0, toes: 0, dome }, { scale: S, ball: [196 - 0.012 * S * dome, GROUND - 24] });
  const relaxed = at(0);
  const domed = at(1);
  return frame('intrinsic-foot', title, [
    path('pf-ground', `M15 ${GROUND - 24} H305`),
    drawLeg('pf-ghost', relaxed),
    drawLeg('pf-line', domed),
    path('pf-work', smooth(domed.arch, true)),
    arrow(
      'intrinsic-foot',
      `M${Math.round(domed.ballSole[0] + 4)} ${GROUND - 6} H${Math.round(domed.ballSole[0] - 60)}`,
    ),
    arrow('intrinsic-foot', `M${Math.round(domed.ankle[0] + 10)} ${GROUND - 20} V${GROUND - 44}`),
  ]);
}
