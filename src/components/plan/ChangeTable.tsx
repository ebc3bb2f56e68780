// What changes week to week, for each leg, in one table (issue 13 replaced a volume chart whose bars looked the same
// every week while the text said things changed). Screen only: on paper each week's page says its change.
// Phone review: numbers broke across lines ("3 / × 13", "tempo 3- / 0-3 s"), so a dose and each part of a tempo stay
// whole; a week with no change reads "Same dose" (it read "Nothing", which sounded like no training).
import { CHANGE_LABELS, type Plan, sideDoseText, tempoText } from '../../domain/index.ts';
import type { Titles } from './bits.tsx';
import { type ChangeLine, weekChanges } from './week-changes.ts';

/** A week that follows the training log (issue 14) names the planned week it does; one with a set off says so (phone
 * review: "Back to week 1" stood over doses below week 1's, and "One step on (planned for week 1)" read as cryptic). */
function adjusted(a: NonNullable<Plan['weeks'][number]['adjustment']>): string {
  if (a.action === 'hold') return 'Holds your lowest dose';
  if (a.fewerSets) return a.action === 'repeat' ? `Repeats week ${a.doses}, one set fewer` : 'Week 1, one set fewer';
  if (a.action === 'repeat') return `Repeats week ${a.doses}`;
  return a.action === 'step-back' ? `Back to week ${a.doses}` : `One step on: week ${a.doses}'s dose`;
}

/** Pieces kept whole: in these narrow columns a phone broke "Single- / leg / work", "double- / leg" and "3 s / up". */
const keep = (text: string, piece: RegExp) =>
  text.split(piece).map((w, k) => (k % 2 ? <span class="nowrap">{w}</span> : w));
const whole = (text: string) => keep(text, /(\S+-\S+)/);

function Line({ l, t }: { l: ChangeLine; t: Titles }) {
  const d = l.dose;
  // The tempo in the drill cards' words, not "tempo 3-0-3 s" (phone reviews: a runner's word it is not, and a drop's
  // rise is on both feet). Only "3 s up" stays whole: a drop's longer words wrap, so a 390 px phone needs no sideways
  // scroll (phone review: whole parts widened the table to 417 px).
  const tempo = d.tempo && tempoText(d.drill, d.tempo);
  return (
    <li>
      {l.isNew && <strong>New: </strong>}
      {whole(t.drills[l.drill] ?? l.drill)} <span class="nowrap">{sideDoseText(d[l.side])}</span>
      {d.stance === 'double' ? ' (both legs)' : ''}
      {tempo && <> ({keep(tempo, /(\d+ s \w+)/)})</>}
      {l.reweighed ? ', new weight' : ''}
    </li>
  );
}

function Cell({ lines, t, label }: { lines: ChangeLine[]; t: Titles; label: string }) {
  return (
    <td data-label={label}>
      {lines.length ? (
        <ul>
          {lines.map((l) => (
            <Line l={l} t={t} />
          ))}
        </ul>
      ) : (
        'same as the week before'
      )}
    </td>
  );
}

export default function ChangeTable({ plan, t }: { plan: Plan; t: Titles }) {
  return (
    <section class="changes no-print" aria-labelledby="changes-title">
      <h3 id="changes-title">What changes, week by week</h3>
      {/* At 320 px the table is wider than the screen and scrolls in its box: a keyboard must reach it (axe's
          scrollable-region-focusable; a phone review found the right leg's column hidden there). */}
      <div class="table-scroll" tabindex={0} role="group" aria-labelledby="changes-title">
        <table>
          <caption>
            Week 1 shows where each leg starts on its main raise; each later week shows only what is different for that
            leg.
            {/* Phone review at 320 px: nothing showed that the right leg's column was there to scroll to. */}
            <span class="swipe-hint"> Swipe the table sideways for the right leg.</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Left leg</th>
              <th scope="col">Right leg</th>
            </tr>
          </thead>
          <tbody>
            {weekChanges(plan).map((c) => (
              <tr>
                <th scope="row">
                  <span class="nowrap">Week {c.week.number}</span>
                  <span class="visually-hidden">: </span>
                  <span class="change">
                    {c.week.adjustment
                      ? adjusted(c.week.adjustment)
                      : c.week.change.variable
                        ? whole(CHANGE_LABELS[c.week.change.variable])
                        : c.week.number === 1
                          ? 'Start'
                          : 'Same dose'}
                  </span>
                </th>
                <Cell lines={c.left} t={t} label="Left leg" />
                <Cell lines={c.right} t={t} label="Right leg" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
