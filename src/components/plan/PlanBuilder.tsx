// The plan page island. Server-rendered with every control disabled; after hydration it loads the saved answers
// and any share link (stores), switches the form on, and renders the live plan. Read-only for shared links.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $draft, $mode, $notices } from '../../stores/plan.ts';
import { adoptShared, leaveShared, startPlan } from '../../stores/plan-session.ts';
import { startUnits } from '../../stores/units.ts';
import BaselineView from './BaselineView.tsx';
import type { Titles } from './bits.tsx';
import ImportBackup from './ImportBackup.tsx';
import { NoticeText } from './PlanActions.tsx';
import PlanForm from './PlanForm.tsx';
import ResultView from './ResultView.tsx';

type Props = { titles: Titles; host: string };

/** The shared view's buttons vanish when pressed, so focus goes to the plan heading instead of being lost. */
const focusPlan = () => setTimeout(() => document.getElementById('plan-result')?.focus(), 0);

export default function PlanBuilder({ titles, host: siteHost }: Props) {
  // Built without SITE: the page's own address, never a made-up one. Plans render only after mount, so SSR needs none.
  const host = siteHost || (typeof location === 'undefined' ? '' : location.host);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startUnits();
    startPlan();
    setReady(true);
  }, []);
  const mode = useStore($mode);
  const notices = useStore($notices);
  const flagged = useStore($draft).redFlags.length > 0;
  return (
    <div class="plan-builder">
      {notices.share && (
        <div class="callout danger no-print" role="alert">
          <strong>This share link cannot be opened.</strong> <NoticeText n={notices.share} /> Your own saved plan below
          is unchanged.
        </div>
      )}
      {notices.storage && (
        <div class="callout no-print" role="alert">
          <NoticeText n={notices.storage} />
        </div>
      )}
      {notices.save && (
        <div class="callout no-print" role="alert">
          <NoticeText n={notices.save} />
        </div>
      )}
      {mode.kind === 'shared' ? (
        <div class="shared no-print">
          <p class="callout">
            You are looking at a plan someone shared with you. It is read-only and is not saved on this device unless
            you choose to use it, which replaces any answers saved here.
          </p>
          <p class="buttons">
            <button
              type="button"
              class="primary"
              onClick={() => {
                adoptShared(mode.baseline);
                focusPlan();
              }}
            >
              Use this as my plan
            </button>
            <button
              type="button"
              onClick={() => {
                leaveShared();
                focusPlan();
              }}
            >
              Back to my own plan
            </button>
          </p>
          <BaselineView b={mode.baseline} level={2} />
        </div>
      ) : (
        <>
          <PlanForm ready={ready} />
          {!flagged && <ImportBackup ready={ready} />}
        </>
      )}
      <ResultView t={titles} host={host} />
    </div>
  );
}
