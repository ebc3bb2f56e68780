// Plain-text rendering of a Plan or Referral (CLI, e-mail, print). Pure: string in, string out.

import type { Note, Plan, PlanOrReferral, PrescribedDrill, Referral, SideDose, Week } from '../model/plan-types.ts';
import { CUES } from '../model/vocabulary.ts';
import { splitClinicianNotes } from '../screen/clinician-notes.ts';
import { effortText, inTurn, legsInTurnFor, restText, sideDoseText } from './dose-text.ts';
import { DRILL_TITLES } from './drill-titles.ts';
import { drillLoadText } from './load-text.ts';
import { say } from './say.ts';
import {
  keepGoingText,
  normsText,
  RETEST_TEXT,
  retestText,
  symmetryText,
  targetText,
  testProtocol,
} from './summary-text.ts';
import {
  CLINICIAN_HEADING,
  GATE_TITLES,
  GATES_HEADING,
  gateState,
  gateWhen,
  minutesText,
  referralTitle,
  sessionTitle,
  weekTitle,
} from './titles.ts';
import { weekChecks } from './week-checks.ts';

const ids = (n: { ruleIds: readonly string[] }) => (n.ruleIds.length ? ` [${n.ruleIds.join(', ')}]` : '');
const line = (n: Note, indent = '') => `${indent}${say(n)}${ids(n)}`;
const text = (t: string, n: { ruleIds: readonly string[] }, indent = '') => `${indent}${t}${ids(n)}`;

const side = (x: SideDose) => sideDoseText(x, ' x ') || '-';

function drill(d: PrescribedDrill, i: number): string[] {
  const same = JSON.stringify(d.left) === JSON.stringify(d.right);
  const dose =
    d.stance === 'double' || d.stance === 'none'
      ? side(d.left) + (d.stance === 'double' ? ' (both legs)' : '')
      : same
        ? `${side(d.left)} each side`
        : d.left.sets === 0 || d.right.sets === 0 // the weaker side's lone extra set (rule 5): "right only", not "left -"
          ? `${d.left.sets ? 'left' : 'right'} only ${side(d.left.sets ? d.left : d.right)}`
          : `left ${side(d.left)}, right ${side(d.right)}`;
  const extras = [
    // "first" only means something when both legs do the drill (as on the page)
    d.stance === 'single' && d.firstSide && d.left.sets > 0 && d.right.sets > 0 ? `${d.firstSide} first` : '',
    d.tempo ? `tempo ${d.tempo.up}-${d.tempo.pause}-${d.tempo.down} s` : '',
    d.restSeconds ? restText(d) : '',
    d.effortPercent != null ? effortText(d.effortPercent) : '',
  ].filter(Boolean);
  const out = [
    `    ${i + 1}. ${DRILL_TITLES[d.drill]}: ${dose}${extras.length ? `; ${extras.join('; ')}` : ''}${ids(d)}`,
  ];
  const load = drillLoadText(d);
  if (load) out.push(`       Load: ${load}`);
  for (const n of d.notes) out.push(line(n, '       Note: '));
  return out;
}

function week(w: Week): string[] {
  const out = [
    '',
    `${weekTitle(w)} (${w.startDate} to ${w.endDate})`,
    `  Change: ${w.change.variable ?? (w.adjustment ? 'follows your log' : w.number === 1 ? 'start' : 'none')}. ${say(w.change.reason)}${ids(w.change)}`,
    line(w.focus, '  Focus: '),
    `  Volume per leg: load index left ${w.volume.loadIndex.left}, right ${w.volume.loadIndex.right}; hop landings left ${w.volume.contacts.left}, right ${w.volume.contacts.right}`,
    ...w.notes.map((n) => line(n, '  Note: ')),
    // Once a week, not under every session (issue 12); while C49's stop has the sessions wait, for after the clearance.
    ...weekChecks(w).map((r) => line(r, w.adjustment?.stopped ? '  Check (once cleared): ' : '  Check: ')),
  ];
  for (const s of w.sessions) {
    out.push('', `  ${s.weekday.toUpperCase()} ${s.date}: ${sessionTitle(s)} (${minutesText(s.minutes)})`);
    s.drills.forEach((d, i) => {
      out.push(...drill(d, i));
    });
    if (s.cues.length) out.push(`    Cues: ${s.cues.map((c) => CUES[c]).join('; ')}`);
    for (const n of s.notes) out.push(line(n, '    Note: '));
  }
  return out;
}

function plan(p: Plan): string {
  const s = p.summary;
  const notes = splitClinicianNotes(s.flags);
  const out = [
    `Pushoff plan${p.block.number > 1 ? `, block ${p.block.number}` : ''}: four weeks from ${p.startDate} to ${p.endDate}, ${p.sessionsPerWeek} loaded session${p.sessionsPerWeek > 1 ? 's' : ''} a week`,
    // First, before the retest and the weeks: what a physiotherapist or doctor should check.
    ...(notes.clinician.length
      ? [
          '',
          CLINICIAN_HEADING,
          ...notes.clinician.map((f) => line(f, '  - ')),
          // As on the page and on paper: a child cannot book the check (physiotherapist's read of the CLI's text).
          ...(s.keepGoing.young ? [`  - ${say({ id: 'todo.tell-parent' })}`] : []),
        ]
      : []),
    ...(p.block.retest
      ? ['', `Your retest${ids(p.block.retest)}`, ...retestText(p.block.retest).map((x) => `  ${x}`)]
      : []),
    '',
    'Summary',
    text(symmetryText(s.symmetry.straightKnee), s.symmetry.straightKnee, '  '),
    ...(s.symmetry.bentKnee ? [text(symmetryText(s.symmetry.bentKnee), s.symmetry.bentKnee, '  ')] : []),
    text(normsText(s.norms), s.norms, '  '),
    text(targetText(s.norms.target, notes.clinician.length > 0, s.keepGoing.held), s.norms.target, '  '),
    '',
    GATES_HEADING,
  ];
  for (const g of s.gates) {
    out.push(
      `  ${GATE_TITLES[g.id]}: ${gateState(g, s.keepGoing)}${gateWhen(g, s.keepGoing) ? ` (${gateWhen(g, s.keepGoing)})` : ''}${ids(g)}`,
    );
    for (const c of g.conditions) out.push(`    [${c.met === null ? '?' : c.met ? 'x' : ' '}] ${say(c)}`);
    for (const t of g.toOpen) out.push(`    To open: ${say(t)}`);
  }
  if (notes.other.length) out.push('', 'Notes for you', ...notes.other.map((f) => line(f, '  - ')));
  for (const w of p.weeks) out.push(...week(w));
  out.push(
    '',
    `Retest ${s.retest.waits ? 'once cleared, from' : 'on'} ${s.retest.date}${ids(s.retest)}`,
    ...testProtocol(s).map((t, i) => `  ${i + 1}. ${t}`),
    `  ${RETEST_TEXT}`,
  );
  out.push('', `After week 4${ids(s.keepGoing)}`, `  ${keepGoingText(s.keepGoing)}`);
  if (s.keepGoing.nextDrills.length)
    out.push(`  Next drills to consider: ${s.keepGoing.nextDrills.map((id) => DRILL_TITLES[id]).join('; ')}`);
  // The page explains "legs in turn" where it first appears; this text says it once, after the load index (a
  // physiotherapist reading the CLI's plan found no line saying the other leg's set is part of the rest).
  const inTurnUsed = p.weeks.some((w) => w.sessions.some((x) => x.drills.some(inTurn)));
  out.push('', line(s.loadIndex));
  const all = p.weeks.flatMap((w) => w.sessions.flatMap((x) => x.drills));
  if (inTurnUsed) out.push(`Legs in turn: ${legsInTurnFor(all).meaning}.`);
  out.push('', `Rules used: ${p.ruleIds.join(', ')}`);
  return `${out.join('\n')}\n`;
}

/** What to do first, then why (phone review: the booking sat below a ten-line reason, off the first screen). */
function referral(r: Referral): string {
  return `${[
    `${referralTitle(r)}${r.urgency ? ` (urgency: ${r.urgency})` : ''}`,
    '',
    'What to do:',
    ...r.whatToDo.map((x) => line(x, '  - ')),
    '',
    'Why:',
    ...r.reasons.map((x) => line(x, '  - ')),
    '',
    line(r.reEntry, 'When to come back: '),
  ].join('\n')}\n`;
}

/** Rule codes as written above: " [R10, C2]" after a line. */
const CODES = / \[(?:[RC]\d+)(?:, [RC]\d+)*\]/g;

/**
 * The whole Plan or Referral as text. Rule codes follow each line only with `why` (issue 12: a runner reads the
 * reasons in words; the codes are for whoever asks why, as behind the page's "Why?").
 */
export function formatText(result: PlanOrReferral, { why = false }: { why?: boolean } = {}): string {
  const out = result.kind === 'plan' ? plan(result) : referral(result);
  return why ? out : out.replace(CODES, '');
}
