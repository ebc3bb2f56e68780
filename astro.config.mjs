// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import linkCheck from './src/integrations/link-check.ts';

// SITE and BASE let the same build deploy to any host or sub-path (see README, "Deploy").
export default defineConfig({
  site: process.env.SITE ?? 'https://pushoff.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap(), linkCheck()],
  build: { format: 'directory' },
});
