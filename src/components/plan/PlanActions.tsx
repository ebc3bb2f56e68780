// Print, share, calendar and backup. Everything happens in the browser: files are made here and downloaded,
// the share link carries the answers in the URL fragment, and nothing is sent anywhere. The calendar and backup
// writers load on the click that needs them: they are not part of what the page loads before the runner acts
// (issue 13's 50 KB budget).

import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Baseline, PlanOrReferral } from '../../domain/index.ts';
import { $mode } from '../../stores/plan.ts';
import { $history } from '../../stores/plan-history.ts';
import { shareUrl } from '../../stores/plan-session.ts';
import type { Titles } from './bits.tsx';
import { printWithFigures } from './print-figures.ts';

export function download(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

type Props = { b: Baseline; result: PlanOrReferral; t: Titles; host: string };

export default function PlanActions({ b, result, t, host }: Props) {
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  // A Pushoff default, not advice: the runner picks the time their sessions go into the calendar.
  const [time, setTime] = useState('18:00');
  useEffect(() => {
    setLink('');
    setStatus('');
  }, [b]); // a copied link belongs to the answers it was made from
  const copy = async () => {
    const url = await shareUrl(b);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(
        `Link copied. Anyone who opens it sees ${result.kind === 'plan' ? 'this plan' : 'this advice'} read-only; the answers travel in the link itself.`,
      );
    } catch {
      setStatus('Copying is blocked here: the link is in the box below, selected. Copy it with Ctrl+C or Cmd+C.');
      setTimeout(() => (document.getElementById('share-link') as HTMLInputElement | null)?.select(), 0);
    }
  };
  /** A file made here, downloaded, and said where it went (screen reader review: a download gave no word on the
   * page, and some browsers show none either). */
  const save = (name: string, text: string, type: string, what: string) => {
    download(name, text, type);
    setStatus(`${what} saved as ${name}, in your downloads.`);
  };
  const calendar = async () => {
    if (result.kind !== 'plan') return;
    // DTSTAMP is when the file was made (RFC 5545), so a calendar app can tell a newer export of the same day apart.
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    const [{ toIcs }, { planEvents }] = await Promise.all([
      import('../../lib/plan-io/ics.ts'),
      import('../../lib/plan-io/plan-events.ts'),
    ]);
    const ics = toIcs(planEvents(result, t.drills, await shareUrl(b)), {
      name: 'Pushoff calf plan',
      stamp,
      domain: host,
      time,
    });
    save(`pushoff-plan-${result.startDate}.ics`, ics, 'text/calendar', 'Calendar file');
  };
  // The runner's own log, for a coach or physio: one row per drill per side per session (issue 14).
  const history = useStore($history);
  const hasLog = $mode.get().kind === 'own' && (history?.log.entries.length ?? 0) > 0;
  const exportCsv = async () => {
    if (!history || result.kind !== 'plan') return;
    const { logCsv } = await import('../../lib/plan-io/log-csv.ts');
    save(`pushoff-log-${result.startDate}.csv`, logCsv(result, history, t.drills), 'text/csv', 'Your log');
  };
  const exportJson = async () => {
    const { makeBackup } = await import('../../lib/plan-io/backup.ts');
    // The runner's own log only: a shared plan is someone else's.
    const own = $mode.get().kind === 'own' ? $history.get() : null;
    const log = own?.log;
    const json = makeBackup(b, result, new Date().toISOString(), log?.entries.length ? log : undefined, own?.earlier);
    save(`pushoff-plan-${b.startDate}.json`, json, 'application/json', 'Backup');
  };
  return (
    <div class="actions no-print">
      <div class="buttons">
        <button type="button" onClick={() => printWithFigures()}>
          {/* A referral has no plan to print, but the answers and the advice are worth taking to the appointment. */}
          {result.kind === 'plan' ? 'Print plan' : 'Print for your clinician'}
        </button>
        <button type="button" onClick={copy}>
          Copy link
        </button>
        {result.kind === 'plan' && (
          <span class="calendar-time">
            <label for="calendar-time">Session time in your calendar</label>{' '}
            <input id="calendar-time" type="time" value={time} onInput={(e) => setTime(e.currentTarget.value)} />{' '}
            <button type="button" onClick={calendar}>
              Add to calendar
            </button>
          </span>
        )}
        <button type="button" onClick={exportJson}>
          Save a backup file
        </button>
        {hasLog && result.kind === 'plan' && (
          <button type="button" onClick={exportCsv}>
            Export my log (CSV)
          </button>
        )}
      </div>
      {link && (
        <p>
          <label for="share-link">Share link</label>{' '}
          <input id="share-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      <p class="hint">
        {result.kind === 'plan'
          ? 'The share link, and the link in each calendar event, hold your answers'
          : 'The share link holds your answers'}{' '}
        (counts, pain, age and sex), and from your second block on your earlier tests and how each earlier session went
        (effort, pain, next morning), so whoever can see them can read those too. Nothing is sent anywhere unless you
        share it.
      </p>
      {/* A second import can update events (same UID, higher SEQUENCE) but never deletes, and not every app updates. */}
      {result.kind === 'plan' && (
        <p class="hint">
          If you add a changed plan to your calendar again, check it: days the new plan no longer uses stay until you
          delete them, and some calendar apps keep the old copies too.
        </p>
      )}
      <p role="status" class="hint">
        {status}
      </p>
    </div>
  );
}
