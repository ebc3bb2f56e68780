// The plan summary in words: symmetry, norms and the runner-ready target, the retest, and what to do after week 4.
import type {
  Ladder,
  NormComparison,
  NormsSummary,
  PerSide,
  PlanSummary,
  Retest,
  RetestSide,
  Symmetry,
} from '../model/plan-types.ts';
import { setsBy } from './dose-text.ts';
import { heldDose, heldWhy } from './say.ts';
import { GATE_WORK } from './titles.ts';

/** Rule 1's heel-raise steps (testProtocol gives them, with heel-bone pain's flat floor, then the hop test). */
const TEST_PROTOCOL = [
  'Warm up with 10 raises on both legs.',
  'Stand on one leg, knee straight, on flat floor or a 10 degree incline, fingertips on a wall at shoulder height.',
  'Set a metronome to 60 bpm (one beat a second; the test step of your answers has one): up on one beat, down on the next, heel as high as you can.',
  // As the baseline test's guide says it: the plan's pain limit during exercise (rule 8), not the published protocol's
  // (physiotherapist's read: the retest had no pain stop).
  'Stop when the heel no longer lifts, you lose the beat, the knee or trunk bends, or you need more than fingertip support. Stop too if pain turns sharp or goes over 5/10.',
  'Rest 2 minutes, then test the other leg. Repeat with the knee bent.',
];
const FLAT_FLOOR =
  'Stand on one leg, knee straight, on flat floor (no incline board: it lowers the heel), fingertips on a wall at shoulder height.';

const CHECKED = { hop: 'hopping pain', shin: 'shin', strain: 'calf strain', worse: 'calf or Achilles' } as const;

/** The light hop test's step: after hopping pain over 5 or in the shin, or while a calf strain's check is asked for,
 * only once a clinician has checked it (C22, R18, C13, C49; physio reads: a runner told not to run until then was asked to hop here), and
 * over 65 with a support within reach (C25). */
const hopStep = ({ check, support, tendon }: PlanSummary['retest'], held?: true) =>
  `Add the light hop test (20 s on each leg) ${check === 'cleared' ? 'only if the physiotherapist or doctor who cleared you agreed to it, and ' : check ? `only once a doctor or physiotherapist has checked your ${CHECKED[check]} and agreed to it, and ` : ''}${tendon ? 'only once your Achilles hurts under 3/10, and ' : ''}if hopping does not hurt in daily life; stop at once if it hurts over 2/10. ${
    // C49 holds the next block too (C43), with no hops whatever the test shows, unless the clinician who cleared the
    // runner says otherwise, as after week 4 (physiotherapist's reads).
    held
      ? `Whatever it shows, your next block adds no hops${check === 'cleared' ? ' unless the physiotherapist or doctor who cleared you says so' : ''}.`
      : 'The hops in your next block depend on it.'
  }${support ? ' Keep a wall or rail within reach while you hop.' : ''}`;

/** Rule 1's protocol, shown again for the retest; on flat floor only with heel-bone Achilles pain (R17: the incline
 * board lowers the heel below the toes). */
export const testProtocol = ({ retest: r, keepGoing }: Pick<PlanSummary, 'retest' | 'keepGoing'>): string[] => [
  // C49's check: the test works each calf to its limit, which a calf getting worse should not do before it.
  ...(r.waits
    ? [
        'Only once a physiotherapist or doctor has checked your calf and cleared you to train: this test works each calf to its limit.',
      ]
    : []),
  TEST_PROTOCOL[0],
  r.flatFloor ? FLAT_FLOOR : TEST_PROTOCOL[1],
  ...TEST_PROTOCOL.slice(2),
  hopStep(r, keepGoing.held),
];

export function symmetryText(s: Symmetry): string {
  const label = s.knee === 'straight' ? 'Straight knee' : 'Bent knee';
  const verdict = {
    'extra-set': `Under 90%, so the ${s.weakerSide} side goes first and gets one extra set.`,
    'extra-hold':
      'Under 90%, but these raises start on both legs, so they cannot favour one side, and the one extra ' +
      `hold set goes to your weaker side with the knee straight (${s.holdSide}).`,
    'in-straight': `Under 90%, but these raises start on both legs, so they cannot favour one side; your ${s.weakerSide} side's extra set is in its one-leg raises with the knee straight.`,
    within: 'Within 10%: both sides get the same number of sets.',
    equal: '',
  }[s.verdict];
  // Plain words first (phone review: "symmetry" meant nothing to a runner): the weaker side's reps as a share of the
  // stronger side's, named "symmetry" once, in the straight-knee line that always comes first.
  const named = s.knee === 'straight' ? ' (this share is your symmetry)' : '';
  const of =
    s.left === s.right
      ? `the same on both sides (symmetry ${s.percent}%)`
      : s.left < s.right
        ? `left does ${s.percent}% of right's reps${named}`
        : `right does ${s.percent}% of left's reps${named}`;
  const apart = `The sides are ${Math.abs(s.left - s.right)} rep${Math.abs(s.left - s.right) === 1 ? '' : 's'} apart, within the test's own day-to-day variation (about 6)`;
  const noise = !s.withinNoise
    ? ''
    : s.agrees
      ? ` ${apart}, but both knee positions show the ${s.weakerSide} side weaker, so the gap is likely real.`
      : ` ${apart}, so your retest will show whether the gap is real; until then the plan treats it as real.`;
  return `${label}: left ${s.left}, right ${s.right}: ${of}.${verdict ? ` ${verdict}` : ''}${noise}`;
}

const WORD: Record<NormComparison, string> = { below: 'below typical', about: 'about typical', above: 'above typical' };
const people = (sex: 'female' | 'male') => (sex === 'male' ? 'men' : 'women');

function referenceText(r: Exclude<NormsSummary['reference'], { kind: 'young' }>): string {
  switch (r.kind) {
    case 'age-band':
      return r.older
        ? `${people(r.sex)} aged ${r.from}-${r.to}, the oldest age band this plan has figures for (it has none for ${r.older}, so read this comparison loosely)`
        : `${people(r.sex)} aged ${r.from}-${r.to}`;
    case 'sex': {
      // Not "all ages": the study's own age range is not in rules.md, so the text names only what is known.
      const why =
        r.age != null
          ? ` (there is no age band for ${r.age}: the bands start at 20)`
          : ' (give your age for an age band)';
      return `the median for ${people(r.sex)} in the published sample${why}`;
    }
    case 'pooled':
      return `adults of both sexes (give your ${r.missing === 'sex' ? 'sex' : 'age and sex'} for a closer comparison)`;
  }
}

export function normsText(n: NormsSummary): string {
  const t = n.typical;
  if (n.reference.kind === 'young' || !t || !n.comparison)
    return `The published typical counts (norms) are for adults, so at ${n.reference.kind === 'young' ? n.reference.age : 'your age'} your counts are not rated against them: only your left against your right is judged, and each retest shows your own progress. Bent-knee counts have no published typical counts either.`;
  // Pooled norms are for the dominant and non-dominant leg; the stronger side stands in for the dominant one.
  const typical =
    t.left === t.right
      ? `${t.left} rep${t.left === 1 ? '' : 's'}`
      : `${Math.max(t.left, t.right)} reps on the stronger side, ${Math.min(t.left, t.right)} on the weaker`;
  return (
    `Compared with ${referenceText(n.reference)}, typical about ${typical}: ` +
    `left ${n.counts.left} is ${WORD[n.comparison.left]}, right ${n.counts.right} is ${WORD[n.comparison.right]}. ` +
    `Within ${n.noiseReps} reps counts as about typical, because the test itself varies that much from day to day. ` +
    'Bent-knee counts have no published typical counts, so only their symmetry is judged.'
  );
}

/** Only what falls short (physio read: "your weaker side has 18 reps and symmetry is 100%" gave a met condition as a
 * reason). */
function notMetText(t: NormsSummary['target']): string {
  const short = [
    t.weakerReps < t.reps ? `your weaker side has ${t.weakerReps} reps (the target is ${t.reps})` : '',
    t.straightSymmetry < t.symmetry ? `symmetry is ${t.straightSymmetry}% (the target is ${t.symmetry}%)` : '',
  ].filter(Boolean);
  return short.length ? `Not met yet: ${short.join(' and ')}.` : 'Not met yet.';
}

/** What comes first when the counts meet the target: a clinician's check the plan asks for at the top (`asks`; physio
 * read: "Your test meets it" beside "do not run until they have checked it" read as ready to run), else a lower dose C49
 * holds (`held`: the summary's keepGoing.held; cleared by a clinician, physiotherapist's read). */
export function targetText(t: NormsSummary['target'], asks: boolean, held = false): string {
  return (
    `Runner-ready target (a goal to reach, not an average): ${t.reps} or more straight-knee reps on each side with the sides within 10%; many clinics also aim for 30 in a row. ` +
    (t.met
      ? asks || held
        ? `Your counts meet it, but ${asks ? 'the check asked for at the top comes first' : 'your plan holds a lower dose for now'}.`
        : 'Your test meets it.'
      : notMetText(t)) +
    (t.bentSymmetryBelow !== null
      ? ` With the knee bent your sides are at ${t.bentSymmetryBelow}%, which still keeps hops waiting.`
      : '')
  );
}

export const RETEST_TEXT =
  'Retest the day after week 4, doing the test the same way. A change of less than about 6 reps can come from the test itself, so judge progress over several retests.';

const WAITS = {
  clinician: 'until a physiotherapist or doctor has checked your calf',
  hop: 'for a retest with hopping pain at 2/10 or less',
  retest: 'for a retest that shows your calf back',
  pain: 'for a retest with your pain back to 3/10 or less',
} as const;

/** Rule 19 (Bohm 2015): bigger tendon changes show from about 12 weeks of training. */
const BIGGER_FROM_WEEKS = 12;
/** Rule 19's first sentence, as far as the runner is (physiotherapist's read: "Four weeks are too short" and "from about
 * 12 weeks" still printed in week 24). */
const longRun = (k: PlanSummary['keepGoing']) =>
  k.weeksByEnd < BIGGER_FROM_WEEKS
    ? 'Four weeks are too short to change a tendon much: keep training after week 4 and retest.'
    : `By the end of week 4 you will have trained for ${k.weeksByEnd} weeks, ${k.weeksByEnd === BIGGER_FROM_WEEKS ? 'about when bigger tendon changes start to show' : 'past the 12 from which bigger tendon changes show'}: keep training and retest every four weeks.`;

/** Rule 19's paragraph after week 4 as short parts, the first the general advice, then one per ladder and what waits
 * (phone review: one 14-line paragraph on a phone); keepGoingText joins them for plain text. */
export function keepGoingParts(k: PlanSummary['keepGoing']): string[] {
  // C49 (review: a held plan still promised hops after week 4 and the ladder's next rung).
  if (k.held)
    return [
      // While C49's stop has the sessions wait, no "keep training after week 4", nor a dose held "for now"
      // (physiotherapist's reads).
      `${k.stop === 'waits' ? 'Your calf sessions wait for a check (see the note at the top), and your next block will hold a lower dose' : `${longRun(k)} Your plan holds its dose for now, and your next block will hold it too`}: nothing new, no hops and no heavier step ${k.stop === 'cleared' ? 'except as the physiotherapist or doctor who cleared you advises, and only while your mornings stay back to usual' : 'until a physiotherapist or doctor has checked your calf and your mornings are back to usual'}.`,
    ];
  const names = k.unreached.map((g) => GATE_WORK[g]);
  const unreached = k.waits
    ? `This block holds its dose (see the note at the top), so the next step and anything new wait ${WAITS[k.waits]}.`
    : names.length === 0
      ? ''
      : `Your test already allows ${names.join(' and ')}, which these four weeks did not get to: the weeks after your retest bring them in, one change at a time.`;
  return [
    `${longRun(k)}${k.weeksByEnd < BIGGER_FROM_WEEKS ? ' Bigger tendon changes show from about 12 weeks.' : ''} Keep changing one thing at a time.`,
    ...ladderParts(k),
    unreached,
  ].filter(Boolean);
}

export const keepGoingText = (k: PlanSummary['keepGoing']): string => keepGoingParts(k).join(' ');

const rungText = (r: { reps: number; sets: number }) => setsBy(r.sets, r.reps);
/** A rung as this runner does it: "4 × 12 on your weaker side, 3 × 12 on the other" (rule 5, C37). */
const rungDone = (r: Ladder['rungs'][number]) =>
  r.bySide.weaker === r.bySide.stronger
    ? setsBy(r.bySide.weaker, r.reps)
    : `${setsBy(r.bySide.weaker, r.reps)} on your weaker side, ${setsBy(r.bySide.stronger, r.reps)} on the other`;
/** The drill that climbs, and whose steps it follows after its rungs (rule 11's ladder, or the plantar heel pain
 * trial's, C38). */
const LADDER_NAME = {
  'heel-raise': 'high-load heel raise',
  raise: 'standing raise',
  drop: 'heel drop',
  seated: 'seated raise',
};
const HSR_ALONE = 'Heavy slow resistance means slow raises, with the weight rising as the reps per set come down.';
const TRIAL = ' These are the steps of the plantar heel pain trial.';
const HSR = 'This is called heavy slow resistance: slow raises, with the weight rising as the reps per set come down.';

/** #14: only what this plan's own ladders will do after week 4 (C34, C38, C41), or how a ladder would start. Plain
 * words (phone review: "rung", "block" and "2-10%" of nothing said were the hardest text on the page). */
function ladderParts(k: PlanSummary['keepGoing']): string[] {
  if (k.young)
    return [
      'Under 16 your plan adds no weight: keep building reps and control, with an adult who knows the technique.',
    ];
  // Phone review: "heavy slow resistance" is explained where the plan first says it (every ladder but the heel raise's
  // is one, and so is the standing raises' later one), not at the end of the paragraph.
  const firstHsr = k.ladders.findIndex((l) => l.drill !== 'heel-raise');
  const ladders = k.ladders.map((l, j) => {
    const i = l.rungs.findIndex((r) => r.reps === l.at);
    const top = i === l.rungs.length - 1;
    // Physiotherapist's read: "You are at 4 × 10" above sessions that, capped, did 4 × 8.
    const now = l.held
      ? `${heldDose(l.held)} with a weight you could lift ${l.reserve ? `about ${l.at + l.reserve.min}-${l.at + l.reserve.max}` : l.at} times (${heldWhy(l.held, l.reserve ? l.at + l.reserve.min : l.at, !!k.waits)})`
      : rungDone(l.rungs[i]);
    // Short sentences (phone check: one 89-word sentence with three colons on a phone).
    const rest = top
      ? `You have reached its last step, ${now}: it stays there, with the heaviest weight you can lift ${l.at} times.`
      : l.waits
        ? `You are at ${now}, and ${rungText(l.rungs[i + 1])} waits until your sides are within 10% (with the weaker side's extra set it would be ${l.rungs[i + 1].sets + 1} sets).`
        : k.waits
          ? // A held block: what waits is said next (phone review: "after your retest, one week moves you one step"
            // beside "the next step waits" read as two plans).
            `You are at ${now}.`
          : // A step is one week's one change (C41), after other changes and a weight still short of its full load
            // (C33), so it can wait four weeks (four-weeks review: block 2 kept 3 × 15 under "each block moves one rung").
            `You are at ${now}. After your retest, one week of your next four moves you one step, to ${rungDone(l.rungs[i + 1])}${l.held ? ` with a weight you could lift about ${l.rungs[i + 1].reps} times` : ''}, with no other change that week; if other changes come first, it comes in the four weeks after.`;
    const whose =
      l.drill === 'heel-raise' ? TRIAL : j === firstHsr ? ` ${HSR}` : ' These are heavy slow resistance steps too.';
    return `Your ${LADDER_NAME[l.drop ? 'drop' : l.drill]} gets heavier in steps: ${l.rungs.map(rungText).join(', ')}, each with the heaviest weight you can lift that many times.${whose} ${rest}`;
  });
  const standing = k.standingLater
    ? 'Your standing raises and drops get 2-10% of your body weight heavier (in a backpack, say) when you can do 1-2 more reps than each set asks, never more than once a week, and move onto heavy slow resistance steps once you manage 30 raises on each leg at two tests in a row (30 is a common clinic goal; two tests in a row is a Pushoff convention).'
    : '';
  const hsr = firstHsr < 0 && k.standingLater ? ` ${HSR_ALONE}` : '';
  if (ladders.length) return [...ladders, standing + hsr].filter(Boolean);
  // Physiotherapist's read: a block held for a clinician's check (C22's kit set aside) told a runner who has weights
  // "once you have weights"; what waits for the check is said next.
  return k.hasLoad || k.waits === 'clinician'
    ? [standing + hsr].filter(Boolean)
    : [
        `Once you have weights (a loaded backpack works) or a calf machine, a loaded seated raise joins at ${setsBy(3, 15)} and gets heavier in steps: ${[setsBy(3, 15), setsBy(3, 12), setsBy(4, 10), setsBy(4, 8), setsBy(4, 6)].join(', ')}, one step every four weeks at most. ${HSR}`,
      ];
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const oneSide = (side: 'left' | 'right', s: RetestSide) =>
  `${side} ${s.before} to ${s.after} (${signed(s.change)}${s.beyondNoise ? '' : ', within the test’s noise'})`;

/** Rule 4: the retest against the test before it, in one sentence per knee position. */
export function retestText(r: Retest): string[] {
  const line = (what: string, k: PerSide<RetestSide>) =>
    `${what}: ${oneSide('left', k.left)}, ${oneSide('right', k.right)}.`;
  return [
    line('Straight-knee raises', r.straightKnee),
    ...(r.bentKnee ? [line('Bent-knee raises', r.bentKnee)] : []),
    `A change of less than about ${r.noiseReps} raises can come from the test itself, so trust the trend over several retests.${r.bentKnee ? ' That figure was measured for the straight-knee test; reading bent-knee counts the same way is a Pushoff convention.' : ''}`,
  ];
}
