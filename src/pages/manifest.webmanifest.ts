// The web app manifest, so the site can be installed: it opens on the plan, and every address carries the BASE path.
import type { APIRoute } from 'astro';
import { href } from '~/lib/url';

export const GET: APIRoute = () => {
  const manifest = {
    name: 'Pushoff: calf strength for runners',
    short_name: 'Pushoff',
    description:
      'Calf strength for runners: technique guides and a four-week plan with its own numbers for each leg, offline.',
    id: href(),
    start_url: href('plan/'),
    scope: href(),
    display: 'standalone',
    background_color: '#fbfaf7', // the page background (--bg in global.css)
    theme_color: '#b4461b', // the accent of the favicon
    icons: [
      { src: href('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: href('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: href('icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: href('icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
