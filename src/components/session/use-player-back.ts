// The session player as a history entry of its own, so a phone's Back asks before leaving a session under way, as
// Close does (phone review: Back shut it at once and the sets done were lost). Closing it any other way takes that
// entry off again, so Back afterwards does not land on a player that is gone.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

const mark = () => history.pushState({ ...(history.state as object | null), pushoffPlayer: true }, '');

/** `ask`: what Close does mid-session (pause and ask). Returns what the dialog's close event must call. */
export function usePlayerBack(dialog: RefObject<HTMLDialogElement>, underWay: boolean, ask: () => void): () => void {
  const closing = useRef(false);
  const onBack = useRef(() => {});
  onBack.current = () => {
    if (closing.current) return;
    if (!underWay) {
      closing.current = true;
      dialog.current?.close();
      return;
    }
    mark(); // Back took the entry off: put it back while the runner answers
    ask();
  };
  // A reload or a closed tab asks too, the browser's own question (four-weeks review: a reload on the check-in lost a
  // finished session). Browsers show their own words, and only after the page has been tapped.
  useLayoutEffect(() => {
    if (!underWay) return;
    const stay = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', stay);
    return () => removeEventListener('beforeunload', stay);
  }, [underWay]);
  // Before the dialog shows (the player opens it in a layout effect declared after this one): with a plain effect a Back
  // pressed as the player appeared left the site (about:blank in a test run), the entry not yet pushed.
  useLayoutEffect(() => {
    mark();
    const pop = () => onBack.current();
    addEventListener('popstate', pop);
    return () => removeEventListener('popstate', pop);
  }, []);
  return () => {
    if (!closing.current && (history.state as { pushoffPlayer?: boolean } | null)?.pushoffPlayer) history.back();
    closing.current = true;
  };
}
