// The /search/ island: query field, filter chips with counts, results. The query and filters live in the URL:
// typing replaces the current history entry, while a new search, Enter or a filter change adds one, so Back
// steps through searches and a copied address reopens the same results.

import type { TargetedEvent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Answer, bindSearchShortcut, type Context, createSearchController } from './controller.ts';
import { loadPagefind, type ResultData } from './engine.ts';
import FilterChips from './FilterChips.tsx';
import {
  type Group,
  knownFilters,
  loadMembership,
  readUrl,
  type SearchState,
  sameState,
  toQueryString,
} from './facets.ts';
import ResultList from './ResultList.tsx';

/** Results loaded per step; "Show more" adds the next step (a convention: one screen of results). */
const STEP = 10;

// Pagefind plus the page-to-filter-value map the chips need, loaded once (a failed load may be retried).
let context: Promise<Context> | undefined;
function loadContext(): Promise<Context> {
  context ??= Promise.all([loadPagefind(), loadMembership()]).then(([pf, membership]) => ({ pf, membership }));
  context.catch(() => {
    context = undefined;
  });
  return context;
}

interface Props {
  browse: { href: string; label: string }[];
}
type Status = 'idle' | 'loading' | 'done' | 'error' | 'more-error';

export default function SearchPage({ browse }: Props) {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<SearchState>({ q: '', sel: {} });
  // The answer remembers the search it answers, so the status line never pairs new words with old results.
  const [outcome, setOutcome] = useState<Answer | null>(null);
  const [items, setItems] = useState<ResultData[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const typing = useRef(false); // true while the current history entry belongs to the words being typed
  const field = useRef<HTMLInputElement>(null);
  const search = useMemo(
    () =>
      createSearchController({
        load: loadContext,
        shown: STEP,
        pauseMs: 60,
        onAnswer(a) {
          setOutcome(a);
          setItems(a?.items ?? []);
          setStatus(a ? 'done' : 'idle');
        },
        // Nothing from an earlier search stays on screen under the failure message.
        onError() {
          setOutcome(null);
          setItems([]);
          setStatus('error');
        },
      }),
    [],
  );

  // After hydration: state from the address; Back/Forward restore it; `/`, Ctrl-K or Cmd-K focus the field.
  useEffect(() => {
    const fromUrl = () => {
      typing.current = false;
      setState(readUrl(location.search));
    };
    fromUrl();
    setReady(true);
    addEventListener('popstate', fromUrl);
    const unbind = bindSearchShortcut(() => field.current);
    return () => {
      removeEventListener('popstate', fromUrl);
      unbind();
      search.cancel();
    };
  }, [search]);

  // Search on every change of query or filters. Unknown filter values in the address ("type=bogus") would filter
  // everything away unseen: they are dropped and the address tidied first.
  useEffect(() => {
    if (!ready) return;
    let live = true;
    if (!outcome && (state.q.trim() || Object.keys(state.sel).length)) setStatus('loading');
    loadContext().then(
      ({ membership }) => {
        if (!live) return;
        const tidy = knownFilters(state, membership?.known ?? {});
        if (!sameState(tidy, state)) {
          history.replaceState(null, '', location.pathname + toQueryString(tidy));
          setState(tidy);
        } else search.set(state);
      },
      () => {
        if (!live) return;
        search.cancel();
        setOutcome(null);
        setItems([]);
        setStatus('error');
      },
    );
    return () => {
      live = false;
    };
  }, [state, ready, search]);

  function commit(next: SearchState, mode: 'push' | 'replace') {
    if (sameState(next, state) && mode === 'push') return;
    const url = location.pathname + toQueryString(next);
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    setState(next);
  }
  const onInput = (e: TargetedEvent<HTMLInputElement>) => {
    commit({ ...state, q: e.currentTarget.value }, typing.current ? 'replace' : 'push');
    typing.current = true;
  };
  const onToggle = (g: Group, v: string) => {
    typing.current = false;
    const sel = { ...state.sel };
    if (sel[g] === v) delete sel[g];
    else sel[g] = v;
    commit({ ...state, sel }, 'push');
  };
  // The button disappears once nothing is chosen, so focus goes back to the search field.
  const onClear = () => {
    typing.current = false;
    commit({ ...state, sel: {} }, 'push');
    field.current?.focus();
  };
  const onSubmit = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    typing.current = false;
  };
  const more = async () => {
    if (!outcome) return;
    const from = items.length;
    try {
      const next = await search.more(outcome, from, STEP);
      if (!next) return; // the words or filters changed meanwhile: these belong to an old search
      setItems([...items, ...next]);
      setStatus('done');
      // Focus the first new result, so keyboard users carry on reading where the list grew (the button may vanish).
      setTimeout(() => document.querySelectorAll<HTMLElement>('.search-results > li h2 a')[from]?.focus(), 0);
    } catch {
      setStatus('more-error');
    }
  };

  const total = outcome?.hits.length ?? 0;
  const q = outcome?.state.q.trim() ?? '';
  const filtered = Object.keys(outcome?.state.sel ?? {}).length > 0;
  let message = '';
  if (status === 'loading') message = 'Loading search…';
  else if (status === 'error')
    message = 'Search could not load. Check your connection and try again, or browse the lists below.';
  else if (status === 'more-error') message = 'More results could not load. Check your connection and try again.';
  else if (status === 'done' && outcome) {
    const what = `${total} ${total === 1 ? 'result' : 'results'}`;
    const shown = items.length < total ? ` Showing ${items.length}.` : total > STEP ? ` Showing all ${total}.` : '';
    message = `${what}${q ? ` for “${q}”` : ''}${filtered ? ' with the chosen filters' : ''}.${shown}`;
  }

  return (
    <div class="search-app">
      <form role="search" class="search-page-form" action="" method="get" onSubmit={onSubmit}>
        <label for="search-q">Search drills, cues, phases, injury notes and guides</label>
        <input
          id="search-q"
          ref={field}
          type="search"
          name="q"
          value={state.q}
          onInput={onInput}
          disabled={!ready}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="search-hint"
          aria-keyshortcuts="/ Control+K Meta+K"
        />
        <p id="search-hint" class="search-hint">
          Use your own words, for example “heel pain in the morning”, “cramp” or “box jump”.
        </p>
      </form>
      {/* The status line sits above the chips: it is there from the first paint, so chips arriving with the results
          push nothing that was already on screen. */}
      <p class="search-status" role="status">
        {message}
      </p>
      {/* Chips wait for the first answer's counts, so they appear once, complete, instead of growing around a chosen
          chip (a layout shift on /search/?type=...). */}
      {outcome && (
        <FilterChips counts={outcome.counts} sel={state.sel} disabled={!ready} onToggle={onToggle} onClear={onClear} />
      )}
      {status === 'done' && outcome && total === 0 && (
        <p>
          Try fewer or plainer words, remove a filter, or browse:{' '}
          {browse.map((b, i) => (
            <>
              {i > 0 && ', '}
              <a href={b.href}>{b.label}</a>
            </>
          ))}
          .
        </p>
      )}
      <ResultList items={items.length && outcome ? items : []} />
      {items.length < total && (
        <button type="button" class="search-more" onClick={more}>
          Show more results
        </button>
      )}
    </div>
  );
}
