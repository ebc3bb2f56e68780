// What a morning answer means for the next calf session (rule 8, C39), said the moment it is saved: the plan below
// changes with it, and the runner should not have to find out how by reading four weeks (phone review).
import type { Response } from '../adjust/response.ts';

const MORNING_TEXT: Record<Response['action'], string> = {
  'go-on': 'Back to your usual: your next calf session goes ahead as planned.',
  repeat:
    'Not quite back to your usual: your next calf session repeats this dose instead of taking the next step. The weeks below show it.',
  'step-back':
    'Worse than your usual: your next calf sessions step back to a lighter dose. The weeks below show it. Keep runs easy until your mornings are back to usual, with pain during a run at most 5/10.',
};

export const morningText = (action: Response['action']): string => MORNING_TEXT[action];
