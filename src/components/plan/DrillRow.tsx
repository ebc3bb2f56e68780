// One drill's row in a session table: its name and figure, the dose for each leg (the leg that goes first marked),
// how to do it, its load and notes, and on paper a tick box per date.
import {
  drillHow,
  drillLoadText,
  loadFigure,
  type PrescribedDrill,
  say,
  sideDoseText,
  type Unit,
} from '../../domain/index.ts';
import { figureFor } from '../../lib/figure-for.ts';
import { howToFor } from '../../lib/how-to.ts';
import { href } from '../../lib/url.ts';
import { DrillLink, Note, type Titles, Why } from './bits.tsx';
import { noteKey } from './paper-once.ts';
import type { PlainWord } from './plain-words.ts';

/** Body weight for load figures, in the chosen unit (own plan only; null hides figures). */
export type Weight = { kg: number | null; unit: Unit };

function Side({ d, side }: { d: PrescribedDrill; side: 'left' | 'right' }) {
  const text = sideDoseText(d[side]);
  // "first" only means something when both legs do the drill.
  const both = d.left.sets > 0 && d.right.sets > 0;
  const first = d.stance === 'single' && d.firstSide === side && !!text && both;
  // On a phone's card the leg to do first is also listed first (phone review: "Left: 3 × 13  Right: 3 × 12 first").
  return (
    <td class={first ? 'dose first-side' : 'dose'} data-label={side === 'left' ? 'Left' : 'Right'}>
      {text || 'none'}
      {first ? <span class="first"> first</span> : null}
    </td>
  );
}

export function DrillRow({
  d,
  t,
  w,
  dates,
  printed,
  asIn,
  words,
}: {
  d: PrescribedDrill;
  t: Titles;
  w: Weight;
  dates: string[];
  /** Paper only: drill notes (by noteKey) already printed on this week's sheet. */
  printed: Set<string>;
  /** Paper only: the title of this week's table above whose how cell reads the same (paper-once.ts). */
  asIn?: string;
  words: PlainWord[] | undefined;
}) {
  const figure = loadFigure(d.load, w.kg, w.unit);
  const load = drillLoadText(d);
  // A sentence of its own (on paper it follows the drill's how-to): "Legs in turn, rest 120 s per leg".
  const said = drillHow(d);
  const how = said && said[0].toUpperCase() + said.slice(1);
  const howTo = howToFor(t, d.drill, d.stance);
  return (
    <tr>
      <th scope="row">
        <img class="fig" src={href(`figures/${figureFor(d)}.svg`)} alt="" width={96} height={72} loading="lazy" />
        {/* One box beside the figure on a phone's card, so the name and its plain word wrap together. */}
        <span>
          <DrillLink id={d.drill} t={t} />
          {words?.map((x) => (
            <span class="plain-word">
              {' '}
              (<dfn>{x.term}</dfn>: {x.meaning})
            </span>
          ))}
        </span>
      </th>
      {d.stance === 'single' ? (
        <>
          <Side d={d} side="left" />
          <Side d={d} side="right" />
        </>
      ) : d.stance === 'double' ? (
        <td colSpan={2} class="dose" data-label="Both legs">
          {sideDoseText(d.left)}, both legs together
        </td>
      ) : (
        <td colSpan={2} class="dose" data-label="Dose">
          {sideDoseText(d.left)}
        </td>
      )}
      <td class="how">
        {asIn && <span class="print-only">As in this week's {asIn.toLowerCase()}.</span>}
        <span class={asIn ? 'no-print' : undefined}>
          {/* Paper has no drill page one tap away: a one-line how-to leads the cell (issue 13). */}
          {howTo && <span class="how-to print-only">{howTo} </span>}
          {how}
          {/* A sentence ends before its "Why?" (phone review: "rest 120 s per leg Why?"). */}
          {how && !load ? '.' : ''}
          {load && (
            <>
              {how ? '. ' : ''}
              {load}
              {figure && <strong> {figure}</strong>}
            </>
          )}
        </span>
        <Why ids={d.ruleIds} />
        {d.notes.length > 0 && (
          <ul>
            {d.notes.map((n) => (
              <li class={printed.has(noteKey(d, n)) ? 'no-print' : undefined}>
                <Note note={n} say={say} />
              </li>
            ))}
          </ul>
        )}
      </td>
      {dates.map(() => (
        <td class="log tick">
          <span class="box" />
        </td>
      ))}
    </tr>
  );
}
