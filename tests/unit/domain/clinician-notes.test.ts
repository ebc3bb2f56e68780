// Requests to see a physiotherapist or doctor come first (issue 14, physio read): in the text version above the
// summary and the weeks, and never again among "Notes for you". Advice for later ("if this happens, see a
// clinician") stays with the other notes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  asksForClinician,
  CLINICIAN_HEADING,
  formatText,
  say,
  splitClinicianNotes,
} from '../../../src/domain/index.ts';
import { base, fixture, plan } from './helpers.ts';

const ex1 = fixture('example-1-average-runner');
const before = (text: string, a: string, b: string) => text.indexOf(a) >= 0 && text.indexOf(a) < text.indexOf(b);

test('hopping pain over 5: the request to see a clinician is the first thing after the plan line', () => {
  const p = plan({ ...ex1, hopTest: { left: 30, right: 30, pain: 7, where: ['calf'] } });
  const text = formatText(p);
  assert.ok(before(text, CLINICIAN_HEADING, 'Summary'), 'the heading comes before the summary');
  const top = text.slice(text.indexOf(CLINICIAN_HEADING), text.indexOf('Summary'));
  assert.match(top, /Hopping hurt 7\/10/);
  const notes = text.slice(text.indexOf('Notes for you'));
  assert.doesNotMatch(notes, /Hopping hurt 7\/10/, 'said once, not again among the notes');
});

test('an old injury with sides more than 10% apart asks for a check; a plan without such a note has no heading', () => {
  const p = plan(fixture('example-3-big-asymmetry'));
  assert.deepEqual(
    splitClinicianNotes(p.summary.flags).clinician.map((f) => f.id),
    ['flag.old-injury'],
  );
  assert.ok(!formatText(plan(ex1)).includes(CLINICIAN_HEADING));
});

test('hopping pain 3-5 at a first test is advice (hops wait), not a request; the same pain again is a request', () => {
  // (At the Achilles: in the shin or the calf muscle C53 asks for a check at the first test too.)
  const p = plan({ ...ex1, hopTest: { left: 30, right: 30, pain: 4, where: ['achilles-midportion'] } });
  const some = p.summary.flags.find((f) => f.id === 'flag.hop-pain-some');
  assert.ok(some, 'the plan says hops wait');
  assert.equal(asksForClinician(some), false);
  assert.equal(asksForClinician({ ...some, again: true } as typeof some), true);
});

test('"if this happens, see a clinician" advice stays among the notes', () => {
  const p = plan(
    base({
      painLocations: ['plantar-heel'],
      history: { ...ex1.history, plantarHeelPain: true, shinPain: true },
    }),
  );
  const ids = p.summary.flags.map((f) => f.id);
  assert.ok(ids.includes('flag.heel-signs') && ids.includes('flag.shin'), `notes: ${ids.join(', ')}`);
  assert.deepEqual(splitClinicianNotes(p.summary.flags).clinician, []);
  // Heel pain now is not itself the rest-pain sign (sixth physio read: the plan seemed to contradict itself).
  const heel = p.summary.flags.find((f) => f.id === 'flag.heel-signs');
  assert.ok(heel);
  assert.match(say(heel), /not just your first steps after a rest/);
});
