// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// SITE and BASE let the same build deploy to any host or sub-path (see README, "Deploy").
export default defineConfig({
  site: process.env.SITE ?? 'https://pushoff.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap()],
  build: { format: 'directory' },
});
