// One session of a week (or several alike, with all their dates): its drills with per-leg doses, cues, notes and
// "Why?"; on paper a tick column per date and a lighter first session folded in.
import { waitNote } from '../../domain/adjust/lighter.ts';
import { minutesText, phraseKey, type Session, say, sessionTitle } from '../../domain/index.ts';
import { CueLinks, Notes, type Titles, Why } from './bits.tsx';
import { DrillRow, type Weight } from './DrillRow.tsx';
import { day } from './labels.ts';
import { type Above, howKey } from './paper-once.ts';
import { mentionKey, type PlainWord } from './plain-words.ts';
import { Lighter } from './SessionPaper.tsx';
import type { PaperGroup } from './session-groups.ts';

/** "Mon 3 Mar and Fri 7 Mar 2025": the year once at the end, and on any date from another year (29 Dec 2025). */
function Dates({ dates }: { dates: string[] }) {
  const lastYear = dates[dates.length - 1].slice(0, 4);
  return (
    <>
      {dates.map((d, i) => (
        <>
          {i > 0 && (i === dates.length - 1 ? ' and ' : ', ')}
          <time dateTime={d}>{day(d, i === dates.length - 1 || d.slice(0, 4) !== lastYear)}</time>
        </>
      ))}
    </>
  );
}

export function SessionView({
  s,
  dates,
  t,
  w,
  id,
  above,
  words,
  lighter,
  paper,
}: {
  s: Session;
  dates: string[];
  t: Titles;
  w: Weight;
  id: string;
  /** Paper only: what the week's tables above this one have printed (paper-once.ts). */
  above: Above;
  words: Map<string, PlainWord[]>;
  /** Paper only: a lighter first session folded into this table. */
  lighter?: PaperGroup['lighter'];
  /** 'screen': this table is replaced on paper by a folded one; 'paper': the folded table itself. */
  paper?: 'screen' | 'paper';
}) {
  const fresh = s.cues.filter((c) => !above.cues.has(c));
  // A session waiting for a clinician's check (C49's third bad session) says so under its heading, before its drills
  // (physiotherapist's read: on paper the hold was the last line, after a table that read like any session).
  const hold = waitNote(s);
  return (
    <section class={paper === 'screen' ? 'session no-print' : paper === 'paper' ? 'session print-only' : 'session'}>
      <h4 id={id}>
        {sessionTitle(s)}: <Dates dates={dates} />, <span class="minutes">{minutesText(s.minutes)}</span>
      </h4>
      {hold && <p class="callout danger">{say(hold)}</p>}
      {/* On narrow screens each row becomes a card (plan.css); the explicit roles keep it a table for screen
          readers, which drop table semantics from restyled table elements. */}
      <div class="table-scroll">
        <table class="drills" aria-labelledby={id}>
          <thead>
            <tr>
              {['Drill', 'Left', 'Right', 'How'].map((h) => (
                <th scope="col">{h}</th>
              ))}
              {dates.map((d) => (
                <th scope="col" class="log tick">
                  {day(d, false).replace(/ \w+$/, '')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.drills.map((d) => (
              <DrillRow
                d={d}
                t={t}
                w={w}
                dates={dates}
                printed={above.drillNotes}
                asIn={above.how.get(howKey(d))}
                // A folded table's words were first explained on the lighter session's date.
                words={
                  words.get(mentionKey(lighter?.s.date ?? s.date, d.drill)) ?? words.get(mentionKey(s.date, d.drill))
                }
              />
            ))}
          </tbody>
        </table>
      </div>
      {s.cues.length > 0 && (
        <p class={fresh.length < s.cues.length ? 'cues no-print' : 'cues'}>
          Cues: <CueLinks ids={s.cues} t={t} />
        </p>
      )}
      {fresh.length > 0 && fresh.length < s.cues.length && (
        <p class="cues print-only">
          Cues as above, and: <CueLinks ids={fresh} t={t} />
        </p>
      )}
      <Notes
        notes={hold ? s.notes.filter((n) => n !== hold) : s.notes}
        say={say}
        screenOnly={(n) => above.notes.has(phraseKey(n))}
      />
      {lighter && <Lighter l={lighter} t={t} shown={new Set(s.notes.map(phraseKey))} />}
      {s.ruleIds.length > 0 && (
        <p class="no-print">
          <Why ids={s.ruleIds} label="Why this session?" />
        </p>
      )}
    </section>
  );
}
