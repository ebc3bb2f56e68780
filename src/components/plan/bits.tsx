// Small shared pieces: rule links (every decision names its rules), notes with their rules, drill and cue links.
import { type Note as NoteT, say } from '../../domain/index.ts';
import { href } from '../../lib/url.ts';

export type Titles = { drills: Record<string, string>; cues: Record<string, string> };

/** "(rules R13, R14)" with each id linking to its entry on the how-plans-are-built page. */
export function Rules({ ids }: { ids: readonly string[] }) {
  if (!ids.length) return null;
  return (
    <span class="rules">
      {' '}
      (rule{ids.length > 1 ? 's' : ''}{' '}
      {ids.map((id, i) => (
        <>
          {i ? ', ' : ''}
          <a href={href(`guides/how-plans-are-built/#${id}`)}>{id}</a>
        </>
      ))}
      )
    </span>
  );
}

export const Note = ({ note }: { note: NoteT }) => (
  <>
    {say(note)}
    <Rules ids={note.ruleIds} />
  </>
);

export function Notes({ notes, class: cls }: { notes: readonly NoteT[]; class?: string }) {
  return notes.length ? (
    <ul class={cls}>
      {notes.map((n) => (
        <li>
          <Note note={n} />
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
