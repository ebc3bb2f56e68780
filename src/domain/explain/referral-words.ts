// The words of a Referral (why there is no plan, what to do, when to come back). Apart from the plan's words
// (say.ts) because the plan page shows a referral the moment a warning sign is ticked, before any plan: these load
// with the page, the plan's words only once there is a plan (issue 13's budget). say() covers these too.

import type { Concern, PhraseOf, ReferralPhrase, ReferralPhraseId } from '../model/phrases.ts';
import type { Side } from '../model/vocabulary.ts';
import { VERY_WEAK } from '../screen/warning-signs.ts';
import { redFlagGroupText, redFlagQuestion } from './red-flag-questions.ts';

const heels = (sides: Side[]) => `${sides.join(' and ')} heel${sides.length > 1 ? 's' : ''}`;

const CARE = {
  emergency:
    'Get emergency care now: call your local emergency number or go to an emergency department. Do not exercise.',
  'same-day':
    'Get assessed today by a doctor or physiotherapist (urgent care or an emergency department if nothing else is open). Do not test or train the leg until then.',
  soon: 'Book an appointment with a doctor or physiotherapist in the next few days, and leave calf training until they have checked it. If it gets worse, go sooner.',
};

const MEANWHILE = {
  'achilles-rupture':
    'Until you are seen: do not run, hop or test the leg again, and keep weight off it as far as you can.',
  'calf-tear': 'Until you are seen: no running, hopping or calf training; walk only as far as it stays comfortable.',
  'blood-clot': 'Until you are seen: do not rub or massage the calf, and do not exercise it.',
  'bone-stress':
    'Stop running and jumping until a clinician has checked it. Everyday walking is fine as long as it does not hurt.',
  heel: 'Until you are seen: no running or hopping on the painful heel; walk only as far as it stays comfortable.',
  'growing-heel':
    'Until you are seen: cut running and jumping back to what the heel takes without pain; no calf training until then.',
  // Physio read: one raise against 24 was told easy running was fine. Running puts several times body weight through
  // the calf at every step (rule 6), far more than a calf this weak has shown it can take.
  // Physiotherapist's read: one raise can be done with the toe muscles and no Achilles, so a calf this weak names the
  // rupture signs of rule 18 that would make it same-day. A second read (1 raise against 25): a torn tendon can leave a
  // raise or two, so a weakness that came on suddenly is named with them.
  weakness:
    'Until you are seen: no running, hops or sprints, because every running step puts several times your body weight through the calf. Everyday walking is fine if it does not hurt. If you felt a pop or a kick at the back of the heel, can feel a gap in the tendon, or the weakness came on suddenly, get assessed today.',
} as const satisfies Record<Concern, string>;

/** C20's trigger in words: a side at 1-5 raises, a weaker side under half the other's, or both. */
function veryWeakWhy(p: { left: number; right: number; percent: number }): string {
  const low = Math.min(p.left, p.right);
  const few = low <= VERY_WEAK.maxReps ? `the weaker side managed only ${low}` : '';
  const half = p.percent < VERY_WEAK.minSymmetry ? `${p.percent}% of the stronger, under half` : '';
  return few && half ? `${few}, under half the other's count` : few || `the weaker side is ${half}`;
}

export const REFERRAL_WORDS: { [K in ReferralPhraseId]: (p: PhraseOf<K>) => string } = {
  'reason.red-flag': (p) => `You answered yes: "${redFlagQuestion(p.flag)}" ${redFlagGroupText(p.group)}`,
  'reason.cannot-lift': (p) =>
    `Your ${heels(p.sides)} could not lift in the test (0 straight-knee raises). ${redFlagGroupText('achilles-rupture')}`,
  'reason.bent-knee-zero': (p) =>
    `Your ${heels(p.sides)} could not lift with the knee bent (0 bent-knee raises), though ${p.sides.length > 1 ? 'they lift' : 'it lifts'} with the knee straight. A calf that cannot lift at all in one position should be checked before it is trained.`,
  'reason.pain-over-5': (p) => `Your pain right now is ${p.pain}/10. Over 5/10 means no loading today.`,
  'reason.pain-worsening': () => 'Your pain has been getting worse day on day, so today is not a day to add load.',
  'todo.care': (p) => CARE[p.urgency],
  // Phone review: said of a calf that was never asked about breathing, it read as a finding; it is a sign to watch for.
  'todo.breathless': () => 'If you also get breathless or have chest pain, get emergency care now.',
  'todo.tell-parent': (p) =>
    `${p.ageUnknown ? 'If you are under 16, show' : 'Show'} this to a parent or guardian, who can book any appointment with you.`,
  'todo.sore-after-run': () =>
    'If it is only soreness in both calves after a recent hard run, easing day by day, you need no appointment: keep to easy walking and come back when it is 3/10 or less.',
  // Phone review: "a warning sign like this" read oddly under calf pain at rest, which is not on the warning-sign list.
  'todo.no-exercises-red-flag': () =>
    'Pushoff shows no exercises until a clinician has checked this: they can tell what is going on.',
  'todo.skip-loading-today': () =>
    'No calf loading, no hops and no running today: running loads the Achilles more than any raise. Everyday walking is fine as long as it does not make the pain climb, and the pain should be back to your usual level by the next morning.',
  // Physiotherapist's read: "does not settle" gave no time, and night pain is one of rule 18's signs.
  'todo.pain-not-settling': () =>
    'If the pain keeps rising or has not settled within a few days, see a doctor or physiotherapist; sooner if it wakes you at night.',
  'todo.no-exercises-pain': () => 'Pushoff gives no exercises in this case.',
  'reentry.cleared': (p) =>
    `Come back to the baseline test once a clinician has checked it and cleared you to load the calf again${p.concerns.includes('bone-stress') ? ', and to run and jump again' : ''}.`,
  // Physiotherapist's read: with Achilles pain of 4-5 the retest asked for the hop test, which C36 keeps waiting.
  'reentry.pain-settled': (p) =>
    `Come back and redo the baseline when your pain is 5/10 or less and no longer rising from one day to the next${p.tendon ? '; while the Achilles hurts 3/10 or more, leave out the hop test (the plan then starts without hops)' : ''}. Start running again from there, as the plan then says, raising your running by 20% a week at most.`,
  'reentry.next-session': () =>
    'Check your pain again before your next calf session. It goes ahead at 3/10 or less, lighter at 4-5/10, and only while the pain is not getting worse day on day.',
  // What set C20 off (physio read: 5/9 showed "55.6% of the stronger" as its reason, while the trigger was the 5).
  // Physiotherapist's read: 2 and 3 were told of "an injury that has not fully healed", which fits one weak side; both
  // this low read as 0 and 0 do (reason.cannot-lift-both).
  'reason.very-weak': (p) =>
    Math.max(p.left, p.right) <= VERY_WEAK.maxReps && !p.injured
      ? `Your ${p.knee}-knee raises were ${p.left} left and ${p.right} right: both sides are far below what a running calf needs. Without a pop, kick or gap, that points to weakness rather than an injury to one calf, though it can have a cause outside the calf, so a clinician should check it before you train it.`
      : `Your ${p.knee}-knee raises were ${p.left} left and ${p.right} right (${veryWeakWhy(p)}). That is far below what a running calf needs. It may be an injury that has not fully healed, even one you did not notice, or have a cause outside the calf, so a clinician should check it before you train it.`,
  'reason.cannot-lift-both': () =>
    'Neither heel could lift in the test (0 straight-knee raises on both sides), with no pop, kick or gap. That points to weakness rather than a torn tendon, but a calf that cannot lift at all should be checked before it is trained.',
  'reason.hop-pain-bone': (p) => {
    const name = (w: 'shin' | 'plantar-heel') => (w === 'shin' ? 'shin' : 'under-heel');
    const hop = p.hopWhere?.length
      ? ` in the ${p.hopWhere.map((w) => (w === 'shin' ? 'shin' : 'heel')).join(' and ')}`
      : '';
    const now = p.where.length ? ` and you have ${p.where.map(name).join(' and ')} pain now` : '';
    return `Hopping hurt ${p.pain}/10${hop}${now}. Hopping pain together with shin or heel pain can be a bone stress injury.`;
  },
  'reason.shin-pain-at-rest': (p) =>
    `Your shin hurts ${p.pain}/10 right now, at rest. Shin pain at rest can be a bone stress injury.`,
  'reason.calf-pain-at-rest': (p) =>
    `You scored your pain ${p.pain}/10 right now, at rest, with the calf muscle among the places that hurt${p.strain ? ', and you have strained a calf before' : ''}. Calf-muscle pain like that may be a strain that has not healed, so a physiotherapist or doctor should check it before you load it (the pain rule's "4-5 is acceptable" was made for tendon pain). Checking calf pain at rest first is a Pushoff convention, not a figure from a study.`,
  'reason.heel-pain-at-rest': (p) =>
    `${p.alone ? `Your heel hurts ${p.pain}/10 right now, under the heel, at rest.` : `You scored your pain ${p.pain}/10 right now, at rest, with the area under the heel among the places that hurt.`} Sore heels usually hurt most with the first steps and ease as you move; heel pain that stays while you sit still should be checked by a physiotherapist or doctor before you load it. Checking heel pain at rest from 4/10 is a Pushoff convention, not a figure from a study.`,
  'reason.growing-heel': (p) =>
    `At ${p.age}, heel pain may come from a heel bone that is still growing, which is a different problem from an adult's heel or Achilles pain and needs its own check.`,
  'todo.meanwhile': (p) => MEANWHILE[p.concern],
  'todo.meanwhile-insertional': () =>
    'With pain where the Achilles meets the heel bone, once you load the calf and run again: raises at floor level, never off a step; no stretching into dorsiflexion (pulling the toes towards the shin); no barefoot or hill running.',
};

/** The sentence for a referral's phrase. */
export function sayReferral(p: ReferralPhrase): string {
  return (REFERRAL_WORDS[p.id] as (x: ReferralPhrase) => string)(p);
}
