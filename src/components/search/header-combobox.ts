// Header search behaviour (ARIA combobox + listbox), imported by the header loader on first use.
// Type: results appear under the field and the count is announced. Up/Down: move through the options.
// Enter: open the chosen option, or the full search page if none is chosen. Escape: close, then clear.
import { href } from '~/lib/url.ts';
import { createSearchController } from './controller.ts';
import { loadPagefind, TYPE_LABEL } from './engine.ts';

/** Pages listed under the field; the last option always leads to every result (a convention: fits one screen). */
const SHOWN = 6;
/** Pause after a keystroke before searching, in milliseconds (a convention; Pagefind preloads meanwhile). */
const PAUSE_MS = 80;

interface Option {
  url: string;
  title: string;
  type: string;
  excerpt: string;
}

export function attach(input: HTMLInputElement): void {
  if (input.dataset.attached) return;
  input.dataset.attached = '';
  const form = input.form!;
  const list = document.getElementById(input.getAttribute('aria-controls')!) as HTMLUListElement;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  let rows: Option[] = []; // the options on screen, "All results" last
  let active = -1;
  const FAILED = 'Search could not load. Press Enter to open the search page.';
  // Start fetching Pagefind now: focus means the user is about to type. Later calls reuse it, or retry after a failure.
  loadPagefind().catch(() => {
    status.textContent = FAILED;
  });

  const open = (yes: boolean) => {
    list.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) setActive(-1);
  };

  function setActive(i: number) {
    active = i;
    list.querySelectorAll('[role=option]').forEach((el, j) => {
      el.setAttribute('aria-selected', String(j === i));
    });
    if (i < 0) input.removeAttribute('aria-activedescendant');
    else {
      input.setAttribute('aria-activedescendant', `site-search-opt-${i}`);
      list.children[i]?.scrollIntoView({ block: 'nearest' });
    }
  }

  function render(q: string, found: Option[], total: number) {
    // Results for later keystrokes may land after an arrow press: keep that choice if the page is still listed, or
    // if it was "All results", whose address follows the words (a loaded machine's test reset it between keystrokes).
    const chosen = active >= 0 && active === rows.length - 1 ? 'all' : rows[active]?.url;
    const all: Option = {
      url: href(`search/?q=${encodeURIComponent(q)}`),
      title: `All results for “${q}”`,
      type: '',
      excerpt: '',
    };
    rows = [...found, all];
    list.replaceChildren(
      ...rows.map((o, i) => {
        const li = document.createElement('li');
        li.id = `site-search-opt-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = o.type ? 'search-option' : 'search-option search-option-all';
        const title = document.createElement('span');
        title.className = 'search-option-title';
        title.textContent = o.title;
        li.append(title);
        if (o.type) {
          const badge = document.createElement('span');
          badge.className = `badge type-${o.type}`;
          badge.textContent = TYPE_LABEL[o.type] ?? o.type;
          const excerpt = document.createElement('span');
          excerpt.className = 'search-option-excerpt';
          excerpt.innerHTML = o.excerpt; // escaped by Pagefind; only <mark> is markup
          // Announced as the option's description, not its name, so arrowing reads "title, type" first.
          excerpt.id = `${li.id}-excerpt`;
          excerpt.setAttribute('aria-hidden', 'true');
          li.setAttribute('aria-describedby', excerpt.id);
          li.append(' ', badge, excerpt);
        }
        return li;
      }),
    );
    // Results that arrive after the user has left the field stay closed until the field has focus again.
    open(document.activeElement === input);
    setActive(
      chosen && !list.hidden ? (chosen === 'all' ? rows.length - 1 : rows.findIndex((o) => o.url === chosen)) : -1,
    );
    status.textContent =
      total === 0
        ? `No results for ${q}. Press Enter to search the full page.`
        : `${total} ${total === 1 ? 'result' : 'results'}${total > SHOWN ? `, ${SHOWN} shown` : ''}. Use the up and down arrows to choose.`;
  }

  const clear = () => {
    rows = [];
    list.replaceChildren();
    open(false);
  };
  const search = createSearchController({
    load: async () => ({ pf: await loadPagefind() }),
    shown: SHOWN,
    pauseMs: PAUSE_MS,
    onAnswer(a, state) {
      if (!a) {
        clear();
        status.textContent = '';
        return;
      }
      const found = a.items.map((d) => ({
        url: d.url,
        title: d.meta.title ?? d.url,
        type: d.filters.type?.[0] ?? '',
        excerpt: d.excerpt,
      }));
      render(state.q.trim(), found, a.hits.length);
    },
    // Offline or a failed fetch: no stale options for new words; say so each time (Enter still reaches /search/).
    onError() {
      clear();
      status.textContent = FAILED;
    },
  });
  const run = () => search.set({ q: input.value, sel: {} });

  const go = (i: number) => {
    const url = rows[i]?.url;
    if (url) location.assign(url);
  };

  input.addEventListener('input', run);
  input.addEventListener('keydown', (e) => {
    const count = list.children.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!count) return;
      e.preventDefault();
      if (list.hidden) {
        open(true);
        setActive(e.key === 'ArrowDown' ? 0 : count - 1);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      go(active);
    } else if (e.key === 'Escape') {
      // Closing also cancels a search still on its way, so late results cannot reopen the list.
      if (!list.hidden || search.pending()) {
        e.preventDefault();
        search.cancel();
        open(false);
      } else if (input.value) {
        e.preventDefault();
        input.value = '';
        run();
      }
    }
  });
  list.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the field while clicking
  list.addEventListener('click', (e) => {
    const li = (e.target as HTMLElement).closest<HTMLElement>('[role=option]');
    if (li) go([...list.children].indexOf(li));
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => {
    if (list.children.length && input.value.trim()) open(true);
  });
  if (input.value.trim()) run(); // words typed while this code was loading
}
