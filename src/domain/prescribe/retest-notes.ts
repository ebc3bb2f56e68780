// The notes a retest adds to a block's summary (C42, C43, C48, C56), and how they change the test's other notes: a
// side the retest found fallen is checked once, under C42, not again four weeks on (C13, C54).
import { fallenSides, flatSides } from '../assess/retest.ts';
import type { BlockInfo, Flag } from '../model/plan-types.ts';

/** The retest's notes first, then `notes` (the summary's other flags) as the retest leaves them. */
export function retestNotes(block: BlockInfo, notes: Flag[]): Flag[] {
  const retest = retestFlags(block);
  return [...retest, ...withFall(notes, retest)];
}

/** C54 beside C42 (physiotherapist's read): a weaker side that the retest found fallen was called "an old injury that
 * has not fully healed", to check "before your retest" four weeks on, beside C42's check before the block builds. Its
 * note keeps the counts and the running held (C54's `ask`), and leaves the check to C42; a smaller gap says nothing more. */
function withFall(fs: Flag[], retest: readonly Flag[]): Flag[] {
  const drop = retest.find((f) => f.id === 'flag.retest-drop');
  if (drop?.id !== 'flag.retest-drop') return fs;
  return fs.flatMap((f): Flag[] => {
    // C13's check of an old injury's weaker side is asked for now, too, not "before your retest" (second read).
    if (f.id === 'flag.old-injury' && f.why === 'sides' && !f.holds)
      return [{ ...f, fell: true, ruleIds: [...f.ruleIds, 'C42'] }];
    if (f.id !== 'flag.unexplained-gap' || !drop.sides.includes(f.side)) return [f];
    return f.ask ? [{ ...f, fell: true, ruleIds: [...f.ruleIds, 'C42'] }] : [];
  });
}

/** C42: a count that fell by more than the test's noise since the last test is worth a clinician's look; C43: so is a
 * block that ended in pain; C48: so is a count still flat and under 25 twelve weeks after the first test. */
function retestFlags(block: BlockInfo): Flag[] {
  const { sides, since, knee } = fallenSides(block.tests);
  const afresh = block.start === 'afresh-after-drop';
  // C56 holds the block (its start, plan-blocks.ts), except after C42's fall, whose block starts again from the new
  // counts: the note then names the pain beside C42's check (physiotherapist's read: the rise went unsaid).
  const rose = block.painRose;
  const flat = flatSides(block.tests, sides);
  return [
    ...(flat.length
      ? [
          {
            id: 'flag.flat-after-weeks' as const,
            sides: flat,
            injury: null,
            ruleIds: ['C48', 'R4', 'R3', 'R19'] as Flag['ruleIds'],
          },
        ]
      : []),
    ...(sides.length
      ? [
          {
            id: 'flag.retest-drop' as const,
            sides,
            since,
            ...(knee ? { knee } : {}),
            afresh,
            injury: null,
            ruleIds: ['C42', 'R4'] as Flag['ruleIds'],
          },
        ]
      : []),
    // C56 names the pain that rose; C43's note is for a block the log stepped back (one note for one hold).
    ...(rose
      ? [
          {
            id: 'flag.pain-rose' as const,
            ...rose,
            held: block.start === 'held-in-pain',
            injury: null,
            ruleIds: ['C56', 'R8', 'R7'] as Flag['ruleIds'],
          },
        ]
      : block.start === 'held-in-pain'
        ? [{ id: 'flag.block-ended-in-pain' as const, injury: null, ruleIds: ['C43', 'R8'] as Flag['ruleIds'] }]
        : []),
  ];
}
