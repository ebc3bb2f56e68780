// The search shortcut, written once for the header field and the /search/ page: `/` (outside text fields), Ctrl-K
// or Cmd-K focus the field and select its words. Kept apart from the controller so the header's loader can bind it
// at page load without pulling in any search code (tests/budget/js-budget.ts: 2 KB per content page).

/** True when the key press should focus search; `/` is ordinary typing in text fields, not on a checkbox or button. */
export function isSearchShortcut(e: KeyboardEvent): boolean {
  if (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey)) return true;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return false;
  const t = e.target as HTMLElement | null;
  if (!t || t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName)) return false;
  const nonText = /^(checkbox|radio|button|submit|reset|file|range|color|image)$/;
  return !(t.tagName === 'INPUT' && !nonText.test((t as HTMLInputElement).type));
}

/** Listens for the shortcut on the document; returns the function that stops listening. */
export function bindSearchShortcut(field: () => HTMLInputElement | null | undefined): () => void {
  const onKey = (e: KeyboardEvent) => {
    const input = field();
    if (!input || !isSearchShortcut(e)) return;
    e.preventDefault();
    input.focus();
    input.select();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
