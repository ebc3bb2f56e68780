// Where the session player keeps the runner's eyes and focus: the top of the dialog and the one button needed first,
// when the pain check is answered, at each new drill and at each new set (phone reviews). Called after the dialog is
// shown (SessionPlayer's showModal effect comes first).
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** `checked`: the pain check is answered; `drillIndex` and `stepIndex`: where the session is. */
export function usePlayerFocus(
  dialog: RefObject<HTMLDialogElement>,
  checked: boolean,
  drillIndex: number | undefined,
  stepIndex: number,
): void {
  // Focus starts on the pain check's question, then on the one button a runner needs first (Start set or Set done),
  // not on the dialog's first control (Mute).
  // From the top (phone review: the focus scroll left the first drill 64 px down, its name under the sticky bar).
  useLayoutEffect(() => {
    dialog.current?.scrollTo?.({ top: 0 });
    dialog.current
      ?.querySelector<HTMLElement>(checked ? '.player-main' : '.pain-check h3')
      ?.focus({ preventScroll: true });
  }, [checked]);
  // A new drill starts at the top of the dialog (phone review: after "Next drill" it stayed scrolled 40 px down, and
  // the sticky bar hid "Drill 3 of 5"). Focus stays where it was (the button pressed), unless that button is now
  // disabled (the last drill's "Next drill"): then it goes to the main button, not to the page behind the dialog.
  useLayoutEffect(() => {
    if (drillIndex === undefined) return;
    dialog.current?.scrollTo?.({ top: 0 });
    const at = document.activeElement;
    if (!at || at === document.body || (at instanceof HTMLButtonElement && at.disabled))
      dialog.current?.querySelector<HTMLElement>('.player-main')?.focus();
  }, [drillIndex]);
  // Each new set or rest shows which leg and set it is (phone review: a runner who scrolled down to the figure during a
  // set did not see the other leg come up). Back to the top, as for a new drill, and only when that line is out of
  // sight or under the sticky bar: scrolling it just clear of the bar cut the drill's name in half (second review).
  useLayoutEffect(() => {
    const d = dialog.current;
    const now = d?.querySelector('.player-now')?.getBoundingClientRect();
    const bar = d?.querySelector('.player-bar')?.getBoundingClientRect();
    if (d && now && bar && (now.top < bar.bottom || now.bottom > d.getBoundingClientRect().bottom))
      d.scrollTo?.({ top: 0 });
  }, [stepIndex]);
}
