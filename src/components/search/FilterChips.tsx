// Filter chips with counts, one toggle button per value; at most one value per group is chosen at a time.
import type { FilterCounts } from './engine.ts';
import { GROUP_LABEL, GROUPS, type Group, type SearchState, sortValues, valueLabel } from './facets.ts';

interface Props {
  counts: FilterCounts;
  sel: SearchState['sel'];
  disabled: boolean;
  onToggle: (group: Group, value: string) => void;
  onClear: () => void;
}

export default function FilterChips({ counts, sel, disabled, onToggle, onClear }: Props) {
  // Hide values with no results (unless chosen) and groups left empty: drill-only groups appear once drills match.
  const groups = GROUPS.map((g) => {
    const c = counts[g] ?? {};
    const values = sortValues(
      g,
      Object.keys(c).filter((v) => (c[v] ?? 0) > 0 || sel[g] === v),
    );
    return { g, c, values };
  }).filter((x) => x.values.length > 0);
  const anyChosen = GROUPS.some((g) => sel[g]);
  if (groups.length === 0 && !anyChosen) return null;

  return (
    <section class="search-filters" aria-labelledby="search-filters-heading">
      <h2 id="search-filters-heading" class="visually-hidden">
        Filters
      </h2>
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
      {anyChosen && (
        <button type="button" class="chip chip-clear" disabled={disabled} onClick={onClear}>
          Clear filters
        </button>
      )}
    </section>
  );
}
