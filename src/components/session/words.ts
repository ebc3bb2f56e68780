// What the player says and shows, in runner's words, built from the numeric dose fields only.
import type { Step, StepSide, WorkStep } from '../../lib/session/session-steps.ts';

export const sideName = (s: StepSide) => (s === 'left' ? 'Left leg' : s === 'right' ? 'Right leg' : 'Both legs');

/** 125 -> '2:05' (the big countdown). */
export const clockText = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/** 120 -> '2 minutes', 90 -> '1 minute 30 seconds', 45 -> '45 seconds'. */
export function durationWords(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return [m ? part(m, 'minute') : '', s || !m ? part(s, 'second') : ''].filter(Boolean).join(' ');
}

/** One set's dose: '13 reps: 3 s up, 3 s down', 'hold 45 s', '10 landings'. */
export function doseWords(w: WorkStep): string {
  if (w.mode === 'tempo' && w.tempo) {
    const { up, pause, down } = w.tempo;
    return `${w.reps} reps: ${up} s up${pause ? `, ${pause} s hold` : ''}, ${down} s down`;
  }
  if (w.rep) return `${w.rep.of} reps, each held ${w.seconds} seconds`;
  if (w.mode === 'hold') return `${w.seconds} seconds`;
  if (w.mode === 'contacts') return `${w.contacts} landings`;
  return `${w.reps ?? 0} reps`;
}

/** The main button's label before a timed set: a set held rep by rep starts one hold at a time. */
export const startLabel = (w: WorkStep) => (w.rep ? 'Start hold' : 'Start set');

/** 'Seated soleus raise. Right leg, set 1 of 3: 15 reps: 3 s up, 3 s down.' */
export const setWords = (w: WorkStep, title: string) =>
  `${title}. ${sideName(w.side)}, set ${w.set} of ${w.sets}: ${doseWords(w)}.`;

/** The polite announcement for a step: what to do next, said once when the step begins or waits. */
export function nextWords(steps: readonly Step[], i: number, title: (s: Step) => string): string {
  const s = steps[i];
  if (s.kind === 'rest') {
    const next = steps.slice(i + 1).find((x): x is WorkStep => x.kind === 'work');
    return `Rest ${durationWords(s.duration)}.${next ? ` Next: ${setWords(next, title(next))}` : ''}`;
  }
  const how =
    s.duration == null
      ? 'Press Set done when you finish.'
      : s.rep
        ? `Hold ${s.rep.n} of ${s.rep.of}: press ${startLabel(s)} when you are ready${s.rep.n > 1 ? ', after relaxing completely' : ''}.`
        : 'Press Start set when you are in position.';
  return `${setWords(s, title(s))} ${how}`;
}
