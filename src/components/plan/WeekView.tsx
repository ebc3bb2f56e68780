// One week: the one changed variable and why, then its sessions (SessionView.tsx) and readiness checks. Sessions of a
// week that are the same in every detail are shown once with all their dates, so a week fits one printed page. On
// paper each week starts a page.

import { useState } from 'preact/hooks';
import { checkInOf, type Lookup } from '../../domain/adjust/check-in-lookup.ts';
import { CHANGE_LABELS, changeFigure, phraseKey, say, type Week, weekChecks, weekTitle } from '../../domain/index.ts';
import { stridesDays } from '../../lib/session/today.ts';
import { Note, Notes, type Titles, Why } from './bits.tsx';
import type { Weight } from './DrillRow.tsx';
import { day } from './labels.ts';
import { aboveEach } from './paper-once.ts';
import type { PlainWord } from './plain-words.ts';
import { type CheckInOn, SessionLog } from './SessionPaper.tsx';
import { SessionView } from './SessionView.tsx';
import { groupSessions, paperGroups, type SessionGroup } from './session-groups.ts';

export default function WeekView({
  week,
  t,
  w,
  words,
  inSummary,
  upTo,
  over = false,
  checkIns,
}: {
  week: Week;
  /** The runner's own check-ins (none on a shared plan): printed in the log rows. */
  checkIns?: Lookup | null;
  /** The week is over in a block still under way: on screen it folds to its heading (paper keeps it whole). */
  over?: boolean;
  /** How many of the week's session tables to render yet (PlanViews adds them one task at a time); all if absent. */
  upTo?: number;
  t: Titles;
  w: Weight;
  /** Notes the plan summary gives (by phraseKey), not repeated in the week's checks. */
  inSummary: Set<string>;
  /** Technical words to explain, by the drill row where each first appears (plain-words.ts). */
  words: Map<string, PlainWord[]>;
}) {
  const c = week.change;
  const figure = changeFigure(c, w.kg, w.unit);
  const groups = groupSessions(week.sessions);
  const paper = paperGroups(groups);
  const foldedOf = (g: SessionGroup) => paper.find((p) => p.lighter && (p.s === g.s || p.lighter.s === g.s));
  // As the plan finds a check-in (checkInOf): a session done and logged on another day of its week fills its own row,
  // and not the row of the session planned on the day it was done.
  const found: CheckInOn = (date) => {
    const i = week.sessions.findIndex((x) => x.date === date);
    return checkIns && i >= 0 ? checkInOf(checkIns, week, i) : undefined;
  };
  // The table each group prints on paper, if any: a lighter copy's folded table stands where the lighter session was.
  const onPaper = groups.map((g) => {
    const f = foldedOf(g);
    return f ? (f.lighter?.s === g.s ? f.s : null) : g.s;
  });
  // On paper a drill note prints once a week, in the first table of the sheet that has it; every sheet says it again
  // (physiotherapist's read of the handout: weeks 2-4 lost the warm-up before their weighted raises).
  const above = aboveEach(onPaper);
  // Phone review: a returning runner scrolled past every week already done (the plan was about 21 phone screens).
  // A jump from the week strip focuses the heading, and that opens the week too.
  const [open, setOpen] = useState(!over);
  const body = `week-${week.number}-body`;
  return (
    <section class={open ? 'week' : 'week folded'} aria-labelledby={`week-${week.number}`}>
      <h3 id={`week-${week.number}`} tabIndex={-1} onFocus={() => setOpen(true)}>
        {weekTitle(week)}{' '}
        <span class="dates">
          ({day(week.startDate, week.startDate.slice(0, 4) !== week.endDate.slice(0, 4))} to {day(week.endDate)})
        </span>
      </h3>
      {over && (
        <p class="no-print week-fold">
          This week is over.{' '}
          <button type="button" aria-expanded={open} aria-controls={body} onClick={() => setOpen(!open)}>
            {open ? `Fold week ${week.number} away` : `Show week ${week.number} again`}
          </button>
        </p>
      )}
      <div id={body} class="week-body">
        <p>
          <strong>
            What changes:{' '}
            {c.variable
              ? CHANGE_LABELS[c.variable]
              : week.adjustment
                ? 'this week follows your log'
                : week.number === 1
                  ? 'nothing yet'
                  : 'nothing'}
            .
          </strong>{' '}
          {say(c.reason)}
          {figure && <strong> {figure}</strong>}
          <Why ids={c.ruleIds} />
        </p>
        <p>
          <Note note={week.focus} say={say} />
        </p>
        <Notes notes={week.notes} say={say} />
        {/* The week's checks once, not under every session (issue 12); page 1 of print lists them for the block. */}
        <details class="readiness no-print">
          {/* While C49's stop has the sessions wait, the checks are for after the clearance (physiotherapist's read:
              "0-3/10 go ahead" under a week titled "Calf sessions wait for a check"). */}
          <summary>
            {week.adjustment?.stopped
              ? "Checks for this week's sessions, once a physiotherapist or doctor has cleared you"
              : "Checks before, during and after this week's sessions"}
          </summary>
          {/* A check the summary already gives (the cramp advice) is not repeated under every week. */}
          <Notes notes={weekChecks(week).filter((n) => !inSummary.has(phraseKey(n)))} say={say} />
        </details>
        {groups.slice(0, upTo).map((g, i) => {
          const folded = foldedOf(g);
          return (
            <>
              <SessionView
                s={g.s}
                dates={g.dates}
                t={t}
                w={w}
                id={`week-${week.number}-session-${i + 1}`}
                above={above[i]}
                words={words}
                paper={folded ? 'screen' : undefined}
              />
              {folded && folded.lighter?.s === g.s && (
                <SessionView
                  s={folded.s}
                  dates={folded.dates}
                  t={t}
                  w={w}
                  id={`week-${week.number}-session-${i + 1}-paper`}
                  above={above[i]}
                  words={words}
                  lighter={folded.lighter}
                  paper="paper"
                />
              )}
            </>
          );
        })}
        {/* Paper: one log for the week, a row per session in date order (one table, not one per session, so the
            week keeps to its sheet), and one per day of strides after an easy run (a physiotherapist's read of the
            handout: nowhere to write how they went). */}
        {week.sessions.length > 0 && (
          <SessionLog
            week={week.number}
            dates={week.sessions.map((x) => x.date)}
            strides={stridesDays(week)}
            found={found}
          />
        )}
      </div>
    </section>
  );
}
