// The plan summary: symmetry, norms and target, gates, retest, "keep going", load-index definition and
// flags (clinician check, injuries, kit). Every item names its rules.

import { compareWithNorms, symmetry } from '../assess/norms.ts';
import type { Profile } from '../assess/profile.ts';
import type { Baseline } from '../model/baseline.ts';
import type { DrillId } from '../model/drill-catalog.ts';
import type { Flag, Gate, PlanSummary } from '../model/plan-types.ts';
import { extraHoldSide } from './dosing.ts';
import { addDays } from './schedule.ts';
import { crampAdvice } from './session.ts';

/** Rule 1 protocol, shown again for the retest. */
export const TEST_PROTOCOL = [
  'Warm up with 10 raises on both legs.',
  'Stand on one leg, knee straight, on flat floor or a 10 degree incline, fingertips on a wall at shoulder height.',
  'Set a metronome to 60 bpm: up on one beat, down on the next, heel as high as you can.',
  'Stop when the heel no longer lifts, you lose the beat, the knee or trunk bends, or you need more than fingertip support.',
  'Rest 2 minutes, then test the other leg. Repeat with the knee bent, and add the light hop test if you can.',
];

function flags(b: Baseline, p: Profile): Flag[] {
  const out: Flag[] = [];
  const asym = p.straight.symmetry < 90 || (p.bentTested && p.bent.symmetry < 90);
  const h = b.history;
  if (asym && (h.calfStrain !== 'none' || h.achillesTendinopathy)) {
    const what =
      h.calfStrain === 'both'
        ? 'calf strains on both sides'
        : h.calfStrain !== 'none'
          ? `a ${h.calfStrain} calf strain`
          : 'Achilles tendinopathy';
    out.push({
      injury: h.calfStrain !== 'none' ? 'calf-strain' : 'achilles-midportion',
      ruleIds: ['C13', 'R5'],
      text: `Your sides differ by more than 10% and you have had ${what}. A physiotherapist or doctor can check whether the old injury has fully recovered.`,
    });
  }
  if (p.insertional) {
    out.push({
      injury: 'achilles-insertional',
      ruleIds: ['R17'],
      text: 'Pain where the Achilles meets the heel bone: all raises stay at floor level, with no drops off a step and no stretching into dorsiflexion.',
    });
  }
  if (p.tendonPainNow) {
    out.push({
      injury: b.painLocations.includes('achilles-insertion') ? 'achilles-insertional' : 'achilles-midportion',
      ruleIds: ['R12', 'R7'],
      text: `Your tendon hurts ${b.painNow}/10 now. The holds give it a load it can usually tolerate; they are not promised to relieve the pain.`,
    });
  } else if (b.painNow >= 4) {
    out.push({
      injury: null,
      ruleIds: ['R7'],
      text: `Pain ${b.painNow}/10 now is acceptable for loading; over 5 would mean no loading that day.`,
    });
  }
  if (p.tendon) {
    out.push({
      injury: b.painLocations.includes('achilles-insertion')
        ? 'achilles-insertional'
        : h.plantarHeelPain || b.painLocations.includes('plantar-heel')
          ? 'plantar-heel-pain'
          : 'achilles-midportion',
      ruleIds: ['R7', 'R8'],
      text: 'Pain monitoring: pain during sessions at most 5/10, back to your usual level by the next morning, and not rising week to week.',
    });
  }
  if (h.shinPain || b.painLocations.includes('shin')) {
    out.push({
      injury: 'shin-pain',
      ruleIds: ['R18', 'R15'],
      text: 'Shin pain spread along the inner shin over 5 cm or more fits shin splints: keep running increases to 20% a week at most. Tenderness at one spot (about 2-3 cm) or pain at one point when hopping is different: see a clinician.',
    });
  }
  if (h.plantarHeelPain || b.painLocations.includes('plantar-heel')) {
    out.push({
      injury: 'plantar-heel-pain',
      ruleIds: ['R18'],
      text: 'If heel pain comes at night or at rest, hurts when the heel is squeezed from the sides, or brings numbness or tingling, stop and see a clinician.',
    });
  }
  if (p.cramps) {
    out.push({ injury: 'cramping', ...crampAdvice(p) });
  }
  if (p.straight.stance === 'double' || p.bent.stance === 'double') {
    out.push({
      injury: null,
      ruleIds: ['C3'],
      text: `Your weaker leg managed fewer than 15 raises in at least one knee position, so those raises start on both legs${p.straight.stance === 'double' ? ', and so do the holds' : ''}.`,
    });
  }
  if (!p.has.seated) {
    out.push({
      injury: null,
      ruleIds: ['R6'],
      text: 'Without weights (a loaded backpack counts) or a calf machine, seated raises load the Achilles too little to build strength, so standing bent-knee raises do the soleus work.',
    });
  }
  if (!p.bentTested) {
    out.push({
      injury: null,
      ruleIds: ['C4', 'R6'],
      text: 'You skipped the bent-knee test, so bent-knee work is dosed from your straight-knee counts. Test it at your retest.',
    });
  }
  return out;
}

/** The bent-knee line, honest about one case: raises on both legs cannot favour a side, and when the straight knee
 * also needs its extra set on the other side, the single extra hold set follows the straight knee (R5, C3). */
function bentSymmetry(v: NonNullable<Baseline['bentKnee']>, p: Profile): PlanSummary['symmetry']['straightKnee'] {
  const hold = extraHoldSide(p);
  if (!p.bent.extraSet || p.bent.stance !== 'double' || hold === p.bent.weaker)
    return { ...symmetry(v, 'Bent knee'), ruleIds: ['R5', 'R6'] };
  return {
    ...symmetry(
      v,
      'Bent knee',
      'Under 90%, but these raises start on both legs, so they cannot favour one side, and the one extra ' +
        `hold set goes to your weaker side with the knee straight (${hold}).`,
    ),
    ruleIds: ['R5', 'R6', 'C3'],
  };
}

const GATE_WORK: Record<Gate['id'], string> = {
  plyometrics: 'hops',
  'single-leg-hops': 'single-leg hops',
  'running-integration': 'strides',
};

/** Gates open for the runner that one change a week did not reach in four weeks (say, with one session a week). */
function unreached(gates: Gate[]): string {
  const names = gates.filter((g) => g.status === 'open' && g.usedFromWeek === null).map((g) => GATE_WORK[g.id]);
  if (names.length === 0) return '';
  return ` Your numbers already allow ${names.join(' and ')}, which these four weeks did not reach: bring ${names.length > 1 ? 'them' : 'it'} in after your retest, one change at a time.`;
}

/** Progressions to try after week 4, leaving out any drill the four weeks already use. Not the tempo raise: its
 * 2 s up, 3 s down is quicker than the 3 s up, 3 s down the plan's raises already use (R10). */
function nextDrills(p: Profile, used: ReadonlySet<DrillId>): DrillId[] {
  const out: DrillId[] = [];
  if (p.straight.stance === 'double') out.push('single-leg-heel-raise');
  else if (p.has.step && !p.insertional) out.push('eccentric-drop-straight', 'eccentric-drop-bent');
  else out.push('top-of-raise-hold');
  if (p.gates.plyometrics.status === 'open') out.push('pogo-hops');
  // Alternating-leg hops land on one leg at a time, so they wait for the single-leg gate.
  if (p.gates.singleLegHops.status === 'open') out.push('alternating-leg-hops');
  return out.filter((id) => !used.has(id));
}

export function summarise(b: Baseline, p: Profile, gates: Gate[], used: ReadonlySet<DrillId>): PlanSummary {
  return {
    symmetry: {
      straightKnee: symmetry(b.straightKnee, 'Straight knee'),
      bentKnee: b.bentKnee ? bentSymmetry(b.bentKnee, p) : null,
    },
    norms: compareWithNorms(b),
    gates,
    retest: {
      date: addDays(b.startDate, 28),
      protocol: [...TEST_PROTOCOL],
      ruleIds: ['R1', 'R4'],
      text: 'Retest the day after week 4 with the same protocol. A change of less than about 6 reps can come from the test itself, so judge progress over several retests.',
    },
    keepGoing: {
      nextDrills: nextDrills(p, used),
      ruleIds: ['R19', 'R11', 'R14'],
      text:
        'Four weeks will not remodel a tendon: keep training after week 4 and retest. Bigger tendon changes show from about 12 weeks. Keep changing one thing at a time; ' +
        `${p.has.weights || p.has.seated ? 'loaded raises' : 'once you have weights (a loaded backpack works), loaded raises'} can climb the heavy slow resistance ladder: 3 × 15, 3 × 12, 4 × 10, 4 × 8, then 4 × 6 over 12 weeks, each with the heaviest weight you can lift that many times.` +
        unreached(gates),
    },
    loadIndex: {
      ruleIds: ['C5'],
      text: 'Load index = loaded reps per leg per week. Each rep counts once for every leg that does it; a hold counts its seconds divided by 6; a rep counts 1 at its starting weight, multiplied by 1.1 for each load step. Hops are counted apart as foot contacts per leg; mobility, activation and strides are not counted. This is a Pushoff convention.',
    },
    flags: flags(b, p),
  };
}
