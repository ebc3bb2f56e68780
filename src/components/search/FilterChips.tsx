// Filter chips with counts, one toggle button per value; at most one value per group is chosen at a time.
// The chips sit in a "Filter results" disclosure: open on wide screens, closed on phones, where the four groups wrap
// to several rows and used to push the first result below the first screen (issue 16). The summary names the chosen
// values, so a closed disclosure never hides what is narrowing the results, and "Clear filters" stays outside it.
import { useState } from 'preact/hooks';
import type { FilterCounts } from './engine.ts';
import { GROUP_LABEL, GROUPS, type Group, type SearchState, sortValues, valueLabel } from './facets.ts';

interface Props {
  counts: FilterCounts;
  sel: SearchState['sel'];
  disabled: boolean;
  onToggle: (group: Group, value: string) => void;
  onClear: () => void;
}

/** Where the chips start open; matches the phone breakpoint of search.css (40rem). */
const WIDE = '(min-width: 40rem)';

export default function FilterChips({ counts, sel, disabled, onToggle, onClear }: Props) {
  // Rendered only in the browser, after the first answer (SearchPage), so matchMedia is there and the first render
  // already has the right state: the disclosure never opens or closes by itself after it appears (no layout shift).
  // Read once: Preact compares `open` with its last render, not the element, so a reader's own toggle is kept.
  const [open] = useState(() => matchMedia(WIDE).matches);
  // Hide values with no results (unless chosen) and groups left empty: drill-only groups appear once drills match.
  const groups = GROUPS.map((g) => {
    const c = counts[g] ?? {};
    const values = sortValues(
      g,
      Object.keys(c).filter((v) => (c[v] ?? 0) > 0 || sel[g] === v),
    );
    return { g, c, values };
  }).filter((x) => x.values.length > 0);
  const chosen = GROUPS.flatMap((g) => (sel[g] ? [valueLabel(g, sel[g])] : []));
  if (groups.length === 0 && chosen.length === 0) return null;

  return (
    <section class="search-filters" aria-labelledby="search-filters-heading">
      <h2 id="search-filters-heading" class="visually-hidden">
        Filters
      </h2>
      <details open={open}>
        <summary>
          {/* One span: the summary is a flex row (components.css), which would set the chosen values apart. */}
          <span>
            Filter results
            {chosen.length > 0 && <span class="filters-chosen">: {chosen.join(', ')}</span>}
          </span>
        </summary>
        <div class="chip-groups">
          {groups.map(({ g, c, values }) => (
            <div class="chip-group" role="group" aria-labelledby={`chips-${g}`} key={g}>
              <span class="chip-group-label" id={`chips-${g}`}>
                {GROUP_LABEL[g]}
              </span>
              {values.map((v) => {
                const n = c[v] ?? 0;
                return (
                  <button
                    type="button"
                    class="chip"
                    key={v}
                    aria-pressed={sel[g] === v}
                    disabled={disabled}
                    data-filter={g}
                    data-value={v}
                    onClick={() => onToggle(g, v)}
                  >
                    {valueLabel(g, v)}{' '}
                    <span class="chip-count" aria-hidden="true">
                      {n}
                    </span>
                    <span class="visually-hidden">
                      , {n} {n === 1 ? 'result' : 'results'}
                    </span>
                  </button>
                );
              })}
            </div>
          ))}
        </div>
      </details>
      {chosen.length > 0 && (
        <button type="button" class="chip chip-clear" disabled={disabled} onClick={onClear}>
          Clear filters
        </button>
      )}
    </section>
  );
}
