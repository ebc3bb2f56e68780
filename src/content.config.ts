// Content collections. Entries live in top-level content/<collection>/*.mdx; schemas in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { cueSchema } from './schemas/cue.ts';
import { drillSchema } from './schemas/drill.ts';
import { guideSchema } from './schemas/guide.ts';
import { injurySchema } from './schemas/injury.ts';
import { phaseSchema } from './schemas/phase.ts';

const from = (dir: string) => glob({ pattern: '*.mdx', base: `./content/${dir}` });

export const collections = {
  drills: defineCollection({ loader: from('drills'), schema: drillSchema }),
  cues: defineCollection({ loader: from('cues'), schema: cueSchema }),
  phases: defineCollection({ loader: from('phases'), schema: phaseSchema }),
  injuries: defineCollection({ loader: from('injuries'), schema: injurySchema }),
  guides: defineCollection({ loader: from('guides'), schema: guideSchema }),
};
