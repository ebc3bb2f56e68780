// Search results: title link, type badge, highlighted excerpt. Pagefind escapes excerpt text before adding <mark>.
import type { ResultData } from './engine.ts';
import { TYPE_LABEL } from './engine.ts';

interface Props {
  items: ResultData[];
}

export default function ResultList({ items }: Props) {
  if (items.length === 0) return null;
  return (
    <ol class="search-results">
      {items.map((d) => {
        const type = d.filters.type?.[0];
        return (
          <li key={d.url}>
            <h2 class="result-title">
              <a href={d.url}>{d.meta.title ?? d.url}</a>
            </h2>
            {type && <span class={`badge result-type type-${type}`}>{TYPE_LABEL[type] ?? type}</span>}
            <p class="result-excerpt" dangerouslySetInnerHTML={{ __html: d.excerpt }} />
          </li>
        );
      })}
    </ol>
  );
}
