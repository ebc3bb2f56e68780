// On paper each week is one sheet (issue 13: print keeps its five pages), so what a table higher on the sheet already
// says prints once: a drill whose how-to, tempo, rest and weight read exactly as in an earlier table of the week says
// "As in this week's …", and drill notes, cues and session notes already printed that week are left off. Every sheet
// says them again (a runner may hold one week's sheet alone). The screen keeps every table whole: there a runner opens
// one session at a time.
import {
  drillHow,
  drillLoadText,
  type Note,
  type PrescribedDrill,
  phraseKey,
  type Session,
  sessionTitle,
} from '../../domain/index.ts';

/** What the tables above on the week's sheet have printed: each drill's how (to the title of its first table), drill
 * notes (by `noteKey`), cues, session notes. */
export type Above = { how: Map<string, string>; drillNotes: Set<string>; cues: Set<string>; notes: Set<string> };

/** A drill note's identity on a sheet: the same note under another drill is another note. */
export const noteKey = (d: PrescribedDrill, n: Note) => `${d.drill}|${phraseKey(n)}`;

/** A drill's how cell, as paper prints it: the same key means the same words. */
export const howKey = (d: PrescribedDrill) =>
  JSON.stringify([d.drill, d.stance, d.load, drillHow(d), drillLoadText(d)]);

/** What each of a week's tables finds above it, in the order they print (null: a table the paper leaves out). */
export function aboveEach(tables: readonly (Session | null)[]): Above[] {
  const out: Above[] = [];
  let a: Above = { how: new Map(), drillNotes: new Set(), cues: new Set(), notes: new Set() };
  for (const s of tables) {
    out.push(a);
    if (!s) continue;
    const title = sessionTitle(s);
    a = {
      // The first table that printed a drill's words keeps its title.
      how: new Map([...s.drills.map((d) => [howKey(d), title] as const), ...a.how]),
      drillNotes: new Set([...a.drillNotes, ...s.drills.flatMap((d) => d.notes.map((n) => noteKey(d, n)))]),
      cues: new Set([...a.cues, ...s.cues]),
      notes: new Set([...a.notes, ...s.notes.map(phraseKey)]),
    };
  }
  return out;
}
