// The plan summary: symmetry, norms and target, gates, retest, "keep going", load-index definition and
// flags (clinician check, injuries, kit). Every item names its rules.

import { compareWithNorms, symmetry } from '../assess/norms.ts';
import { strainOnWeaker, weakUnder90 } from '../assess/old-injury.ts';
import { blockHeld, type Profile, runningWaitsForCheck } from '../assess/profile.ts';
import { kneesAgree } from '../assess/side-gap.ts';
import type { Baseline } from '../model/baseline.ts';
import type { DrillId } from '../model/drill-catalog.ts';
import type { BlockInfo, Flag, Gate, Ladder, NormsSummary, PlanSummary, Symmetry } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import type { InjuryId } from '../model/vocabulary.ts';
import { asksStrainCheck } from '../screen/clinician-notes.ts';
import { hopPlaces } from '../screen/warning-signs.ts';
import { HEEL_RAISE, heldRung, rungDose, rungSets, STRONG_RUNGS } from './dose-parts.ts';
import type { State } from './dose-state.ts';
import { extraHoldSide } from './hold-drills.ts';
import { retestNotes } from './retest-notes.ts';
import { addDays } from './schedule.ts';
import { crampAdvice } from './session.ts';

/** `retestOn`: the retest's date, for "before your retest on Mon 31 Mar" (phone review: the date was only in the
 * summary, 1,700 px below the request). */
function flags(b: Baseline, p: Profile, used: ReadonlySet<DrillId>, norms: NormsSummary, retestOn: string): Flag[] {
  const out: Flag[] = [];
  const h = b.history;
  // C13: the injured side is the weaker one, under 90% (assess/old-injury.ts).
  const weak = weakUnder90(p.straight, p.bent, p.bentTested);
  const onWeaker = strainOnWeaker(h.calfStrain, weak);
  const strain = h.calfStrain === 'none' ? null : h.calfStrain;
  // A strain a clinician has cleared since asks for no check (C13); the plan says it builds as usual.
  const cleared = strain !== null && p.strainCleared;
  const strainWeaker = !cleared && onWeaker;
  if (strain !== null && cleared)
    out.push({
      id: 'flag.old-injury',
      what: `calf-${strain}`,
      why: 'cleared',
      ...(p.calfPainNow ? { hurtsNow: true as const } : {}),
      // Physiotherapist's read: a strained side 25% weaker, once cleared, was mentioned only as an extra set.
      ...(onWeaker ? { gap: true as const } : {}),
      injury: 'calf-strain',
      ruleIds: p.calfPainNow ? ['C13', 'C52'] : ['C13'],
    });
  // Physiotherapist's read: a once-strained calf hurting 2/10 now and 25% weaker was told a check "can" help, untimed,
  // while week 2 lowered the heel below a step. With the calf hurting now the check comes before week 2.
  const hurtsNow = p.strainHurts ? ({ hurtsNow: true } as const) : {};
  if (p.oldInjurySides) {
    out.push({
      id: 'flag.old-injury',
      what: strain && strainWeaker ? `calf-${strain}` : 'achilles',
      why: 'sides',
      ...(strain && strainWeaker ? hurtsNow : {}),
      ...(strain && strainWeaker && p.strainHold ? { holds: true as const } : {}),
      ...(strain && strainWeaker && p.stepWaits ? { stepWaits: true as const } : {}),
      // Physiotherapist's read: a gap as wide as C54 asks about was, after an old injury, only "can check", untimed,
      // while week 4 quietly left out its running increase (C54 holds it).
      ...(p.gap?.ask ? { ask: true as const } : {}),
      retestOn,
      injury: strainWeaker ? 'calf-strain' : 'achilles-midportion',
      // C13's own statement holds the running; C54 is not named ("a weaker side with no known cause" stood beside a
      // known strain: phone review).
      ruleIds: ['C13', 'R5'],
    });
  } else if (
    !cleared &&
    strain === 'both' &&
    norms.target.weakerReps < norms.target.reps &&
    Object.values(norms.comparison ?? {}).includes('below')
  ) {
    // C13, physiotherapist's read: with both calves once strained, equal sides say nothing about recovery; only the
    // norms (R2, read with R4's noise band as C12 does) can show a deficit on both sides. A side that meets the
    // runner-ready target (R3) is no such sign (second read: 30/30 at 25 was asked to see a clinician and cleared for hops).
    out.push({
      id: 'flag.old-injury',
      what: 'calf-both',
      why: 'norms',
      ...hurtsNow,
      ...(p.stepWaits ? { stepWaits: true as const } : {}),
      injury: 'calf-strain',
      ruleIds: ['C13', 'R2', 'R3', 'R4'],
    });
  } else if (strain !== null && p.strainHurts) {
    // Second physiotherapist's read: strains on both sides, 20/20 and the calf at 3/10 now got no check at all.
    out.push({
      id: 'flag.old-injury',
      what: `calf-${strain}`,
      why: 'pain',
      injury: 'calf-strain',
      ruleIds: ['C13', 'C50'],
    });
  }
  // C13 (two physiotherapist's reads): a strain not cleared that no note above speaks of (on the stronger side, or alike
  // sides) still brought drops below a step in week 2. They wait for its check, and the plan says so, among the notes.
  if (strain !== null && p.stepWaits && !out.some((f) => f.id === 'flag.old-injury' && f.what !== 'achilles'))
    out.push({ id: 'flag.old-injury', what: `calf-${strain}`, why: 'drops', injury: 'calf-strain', ruleIds: ['C13'] });
  // C54 (physiotherapist's reads): 5 raises against 12 is referred (C20), 6 against 12 was planned with no word of a
  // check. A clear gap that no old-injury note above speaks for gets one (a cleared strain does not, unless the gap is
  // on its side: second read, a cleared left strain hid a weak right calf).
  const gap = p.gap;
  if (gap && !out.some((f) => f.id === 'flag.old-injury' && (f.why !== 'cleared' || f.gap)))
    out.push({
      id: 'flag.unexplained-gap',
      ...gap,
      retestOn,
      injury: null,
      ruleIds: gap.ask ? ['C54', 'R5', 'R4', 'C3'] : ['C54', 'R5', 'R4', 'R2'],
    });
  // C27: the part of an Achilles history decides rule 17 even with no pain today.
  const part = h.achillesTendinopathy ? h.achillesPart : null;
  // C26 at the heel bone too, in the same note (physiotherapist's read: insertional pain 3, 2, 3 over eight weeks met no
  // referral).
  if (p.insertional) {
    out.push({
      id: 'flag.insertional',
      review: !p.midportion,
      ...(p.hopPainHigh ? { soon: true as const } : {}),
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

/** The bent-knee line, honest about one case: raises on both legs cannot favour a side, and when the straight knee
 * also needs its extra set on the other side, the single extra hold set follows the straight knee (R5, C3). */
function bentSymmetry(v: NonNullable<Baseline['bentKnee']>, p: Profile): Symmetry {
  // #12 (C31): the loaded seated raise is one leg at a time, so it gives the bent knee's weaker side its extra set.
  if (!p.bent.extraSet || p.bent.stance !== 'double' || p.has.seated)
    return { ...symmetry(v, 'bent'), ruleIds: ['R5', 'R6'] };
  // Two-leg bent-knee raises cannot favour a side (physio reads: they were said to give the weaker side "one extra
  // set"). Its extra set is in the one-leg straight-knee raises when those favour the same side; otherwise it is the
  // one extra hold (rule 5, C32).
  if (p.straight.extraSet && p.straight.stance === 'single' && p.straight.weaker === p.bent.weaker)
    return { ...symmetry(v, 'bent'), verdict: 'in-straight', ruleIds: ['R5', 'R6', 'C3'] };
  return { ...symmetry(v, 'bent', extraHoldSide(p)), ruleIds: ['R5', 'R6', 'C3'] };
}

/** Both knee positions agreeing on the weaker side, by the noise together (kneesAgree): each says so (`agrees`). */
function bothKnees(straightKnee: Symmetry, bentKnee: Symmetry | null): PlanSummary['symmetry'] {
  const agree = kneesAgree(straightKnee, bentKnee);
  const mark = (s: Symmetry): Symmetry => (agree ? { ...s, agrees: true } : s);
  return { straightKnee: mark(straightKnee), bentKnee: bentKnee && mark(bentKnee) };
}

/** Gates open for the runner that one change a week did not reach in four weeks (say, with one session a week). */
const unreached = (gates: Gate[]) =>
  gates.filter((g) => g.status === 'open' && g.usedFromWeek === null).map((g) => g.id);

/** Progressions to try after week 4, leaving out any drill the four weeks already use. Not the tempo raise: its
 * 2 s up, 3 s down is quicker than the 3 s up, 3 s down the plan's raises already use (R10). */
function nextDrills(p: Profile, used: ReadonlySet<DrillId>): DrillId[] {
  // A held block builds on nothing until a retest or a clinician says so: no new drill to suggest (physiotherapist's
  // reads: after a fall it still offered drops off a step, and so did a block held by hopping pain over 5, C22).
  if (blockHeld(p)) return [];
  const out: DrillId[] = [];
  if (p.straight.stance === 'double') out.push('single-leg-heel-raise');
  else if (p.has.step && !p.insertional) out.push('eccentric-drop-straight', 'eccentric-drop-bent');
  else out.push('top-of-raise-hold');
  if (p.gates.plyometrics.status === 'open') out.push('pogo-hops');
  // Alternating-leg hops land on one leg at a time, so they wait for the single-leg gate.
  if (p.gates.singleLegHops.status === 'open') out.push('alternating-leg-hops');
  return out.filter((id) => !used.has(id));
}

/** A ladder's rungs with each side's sets (rule 5, C37), for a knee position with or without a weaker side. */
const rungsOf = (ladder: 'heel-raise' | 'heavy-slow', extra: boolean) =>
  (ladder === 'heel-raise' ? HEEL_RAISE.ladder : STRONG_RUNGS).map((reps) => ({
    reps,
    sets: rungDose(ladder, reps).sets,
    bySide: rungSets(ladder, reps, extra),
  }));

/** #14: the ladders this plan really climbs after week 4 (C34, C38, C41), from where week 4 (`last`) left them. */
function ladders(p: Profile, last: State): Ladder[] {
  const out: Ladder[] = [];
  if (p.plantar) {
    const rungs = rungsOf('heel-raise', p.straight.extraSet);
    const at = last.rung ?? HEEL_RAISE.first;
    const next = rungs[rungs.findIndex((r) => r.reps === at) + 1];
    // As nextRung(): a 5-set rung waits while the weaker side needs its extra set (it would make 6).
    out.push({
      drill: 'heel-raise',
      rungs,
      at,
      waits: !!next && next.sets >= 5 && p.straight.extraSet,
      ...heldRung(p.straight, 'heel-raise', at, last.cap),
    });
  } else if (p.strong) {
    const rungs = rungsOf('heavy-slow', p.straight.extraSet);
    const drop = last.range === 'step' ? { drop: true as const } : {};
    const at = last.rung ?? STRONG_RUNGS[0];
    out.push({
      drill: 'raise',
      rungs,
      at,
      waits: false,
      ...drop,
      ...heldRung(p.straight, 'heavy-slow', at, last.cap),
    });
  }
  if (p.has.seated)
    out.push({
      drill: 'seated',
      rungs: rungsOf('heavy-slow', p.bent.extraSet),
      at: last.seated.rung,
      waits: false,
      ...heldRung(p.bent, 'heavy-slow', last.seated.rung, last.cap),
    });
  return out;
}

export function summarise(
  b: Baseline,
  p: Profile,
  gates: Gate[],
  used: ReadonlySet<DrillId>,
  block: BlockInfo,
  last: State,
): PlanSummary {
  const norms = compareWithNorms(b);
  const retestOn = addDays(b.startDate, 28); // the day after week 4
  const notes = retestNotes(block, flags(b, p, used, norms, retestOn));
  // C13: the retest's hop test waits while a calf strain's check is asked for, whether or not it holds the block
  // (physiotherapist's read: both calves strained, below the norms, drops waiting for the check, and hops at the retest).
  const strainCheck = p.strainHold || notes.some(asksStrainCheck);
  return {
    symmetry: bothKnees(
      // Two-leg straight-knee raises cannot favour one side: the extra set is the weaker side's single-leg hold (C3).
      p.straight.stance === 'double' && p.straight.extraSet
        ? symmetry(b.straightKnee, 'straight', p.straight.weaker)
        : symmetry(b.straightKnee, 'straight'),
      b.bentKnee ? bentSymmetry(b.bentKnee, p) : null,
    ),
    norms,
    gates,
    retest: {
      date: retestOn,
      flatFloor: p.insertional,
      support: p.older,
      // Physiotherapist's read: a block held for a strain's check asked for hops at the retest with no check first.
      check: p.hopPainHigh ? 'hop' : strainCheck ? 'strain' : null,
      // Second physiotherapist's read: with Achilles pain 3-5 now the retest asked for hops, which C36 keeps waiting.
      tendon: p.tendonPainNow,
      ruleIds: [
        'R1',
        'R4',
        ...(p.tendonPainNow ? (['C36'] as const) : []),
        ...(p.insertional ? (['R17'] as const) : []),
        ...(p.older ? (['C25'] as const) : []),
        ...(p.hopPainHigh ? (['C22'] as const) : []),
      ],
    },
    keepGoing: {
      nextDrills: nextDrills(p, used),
      hasLoad: p.has.weights || p.has.seated,
      unreached: unreached(gates),
      ladders: ladders(p, last),
      // Not while a tendon hurts 3-5/10: rule 12's holds stand in for the standing raises (physio read: "your standing
      // raises add 2-10%" in a plan without one).
      standingLater: p.has.weights && !p.strong && !p.plantar && !p.tendonPainNow && p.straight.stance === 'single',
      young: p.young,
      // Physio read: a block held after a fall or pain still promised the ladder's next rung and strides.
      // Physiotherapist's reads: a strain held until a clinician's check, and a block held by hopping pain, both said what
      // came next waited "for a retest that shows your calf back".
      ...(blockHeld(p)
        ? {
            waits:
              p.strainHold || p.hopPainHigh
                ? ('clinician' as const)
                : p.hopHold || p.calfHopHold
                  ? ('hop' as const)
                  : block.start === 'held-in-pain' && block.painRose
                    ? ('pain' as const)
                    : ('retest' as const),
          }
        : {}),
      weeksByEnd: block.number * 4,
      ruleIds: p.plantar ? ['R19', 'R11', 'R14', 'C38', 'C41'] : ['R19', 'R11', 'R14', 'C41'],
    },
    loadIndex: { id: 'summary.load-index', ruleIds: ['C5'] },
    flags: notes,
    runsWait: p.hopPainHigh,
    runsLower: notes.find((f) => f.id === 'flag.running-pain-monitoring')?.lower ?? [],
  };
}
