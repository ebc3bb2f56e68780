// Small shared pieces: the "Why?" behind every decision (its rules), notes with their rules, drill and cue links.

import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import type { Flag, Note as NoteT } from '../../domain/index.ts';
import type { PlanTitles } from '../../lib/plan-titles.ts';
import { href } from '../../lib/url.ts';

export type Titles = PlanTitles;

/** Rule titles for every "Why?", provided once by the plan island (they come from the build, not the bundle). */
export const RuleTitles = createContext<Record<string, string>>({});

/**
 * The rules behind a decision, behind a "Why?" toggle (issue 13: the sentence says the reason; codes and links are
 * for whoever asks). A button, not <details>, because it sits inside sentences, list items and table cells.
 * Screen only: paper gives the rules page's address once (PrintIntro).
 */
export function Why({ ids, label = 'Why?' }: { ids: readonly string[]; label?: string }) {
  const [open, setOpen] = useState(false);
  const titles = useContext(RuleTitles);
  if (!ids.length) return null;
  return (
    <span class="why no-print">
      {' '}
      <button type="button" class="why-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <span class="why-body">
          {' '}
          From {ids.length > 1 ? 'these rules' : 'this rule'} of how plans are built:{' '}
          {ids.map((id, i) => (
            <>
              {i ? '; ' : ''}
              <a href={href(`guides/how-plans-are-built/#${id}`)}>
                {id}
                {titles[id] ? `, ${titles[id]}` : ''}
              </a>
            </>
          ))}
          .
        </span>
      )}
    </span>
  );
}

/** Words for a note: the plan's say(), or sayReferral() where only a referral can show (its words load with the page,
 * the plan's with the plan views). */
type Words<N extends NoteT> = (note: N) => string;

/** `why`: false leaves the note's own "Why?" out, where one "Why?" for the whole box names its rules. */
export const Note = <N extends NoteT>({ note, say, why = true }: { note: N; say: Words<N>; why?: boolean }) => (
  <>
    {say(note)}
    {why && <Why ids={note.ruleIds} />}
  </>
);

export function Notes<N extends NoteT>({
  notes,
  say,
  class: cls,
  why = true,
  screenOnly,
}: {
  notes: readonly N[];
  say: Words<N>;
  class?: string;
  why?: boolean;
  /** Notes already printed on this sheet, which stay on screen only. */
  screenOnly?: (n: N) => boolean;
}) {
  return notes.length ? (
    <ul class={cls}>
      {notes.map((n) => (
        <li class={screenOnly?.(n) ? 'no-print' : undefined}>
          <Note note={n} say={say} why={why} />
        </li>
      ))}
    </ul>
  ) : null;
}

export const DrillLink = ({ id, t }: { id: string; t: Titles }) => (
  <a href={href(`drills/${id}/`)}>{t.drills[id] ?? id}</a>
);

export function CueLinks({ ids, t }: { ids: readonly string[]; t: Titles }) {
  return (
    <>
      {ids.map((id, i) => (
        <>
          {i ? '; ' : ''}
          <a href={href(`cues/${id}/`)}>{t.cues[id] ?? id}</a>
        </>
      ))}
    </>
  );
}

/** A plan note (summary flag), with its injury note's address on screen. */
export const FlagNote = ({ f, say }: { f: Flag; say: Words<Flag> }) => (
  <>
    <Note note={f} say={say} />
    {f.injury && (
      <span class="no-print">
        {' '}
        See the <a href={href(`injuries/${f.injury}/`)}>injury note</a>.
      </span>
    )}
  </>
);

/** Plan notes as a list, each with its injury note's address (the summary's notes; several requests to a clinician). */
export const FlagNotes = ({ flags, say }: { flags: readonly Flag[]; say: Words<Flag> }) => (
  <ul>
    {flags.map((f) => (
      <li>
        <FlagNote f={f} say={say} />
      </li>
    ))}
  </ul>
);
