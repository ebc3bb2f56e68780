// Each drill figure as a stand-alone file (used small on the plan page), from the same source as the inline figure.
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureIds, figureSvg } from '~/lib/figures';

export const getStaticPaths = (() => figureIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

// Stand-alone files cannot see the page's CSS, so they carry their own light/dark styles. They show the still
// drawing of a moving figure (small on the plan page, an animation would distract).
const STYLE = `<style>.pf-line,.pf-ghost,.pf-arrow,.pf-ground{fill:none;stroke-width:3;stroke-linecap:round;stroke-linejoin:round}
.pf-line{stroke:#1c1b19}.pf-ghost{stroke:#8b8781;stroke-dasharray:6 5}.pf-work{fill:#d9622b;stroke:#d9622b;stroke-width:2;fill-opacity:.85}
.pf-motion{display:none}.pf-label{fill:#1c1b19;font:600 15px system-ui,sans-serif}
.pf-arrow{stroke:#1d5fa8}.pf-arrowhead{fill:#1d5fa8}.pf-ground{stroke:#57534e}.pf-fill{fill:#1c1b19}
@media (prefers-color-scheme:dark){.pf-line{stroke:#ecebe8}.pf-label{fill:#ecebe8}.pf-fill{fill:#ecebe8}.pf-arrow{stroke:#8cc2ff}.pf-arrowhead{fill:#8cc2ff}.pf-ground{stroke:#b5b0a8}}</style>`;

export const GET: APIRoute = ({ params }) => {
  const svg = figureSvg(String(params.id)) ?? '';
  return new Response(svg.replace(/(<svg[^>]*>)/, `$1${STYLE}`), { headers: { 'Content-Type': 'image/svg+xml' } });
};
