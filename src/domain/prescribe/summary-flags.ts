// The plan summary's notes (flags): a clinician's check, an injury's own advice, where pain is watched, a kit or
// knee position the plan works around. Each names its rules; the words are explain/'s.
import { type Profile, runningWaitsForCheck } from '../assess/profile.ts';
import type { Baseline } from '../model/baseline.ts';
import type { DrillId } from '../model/drill-catalog.ts';
import type { Flag, NormsSummary } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import type { InjuryId } from '../model/vocabulary.ts';
import { hopPlaces, isAchilles } from '../screen/warning-signs.ts';
import { oldInjuryFlags } from './old-injury-flags.ts';
import { crampAdvice } from './session.ts';

/** The notes in the order they were written for: an old injury or a side gap first (old-injury-flags.ts), then the
 * tendon, pain, shin, heel, cramps, hopping pain, running and kit. `retestOn`: the retest's date, for the requests. */
export function flags(
  b: Baseline,
  p: Profile,
  used: ReadonlySet<DrillId>,
  norms: NormsSummary,
  retestOn: string,
): Flag[] {
  const out: Flag[] = oldInjuryFlags(b, p, norms, retestOn);
  // C26's review for an Achilles that does not hurt now, nor when hopping: a past problem, reviewed if it comes back
  // (physiotherapist's read: "if it is not clearly better" beside a runner with no pain at all).
  const past = !b.painLocations.some(isAchilles) && !hopPlaces(b).some(isAchilles) ? { past: true as const } : {};
  const h = b.history;
  // C27: the part of an Achilles history decides rule 17 even with no pain today.
  const part = h.achillesTendinopathy ? h.achillesPart : null;
  // C26 at the heel bone too, in the same note (physiotherapist's read: insertional pain 3, 2, 3 over eight weeks met no
  // referral).
  if (p.insertional) {
    out.push({
      id: 'flag.insertional',
      review: !p.midportion,
      ...(p.hopPainHigh ? { soon: true as const } : {}),
      ...past,
      injury: 'achilles-insertional',
      ruleIds: part === 'insertional' ? ['R17', 'C27', 'C26'] : ['R17', 'C26'],
    });
  }
  if (p.tendonPainNow) {
    out.push({
      id: 'flag.tendon-pain-now',
      pain: b.painNow,
      injury: b.painLocations.includes('achilles-insertion') ? 'achilles-insertional' : 'achilles-midportion',
      ruleIds: ['R12', 'R7'],
    });
  }
  // No "4-5 is acceptable" note away from the tendon: there pain of 4/10 or more at rest refers (C23 shin, C50 calf
  // muscle, C51 under the heel), so rule 7's middle band reaches a plan only as tendon pain.
  if (p.tendon) {
    out.push({
      id: 'flag.pain-monitoring',
      // C52: with the calf muscle sore as well, its own limit is said beside the tendon's (print review: "at most
      // 5/10" stood above the session check's 3/10 for the calf).
      calf: p.calfSore,
      injury: b.painLocations.includes('achilles-insertion')
        ? 'achilles-insertional'
        : h.plantarHeelPain || b.painLocations.includes('plantar-heel')
          ? 'plantar-heel-pain'
          : 'achilles-midportion',
      ruleIds: p.calfSore ? ['R7', 'R8', 'C52'] : ['R7', 'R8'],
    });
  }
  // Where hopping hurt counts too (C22's question): shin splints or a bone stress sign, the flag tells them apart.
  // C52's shin: hopping hurt it over rule 13's 2/10, so running holds and keeps pain there to 3/10.
  const shinHurtHopping = p.hopPainOverGate && hopPlaces(b).includes('shin');
  if (h.shinPain || b.painLocations.includes('shin') || hopPlaces(b).includes('shin')) {
    // Second physiotherapist's read: "keep running increases to 20% a week at most" read as leave to build running while
    // hopping still hurt the shin over 2/10 (week 4 gives no such advice then either).
    out.push({
      id: 'flag.shin',
      hopHurt: shinHurtHopping,
      // Physiotherapist's read: "keep running increases to 20%" stood under "until then, run no more than now" (C13).
      afterCheck: runningWaitsForCheck(p),
      injury: 'shin-pain',
      ruleIds: shinHurtHopping ? ['R18', 'R15', 'C52'] : ['R18', 'R15'],
    });
  }
  if (h.plantarHeelPain || b.painLocations.includes('plantar-heel') || hopPlaces(b).includes('plantar-heel')) {
    // Physiotherapist's read: heel pain of 2/10 today gave a plan word for word the same as a history with none.
    const now = b.painNow > 0 && b.painLocations.includes('plantar-heel') ? { pain: b.painNow } : {};
    out.push({
      id: 'flag.heel-signs',
      ...now,
      injury: 'plantar-heel-pain',
      ruleIds: 'pain' in now ? ['R18', 'C51'] : ['R18'],
    });
  }
  if (p.cramps) {
    out.push({ ...crampAdvice(p), injury: 'cramping' });
  }
  // #12 screen
  if (p.cramps) out.push({ id: 'flag.long-run-cramps', injury: 'cramping', ruleIds: ['R16'] });
  // C22 with rule 18's bone-stress signs: pain from hopping may be a bone stress injury (physio review, #14). Hopping
  // pain 3-5 (over the hop gate's 2) names the same signs (second physio review): at a retest it is a new symptom.
  const hopPain = b.hopTest?.pain ?? 0;
  const calfOnly = hopPlaces(b).length > 0 && hopPlaces(b).every((x) => x === 'calf');
  if (p.hopPainOverGate) {
    const rules: RuleId[] = p.hopPainHigh ? ['C22', 'R15', 'R18'] : ['R13', 'R18'];
    const said = {
      pain: hopPain,
      // C45 holds a later block at the dose reached; C22 a first block at week 1's (physio read: hopping pain 8/10 at
      // the first test still brought drops, reps and a backpack).
      held: p.hopHold ? ('last' as const) : p.hopPainHigh || p.calfHopHold ? ('week-1' as const) : null,
      again: p.hopPainAgain,
      // Said here unless another note says it: the calf's double-leg note, or the under-16 one.
      ...(p.hopKitWaits && !p.calfHopPain && !p.young && b.equipment.some((e) => e !== 'band')
        ? { noKit: true as const }
        : {}),
      ruleIds: [
        ...rules,
        ...(p.hopHold ? (['C45'] as const) : []),
        ...(shinHurtHopping || p.calfHopHold ? (['C53'] as const) : []),
      ],
    };
    out.push(
      p.hopPainHigh
        ? { id: 'flag.hop-pain-high', ...said, injury: 'shin-pain' }
        : {
            id: 'flag.hop-pain-some',
            ...said,
            // C53 (physiotherapist's read): 3-5/10 in the shin got only "if a bone is tender at one spot, see a clinician".
            ...(shinHurtHopping ? { shin: true as const } : {}),
            // Physiotherapist's read: hopping that hurt the calf muscle 4/10 read of bone stress only; with the shin as
            // well, of the shin only.
            ...(calfOnly || (shinHurtHopping && hopPlaces(b).includes('calf')) ? { calf: true as const } : {}),
            injury: calfOnly ? 'calf-strain' : 'shin-pain',
          },
    );
  }
  if (p.midportion) {
    out.push({
      id: 'flag.midportion-review',
      both: p.insertional,
      ...(p.hopPainHigh ? { soon: true as const } : {}),
      ...past,
      injury: 'achilles-midportion',
      ruleIds: part === 'midportion' ? ['C26', 'C27'] : ['C26'],
    });
  }
  // The pain rule guides running (C26) with mid-portion Achilles pain, and with hopping pain over 2 (third physio read:
  // rule 15 wants hops pain-free before running, and the runner keeps running). And with calf pain now (sixth physio
  // read: a runner with a sore calf, who fails rule 15's check before running after a calf problem, kept running four
  // days a week with no word on it). Not with hopping pain over 5: there C22 says the runs wait for a clinician (two
  // physio reads in sessions 16 and 17 would stop running until examined), and the pain rule would contradict it.
  const calfNow = p.calfPainNow;
  // C52 (physiotherapist's read): a run could hurt 5/10, the tendon's limit, in a sore calf muscle or a shin that hurt
  // hopping; there the run keeps to rule 7's safe band.
  const lower = (['calf', 'shin'] as const).filter((x) => (x === 'calf' ? p.calfSore : shinHurtHopping));
  if (!p.hopPainHigh && (p.midportion || p.insertional || p.hopPainOverGate || calfNow)) {
    // The injury note it links to, and the rules behind it (C26 for the tendon, rule 15 for running after a calf problem).
    const [injury, rules]: [InjuryId, RuleId[]] = p.midportion
      ? ['achilles-midportion', ['R7', 'R8', 'C26']]
      : p.insertional && !p.hopPainOverGate
        ? ['achilles-insertional', ['R7', 'R8', 'C26']]
        : calfNow && !p.hopPainOverGate
          ? ['calf-strain', ['R7', 'R8', 'R15']]
          : ['shin-pain', ['R7', 'R8', 'R15']];
    // Physiotherapist's read: "do heel drops as raises" in a plan with no drops (an 11-year-old's, C44).
    const drops = [...used].some((id) => id.startsWith('eccentric-drop'));
    out.push({
      id: 'flag.running-pain-monitoring',
      lower,
      ...(drops ? {} : { noDrops: true as const }),
      injury,
      ruleIds: lower.length ? [...rules, 'C52'] : rules,
    });
  }
  // #12 (C31): with the loaded seated raise doing the bent-knee work, only the straight knee can start on both legs.
  const straightBoth = p.straight.stance === 'double';
  const bentBoth = p.bent.stance === 'double' && !p.has.seated;
  if (straightBoth || bentBoth) {
    out.push({
      id: 'flag.double-leg-start',
      // Physiotherapist's read: 8/8 and 6/6 read "in at least one knee position".
      knees: straightBoth && bentBoth ? 'both' : straightBoth ? 'straight' : 'bent',
      // C32: holds only while the block has them (they make room once the raises pass 3 x 16).
      holdsToo: p.straight.stance === 'double' && used.has('isometric-hold-double'),
      ...(p.calfHopPain ? { hopPain: b.hopTest?.pain ?? 0 } : {}),
      injury: null,
      ruleIds: p.calfHopPain ? ['C3', 'C22'] : ['C3'],
    });
  }
  // C44: under 16 the kit is set aside on purpose, so the note says why instead of asking for weights.
  // C24: heel pain while growing stops a plan; one that starts during the block should stop it too (physio read).
  if (p.young && b.age != null) out.push({ id: 'flag.under-16', age: b.age, injury: null, ruleIds: ['C44', 'C24'] });
  // (Hopping pain over 5 sets the kit aside on purpose too: its own note or the double-leg note says so, C22.)
  else if (!p.has.seated && !p.hopKitWaits) {
    out.push({ id: 'flag.no-seated', injury: null, ruleIds: ['R6'] });
  }
  if (!p.bentTested) {
    // Physio read: "dosed from your straight-knee counts" stood beside a seated raise dosed by its weight.
    out.push({ id: 'flag.bent-untested', seated: p.has.seated, injury: null, ruleIds: ['C4', 'R6'] });
  }
  return out;
}
