// The one leg every drill figure is drawn with: a side-view outline (hip to toes, facing right) built from joint
// angles, so proportions stay true in every pose and two poses of one leg share the same path commands (SMIL can
// morph between them). Lengths are in shin lengths (knee centre to ankle centre = 1) and follow adult
// anthropometry (Drillis & Contini, Winter): thigh about 1 shin, foot about 0.6 shin (15% of height), ankle
// about 0.16 shin above the sole, calf deepest about two thirds of the way up the shin.

export type Pt = [number, number];

export interface Pose {
  /** Shin angle from vertical in degrees, positive when the knee is ahead of the ankle. */
  shin: number;
  /** Thigh angle from vertical in degrees, positive when the knee is ahead of the hip. Knee bend = shin + thigh. */
  thigh: number;
  /** Rear-foot angle to the horizontal in degrees, positive when the heel is higher than the ball. */
  foot: number;
  /** Toe angle to the horizontal in degrees, positive when the tip is lower than the ball (default: flat on the
   * floor under a raised heel, in line with a foot whose heel is lower than its ball). */
  toes?: number;
  /** Short foot, 0 to 1: the arch domes up and the ball draws a little towards the heel, toes long and flat. */
  dome?: number;
}

export interface Place {
  /** Shin length in px (80 fills a 200 px high frame with a standing leg). */
  scale: number;
  /** Put the sole under the ball of the foot here: standing poses, hops, a step's edge. */
  ball?: Pt;
  /** Or put the hip here: seated and lying poses. */
  hip?: Pt;
  /** Thigh length drawn, in shins (1 = to the hip joint; more runs the outline off the frame). */
  thighDrawn?: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const rot = ([x, y]: Pt, deg: number): Pt => {
  // Screen coordinates (y down): a positive angle turns clockwise on screen, which lifts a heel that points left.
  const c = Math.cos(rad(deg));
  const s = Math.sin(rad(deg));
  return [x * c - y * s, x * s + y * c];
};
const add = (a: Pt, b: Pt): Pt => [a[0] + b[0], a[1] + b[1]];
const mul = (a: Pt, k: number): Pt => [a[0] * k, a[1] * k];

// Rear foot around the ankle centre (origin), sole flat: heel, arch, ball; ankle front and instep on top.
const HEEL_TOP: Pt = [-0.13, 0.02];
const HEEL_BACK: Pt = [-0.16, 0.11];
const HEEL_SOLE: Pt = [-0.1, 0.16];
const ARCH: Pt = [0.1, 0.145];
const BALL_SOLE: Pt = [0.3, 0.16];
const BALL_JOINT: Pt = [0.3, 0.12];
const BALL_TOP: Pt = [0.27, 0.075];
const INSTEP: Pt = [0.13, 0.015];
const ANKLE_FRONT: Pt = [0.06, -0.05];
// Toes around the ball joint: tip underside and top.
const TOE_SOLE: Pt = [0.17, 0.035];
const TOE_TIP: Pt = [0.18, 0.0];
const TOE_TOP: Pt = [0.13, -0.025];

// Shin profile from ankle (t = 0) to knee (t = 1): offsets in front of (tibia) and behind (calf) its axis.
const SHIN_T = [0.15, 0.35, 0.55, 0.7, 0.85];
const SHIN_FRONT = [0.055, 0.06, 0.065, 0.07, 0.08];
const SHIN_BACK = [0.085, 0.11, 0.15, 0.165, 0.14];
// Thigh profile from knee (t = 0) to hip (t = 1).
const THIGH_T = [0.2, 0.5, 0.8, 1.0];
const THIGH_FRONT = [0.1, 0.12, 0.14, 0.15];
const THIGH_BACK = [0.11, 0.15, 0.17, 0.18];

export interface Leg {
  outline: Pt[];
  ankle: Pt;
  knee: Pt;
  hip: Pt;
  /** The sole under the ball of the foot (where a band loops, where a raise stands). */
  ballSole: Pt;
  /** A calf segment's patch (t from ankle to knee), for the pf-work highlight. */
  calf: (from: number, to: number) => Pt[];
  /** Patches inside the foot: the top (front of the ankle to the ball) and the sole's arch muscles. */
  dorsum: Pt[];
  arch: Pt[];
}

/** The leg outline in px for a pose and placement. */
export function leg(pose: Pose, place: Place): Leg {
  const s = place.scale;
  // The short foot: the arch and instep rise, the forefoot slides back a little (the toes follow it).
  const dome = pose.dome ?? 0;
  const domed = (p: Pt, lift: number, back = 0): Pt => [p[0] - back * dome, p[1] - lift * dome];
  const f = (p: Pt) => {
    if (p === ARCH) return rot(domed(p, 0.035, 0.01), pose.foot);
    if (p === INSTEP) return rot(domed(p, 0.012, 0.006), pose.foot);
    if (p === BALL_SOLE || p === BALL_JOINT || p === BALL_TOP) return rot(domed(p, 0, 0.012), pose.foot);
    return rot(p, pose.foot);
  };
  const ballJoint = f(BALL_JOINT);
  const toe = (p: Pt) => add(ballJoint, rot(p, pose.toes ?? Math.min(0, pose.foot)));
  const shinDir: Pt = [Math.sin(rad(pose.shin)), -Math.cos(rad(pose.shin))];
  const shinFront: Pt = [-shinDir[1], shinDir[0]];
  const knee = shinDir;
  const thighDir: Pt = [-Math.sin(rad(pose.thigh)), -Math.cos(rad(pose.thigh))];
  const thighFront: Pt = [-thighDir[1], thighDir[0]];
  const hip = add(knee, thighDir);
  const kneeFront = mul(add(shinFront, thighFront), 0.5);
  const kneeLen = Math.hypot(...kneeFront);
  const kneeN = mul(kneeFront, 1 / kneeLen);
  const bend = pose.shin + pose.thigh;
  const onShin = (t: number, off: number) => add(mul(shinDir, t), mul(shinFront, off));
  const onThigh = (t: number, off: number) => add(add(knee, mul(thighDir, t)), mul(thighFront, off));
  const drawn = place.thighDrawn ?? 1;
  const thighTs = THIGH_T.map((t) => t * drawn);

  const front: Pt[] = [
    ...thighTs.map((t, i) => onThigh(t, THIGH_FRONT[i])).reverse(),
    add(knee, mul(kneeN, 0.1)),
    ...SHIN_T.map((t, i) => onShin(t, SHIN_FRONT[i])).reverse(),
    f(ANKLE_FRONT),
    f(INSTEP),
    f(BALL_TOP),
    toe(TOE_TOP),
    toe(TOE_TIP),
    toe(TOE_SOLE),
    f(BALL_SOLE),
    f(ARCH),
    f(HEEL_SOLE),
    f(HEEL_BACK),
    f(HEEL_TOP),
  ];
  // Behind a bent knee the calf meets the hamstrings in a crease: drop the profile points that would cross.
  const shinBack = SHIN_T.map((t, i) => onShin(t, -SHIN_BACK[i]));
  const crease = add(knee, mul(kneeN, -(0.09 + Math.max(0, bend - 30) / 600)));
  const thighBack = thighTs.map((t, i) => onThigh(t, -THIGH_BACK[i]));
  const outline = [...front, ...shinBack, crease, ...thighBack];

  // Placement: scale, then move the chosen anchor where it belongs.
  const scaled = (p: Pt) => mul(p, s);
  let offset: Pt = [0, 0];
  if (place.ball) {
    const sole = f(BALL_SOLE);
    offset = [place.ball[0] - sole[0] * s, place.ball[1] - sole[1] * s];
  } else if (place.hip) {
    offset = [place.hip[0] - hip[0] * s, place.hip[1] - hip[1] * s];
  }
  const px = (p: Pt) => add(scaled(p), offset);
  return {
    outline: outline.map(px),
    ankle: px([0, 0]),
    knee: px(knee),
    hip: px(hip),
    ballSole: px(f(BALL_SOLE)),
    dorsum: [
      f(ANKLE_FRONT),
      f(INSTEP),
      f(BALL_TOP),
      add(f(BALL_TOP), rot([-0.02, 0.03], pose.foot)),
      add(f(INSTEP), rot([-0.01, 0.035], pose.foot)),
      add(f(ANKLE_FRONT), rot([-0.03, 0.03], pose.foot)),
    ].map(px),
    arch: [
      add(f(HEEL_SOLE), rot([0.03, -0.015], pose.foot)),
      add(f(ARCH), rot([0, -0.012], pose.foot)),
      add(f(BALL_SOLE), rot([-0.03, -0.015], pose.foot)),
      add(f(BALL_SOLE), rot([-0.05, -0.045], pose.foot)),
      add(f(ARCH), rot([0, -0.04], pose.foot)),
      add(f(HEEL_SOLE), rot([0.05, -0.045], pose.foot)),
    ].map(px),
    calf: (from, to) => {
      const ts = [from, (2 * from + to) / 3, (from + 2 * to) / 3, to];
      const back = (t: number) => {
        // Interpolate the calf profile, stay just inside the outline.
        let i = 0;
        while (i < SHIN_T.length - 2 && t > SHIN_T[i + 1]) i++;
        const k = Math.min(1, Math.max(0, (t - SHIN_T[i]) / (SHIN_T[i + 1] - SHIN_T[i])));
        return SHIN_BACK[i] + k * (SHIN_BACK[i + 1] - SHIN_BACK[i]) - 0.025;
      };
      const outer = ts.map((t) => onShin(t, -back(t)));
      const inner = [...ts].reverse().map((t) => onShin(t, -Math.max(0.01, back(t) - 0.1)));
      return [...outer, ...inner].map(px);
    },
  };
}

const n = (v: number) => String(Math.round(v * 10) / 10);
const pt = (p: Pt) => `${n(p[0])} ${n(p[1])}`;

/** A smooth path through points (Catmull-Rom as cubic Béziers): same commands for any pose of one leg. */
export function smooth(points: Pt[], closed = false): string {
  const p = closed ? [points.at(-1)!, ...points, points[0], points[1]] : [points[0], ...points, points.at(-1)!];
  let d = `M${pt(p[1])}`;
  for (let i = 1; i < p.length - 2; i++) {
    const c1 = add(p[i], mul(add(p[i + 1], mul(p[i - 1], -1)), 1 / 6));
    const c2 = add(p[i + 1], mul(add(p[i + 2], mul(p[i], -1)), -1 / 6));
    d += `C${pt(c1)} ${pt(c2)} ${pt(p[i + 1])}`;
  }
  return closed ? `${d}Z` : d;
}
