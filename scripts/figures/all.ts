// Every drill figure, by drill id, drawn from the leg model; TITLES holds the words written for figures whose view
// changed (the others keep the title their file has, which is also the drill page's figureAlt).
import { hops } from './hops.ts';
import { calfSqueeze, intrinsicFoot, kneeToWall, plantarflexion, softTissue } from './mobility.ts';
import { band, circuit, cooldown, seatedSoleus, strides } from './others.ts';
import { drop, raises } from './raises.ts';

export const FIGURES: Record<string, (title: string) => string> = {
  ...raises,
  ...hops,
  'eccentric-drop-straight': (t) => drop('eccentric-drop-straight', t, false),
  'eccentric-drop-bent': (t) => drop('eccentric-drop-bent', t, true),
  strides,
  'band-ankle-work': band,
  'foot-raise-circuit': circuit,
  'cooldown-mobility': cooldown,
  'seated-soleus-raise': seatedSoleus,
  'knee-to-wall': kneeToWall,
  'plantarflexion-mobility': plantarflexion,
  'calf-squeeze': calfSqueeze,
  'soft-tissue-prep': softTissue,
  'intrinsic-foot': intrinsicFoot,
};

// New words where the drawing changed (the leg-only view of figures that once showed the whole runner).
export const TITLES: Record<string, string> = {
  'pogo-hops':
    'Side view of one leg bouncing in place (both feet hop together), knee nearly straight: the ankle points as the foot springs just off the floor, and the ball of the foot lands first with the heel kept just off the floor; the calf is highlighted.',
  'double-leg-hops':
    'Side view of one leg hopping in place (both feet hop together): from a soft knee the ankle points as the foot springs a few centimetres off the floor, then the ball of the foot lands first with the knee slightly bent; the calf is highlighted.',
  'single-leg-hops':
    'Side view of the hopping leg: it pushes off from the toes, travels a short way forward and lands softly on the ball of the same foot with the knee slightly bent; the calf is highlighted.',
  'alternating-leg-hops':
    'Side view of hops from one foot to the other: the back leg (dashed) pushes off from the toes, and the other leg lands a short way ahead on the ball of the foot with the knee slightly bent; the calf of the landing leg is highlighted.',
  'box-hops':
    'Side view of one leg hopping from the floor onto a low box: it pushes off from the toes and lands softly on the box, ball of the foot first, knee slightly bent; the calf is highlighted.',
  'hurdle-hops':
    'Side view of one leg hopping over a low hurdle: it pushes off from the toes before the hurdle and lands softly beyond it on the ball of the foot, knee slightly bent, ready for the next; the calf is highlighted.',
  strides:
    "Side view of a runner's leg at stride pace: the foot lands under the body on the forefoot with the knee slightly bent, the heel lowers, and the leg pushes off from the toes (dashed) before swinging through; the calf is highlighted.",
  'band-ankle-work':
    'Side view of one leg straight out on the floor with a band looped around the ball of the foot and held towards the body: the foot starts at a right angle (dashed) and points away against the band; the calf is highlighted.',
  'foot-raise-circuit':
    "Side views of the circuit's three stations: seated with the knee bent, standing with the knee softly bent, and standing tall; in each the heel rises from flat (dashed) onto the ball of the foot; the lower calf is highlighted when the knee is bent, the upper calf when it is straight.",
  'cooldown-mobility':
    'Side view of the back leg in two calf stretches facing a wall, heel down in both: first with the knee straight (dashed), then with the knee bent and sinking a little further forward; the lower calf is highlighted.',
};
