// A form field's DOM id, in a module of its own: the plan's views use it to link an answer's error to its field, and
// they load without the form's code (AnswerSteps.tsx loads only while a step asks questions).

/** DOM id of a field's control (the first box of a group): 'straightKnee.left' -> 'f-straightKnee-left'. */
export const fid = (path: string) => `f-${path.replace(/\./g, '-')}`;
