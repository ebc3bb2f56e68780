// Per-user gates: plyometrics (rule 13), single-leg hops (rules 13, 5, 15) and running integration
// (rule 15). A gate depends on the runner's own numbers, never on the week number.
import type { Baseline } from '../model/baseline.ts';
import type { Gate } from '../model/plan-types.ts';
import { SYMMETRY_THRESHOLD, symmetryPercent } from './norms.ts';

/** Rule 13: reps each side and maximum hopping pain (0-10). */
export const HOP_GATE = { reps: 25, maxHopPain: 2 } as const;
/** Rule 15: pain-free hops and hop-count symmetry (%). */
export const RUN_GATE = { hops: 10, hopSymmetry: 90 } as const;

type Condition = Gate['conditions'][number];

/** Rule 15's hop check: at least 10 hops on each leg (the test counts hops in 20 s), with no pain. */
const painFreeHops = (hop: NonNullable<Baseline['hopTest']>) =>
  hop.pain === 0 && Math.min(hop.left, hop.right) >= RUN_GATE.hops;

function gate(
  id: Gate['id'],
  title: string,
  conditions: Condition[],
  toOpen: string[],
  ruleIds: Gate['ruleIds'],
): Gate {
  const open = conditions.every((c) => c.met !== false);
  return {
    id,
    title,
    status: open ? 'open' : 'locked',
    usedFromWeek: null,
    conditions,
    toOpen: open ? [] : toOpen,
    ruleIds,
  };
}

/** Rules 5 and 13 ask for 90% symmetry and name no knee position, so a tested bent knee counts too (C18). */
function heelRaiseSymmetry(b: Baseline): { percent: number; now: string; both: boolean } {
  const straight = symmetryPercent(b.straightKnee.left, b.straightKnee.right);
  if (!b.bentKnee) return { percent: straight, now: `${straight}%`, both: false };
  const bent = symmetryPercent(b.bentKnee.left, b.bentKnee.right);
  return { percent: Math.min(straight, bent), now: `straight knee ${straight}%, bent knee ${bent}%`, both: true };
}

export function plyometricGate(b: Baseline): Gate {
  const sk = b.straightKnee;
  const sym = heelRaiseSymmetry(b);
  const low = Math.min(sk.left, sk.right);
  const hop = b.hopTest ?? null;
  const toOpen: string[] = [];
  if (low < HOP_GATE.reps)
    toOpen.push(`Reach ${HOP_GATE.reps} straight-knee raises on each side (weaker side now ${low}).`);
  if (sym.percent < SYMMETRY_THRESHOLD)
    toOpen.push(
      `Bring left-right symmetry to 90% or more${sym.both ? ' with the knee straight and bent' : ''} (now ${sym.now}).`,
    );
  if (!hop) toOpen.push('Do the light hop test at your retest: hopping pain must be 2/10 or less.');
  else if (hop.pain > HOP_GATE.maxHopPain) toOpen.push(`Hopping pain must be 2/10 or less (it was ${hop.pain}/10).`);
  toOpen.push('Retest after week 4: the gate opens once every condition above holds at a retest.');
  return gate(
    'plyometrics',
    'Hops (plyometrics)',
    [
      {
        text: `${HOP_GATE.reps} or more straight-knee raises on each side`,
        met: low >= HOP_GATE.reps,
        ruleIds: ['R13'],
      },
      {
        text: `Left-right symmetry 90% or more${sym.both ? ', knee straight and bent' : ''}`,
        met: sym.percent >= SYMMETRY_THRESHOLD,
        ruleIds: sym.both ? ['R13', 'R5', 'C18'] : ['R13', 'R5'],
      },
      {
        text: hop
          ? 'Pain while hopping 2/10 or less'
          : 'Pain while hopping 2/10 or less (hop test not done, so not known)',
        met: hop !== null && hop.pain <= HOP_GATE.maxHopPain,
        ruleIds: hop ? ['R13'] : ['R13', 'C14'],
      },
    ],
    toOpen,
    hop ? ['R13'] : ['R13', 'C14'],
  );
}

export function singleLegHopGate(b: Baseline, plyo: Gate): Gate {
  const hop = b.hopTest ?? null;
  const hopSym = hop ? symmetryPercent(hop.left, hop.right) : 0;
  const sym = heelRaiseSymmetry(b);
  const toOpen: string[] = [];
  if (plyo.status === 'locked')
    toOpen.push('Open the hop gate first: double-leg hops always come before single-leg hops.');
  if (sym.percent < SYMMETRY_THRESHOLD)
    toOpen.push(
      `Bring heel-raise symmetry to 90% or more${sym.both ? ' with the knee straight and bent' : ''} (now ${sym.now}).`,
    );
  if (!hop) toOpen.push('Do the light hop test so your single-leg hop counts can be compared.');
  else if (hopSym < RUN_GATE.hopSymmetry)
    toOpen.push(`Bring your single-leg hop counts within 10% of each other (now ${hopSym}%).`);
  if (hop && !painFreeHops(hop))
    toOpen.push(
      `Manage ${RUN_GATE.hops}-15 hops on each leg with no pain (it was ${hop.left} and ${hop.right} hops, pain ${hop.pain}/10).`,
    );
  return gate(
    'single-leg-hops',
    'Single-leg hops',
    [
      {
        text: 'Hop gate open (single-leg hops then follow a week of double-leg hops)',
        met: plyo.status === 'open',
        ruleIds: ['R13'],
      },
      {
        text: `Heel-raise symmetry 90% or more${sym.both ? ', knee straight and bent' : ''}`,
        met: sym.percent >= SYMMETRY_THRESHOLD,
        ruleIds: sym.both ? ['R5', 'C18'] : ['R5'],
      },
      {
        text: 'Single-leg hop counts within 10% of each other',
        met: hop !== null && hopSym >= RUN_GATE.hopSymmetry,
        ruleIds: hop ? ['R15'] : ['R15', 'C14'],
      },
      {
        text: `${RUN_GATE.hops}-15 hops on each leg without pain`,
        met: hop !== null && painFreeHops(hop),
        ruleIds: hop ? ['C17', 'R15'] : ['C17', 'C14'],
      },
    ],
    toOpen,
    ['R13', 'R5', 'R15', 'C17'],
  );
}

/** Rule 15 applies after a calf problem, read as calf or Achilles pain now, or pain while hopping (C15). */
export function runningGate(b: Baseline): Gate {
  const hopPain = (b.hopTest?.pain ?? 0) > 0;
  const calfProblem =
    hopPain || b.painLocations.some((p) => p === 'calf' || p === 'achilles-midportion' || p === 'achilles-insertion');
  const title = 'Running integration (strides)';
  if (!calfProblem) {
    return gate(
      'running-integration',
      title,
      [
        {
          text: b.hopTest ? 'No calf or Achilles pain now and no pain while hopping' : 'No calf or Achilles pain now',
          met: true,
          ruleIds: ['R15', 'C15'],
        },
      ],
      [],
      ['R15', 'C15'],
    );
  }
  const hop = b.hopTest ?? null;
  const hopSym = hop ? symmetryPercent(hop.left, hop.right) : 0;
  const painFree = hop !== null && painFreeHops(hop);
  const toOpen: string[] = [];
  if (!painFree) toOpen.push(`Manage ${RUN_GATE.hops}-15 hops on each leg with no pain (light hop test).`);
  if (!(hop !== null && hopSym >= RUN_GATE.hopSymmetry))
    toOpen.push('Get your single-leg hop counts within 10% of each other.');
  toOpen.push('Walk for 30 minutes without pain before you add strides.');
  return gate(
    'running-integration',
    title,
    [
      {
        text: '30 minutes of pain-free walking (confirm this yourself before strides)',
        met: null,
        ruleIds: ['R15', 'C15'],
      },
      { text: `${RUN_GATE.hops}-15 hops on each leg without pain`, met: painFree, ruleIds: ['R15'] },
      {
        text: 'Single-leg hop counts within 10% of each other',
        met: hop !== null && hopSym >= RUN_GATE.hopSymmetry,
        ruleIds: ['R15'],
      },
    ],
    toOpen,
    ['R15', 'C15'],
  );
}
