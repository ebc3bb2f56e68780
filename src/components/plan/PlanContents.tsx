// In-page contents for the plan: a plan runs to about 250 links (every decision links its rule), so keyboard users
// jump to a week instead of tabbing through the ones before it. Screen only; the printed pages are the weeks.
import { type Plan, weekTitle } from '../../domain/index.ts';

/** Focus the heading (which scrolls to it) without touching the address, which may hold a share link. */
function jump(e: MouseEvent, id: string): void {
  e.preventDefault();
  const heading = document.getElementById(id);
  heading?.focus({ preventScroll: true });
  heading?.scrollIntoView({ block: 'start' }); // the heading at the top, not wherever focus would scroll it
}

export default function PlanContents({ plan }: { plan: Plan }) {
  const targets: [string, string][] = [
    ['summary-title', 'Summary'],
    ...plan.weeks.map((w): [string, string] => [`week-${w.number}`, weekTitle(w)]),
    ['next-steps-title', 'Retest and after week 4'],
  ];
  return (
    <nav class="plan-contents no-print" aria-label="Plan contents">
      <ul>
        {targets.map(([id, text]) => (
          <li>
            <a href={`#${id}`} onClick={(e) => jump(e, id)}>
              {text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
