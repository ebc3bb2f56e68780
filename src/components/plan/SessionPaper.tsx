// Paper only: the week's log rows to fill in (or filled from the check-ins), and what a lighter session folded
// into a table does differently.
import { minutesText, type PrescribedDrill, phraseKey, say, sideDoseText } from '../../domain/index.ts';
import type { SessionLogEntry } from '../../domain/model/session-log.ts';
import { Notes, type Titles } from './bits.tsx';
import { day } from './labels.ts';
import type { PaperGroup } from './session-groups.ts';

/** A date's check-in in the runner's log, if any. */
export type CheckInOn = (date: string) => SessionLogEntry | undefined;

/** The morning's stiffness against the runner's usual (rule 8), in as few words as a hand-written cell. */
const STIFF = { usual: 'Usual', more: 'More', 'much-more': 'Much more' } as const;

/** Paper only, under the week's sessions: one row per date to log the session as the page's check-in does (effort and pain during, 0-10) and the
 * morning after (pain, 0-10, and stiffness against usual, rule 8's own measure; convention: see PrintIntro). A session already checked in on this device prints what was
 * saved (physiotherapist's read: a coach handed the printout saw blank rows for sessions the runner had logged). */
export function SessionLog({
  week,
  dates,
  strides,
  found,
}: {
  week: number;
  /** The week's session dates. */
  dates: string[];
  /** Days of strides after an easy run: a row each, or a word in a session's row (notes cell). */
  strides: string[];
  found: CheckInOn;
}) {
  const rows = [...new Set([...dates, ...strides])].sort();
  // Rows as tall as the sheet allows: a week of daily sessions keeps to one sheet at 5 mm, five rows or fewer get 7 mm
  // (plan.css; a sweep of 240 handouts keeps its page counts).
  return (
    <table class={rows.length > 5 ? 'session-log print-only' : 'session-log print-only roomy'}>
      <thead>
        <tr>
          {/* The week's log names itself where a caption would cost a line the sheet has not got (a block 2's week 1
              spilled onto a second US Letter sheet): a physiotherapist read it as part of the table above. */}
          <th scope="col">Week {week} log</th>
          {/* "Next-morning": a physiotherapist read "Morning pain" as any morning's, not the one after the session. */}
          <th scope="col">Effort 0-10</th>
          <th scope="col">Pain during 0-10</th>
          <th scope="col">Next-morning pain 0-10</th>
          <th scope="col">Stiffness vs usual</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => {
          const e = found(d);
          const said = e && e.status !== 'done' && (e.status === 'partly' ? 'Partly done' : 'Skipped');
          return (
            <tr>
              <th scope="row">{day(d, false)}</th>
              <td>{e?.effort}</td>
              <td>{e?.painDuring}</td>
              <td>{e?.nextMorning?.pain}</td>
              <td>{e?.nextMorning && STIFF[e.nextMorning.stiffness]}</td>
              <td>
                {said}
                {said && strides.includes(d) && '. '}
                {strides.includes(d) && <span class="log-label">{dates.includes(d) ? 'Strides too' : 'Strides'}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Paper only: what the folded-in lighter session does differently (paper-groups.ts), drill by drill. */
export function Lighter({ l, t, shown }: { l: NonNullable<PaperGroup['lighter']>; t: Titles; shown: Set<string> }) {
  const dose = (d: PrescribedDrill) =>
    d.stance === 'single'
      ? `${sideDoseText(d.left) || 'none'} left, ${sideDoseText(d.right) || 'none'} right`
      : sideDoseText(d.left);
  return (
    <>
      <p class="lighter">
        <strong>{l.dates.map((d) => day(d, false)).join(' and ')} is lighter</strong> ({minutesText(l.s.minutes)}):{' '}
        {l.drills.map((d, i) => (
          <>
            {i > 0 && '; '}
            {t.drills[d.drill] ?? d.drill} {dose(d)}
          </>
        ))}
        .
      </p>
      <Notes notes={l.s.notes.filter((n) => !shown.has(phraseKey(n)))} say={say} />
    </>
  );
}
