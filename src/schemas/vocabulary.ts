// The closed word lists shared by content, the plan engine and the browser. Plain constants with no zod import,
// so browser code can use them without pulling a schema library into the bundle.

/** Kit a runner may own. The Baseline asks about exactly these; drills declare which they need. */
export const EQUIPMENT = ['step', 'weights', 'band', 'box', 'calf-machine'] as const;
export type EquipmentId = (typeof EQUIPMENT)[number];

/** Everyday items we assume every home has (a wall, a chair, a towel...); never gate a drill. */
export const HOUSEHOLD = ['wall', 'chair', 'towel', 'foam-roller', 'cones', 'stairs'] as const;

/** Which part of the calf-foot complex a drill mainly works. */
export const MUSCLES = ['gastrocnemius', 'soleus', 'foot'] as const;
