// The Content Security Policy, in one place: astro.config.mjs gives it to Astro, which writes a <meta> tag on every
// page with the hashes of that page's inline scripts and styles; scripts/postbuild.ts copies the pages' policies into
// dist/_headers as an HTTP header for hosts that read that file. Nothing is loaded from another origin and nothing is
// sent anywhere, so every source is 'self'.
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type Csp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Directives other than script-src and style-src (Astro writes those two, adding its hashes). */
export const directives: NonNullable<Csp['directives']> = [
  "default-src 'self'",
  "connect-src 'self'", // Pagefind fetches its index from this site; nothing else is fetched
  "img-src 'self'", // figures and icons are files or inline SVG; no data: or remote images
  "manifest-src 'self'",
  "worker-src 'self'", // the service worker (sw.js)
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'", // the header search is a GET form to /search/ without JavaScript
];

/** 'wasm-unsafe-eval' only because Pagefind compiles its WebAssembly search core; no 'unsafe-eval', no 'unsafe-inline'. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** The site's own inline script (src/components/MarkScripted.astro). Astro hashes the scripts it writes itself, but not
 * `is:inline` ones, so its hash is named here, for every page (a component in the body renders too late to add it). */
export const MARK_SCRIPTED = "document.documentElement.classList.add('js');";
/** The search page's variant (src/pages/search/index.astro): it also marks an address that carries a search, so the
 * results' space is reserved before they arrive, and preloads Pagefind's script and wasm. The page is always at
 * <base>/search/, so '../pagefind/' finds the index under any BASE and the hash stays one. */
export const MARK_SCRIPTED_SEARCH =
  "var d=document.documentElement;d.classList.add('js');if(location.search.length>2){d.classList.add('search-on-load');['pagefind.js','wasm.en.pagefind'].forEach(function(f,i){var l=document.createElement('link');l.rel=i?'preload':'modulepreload';if(i){l.as='fetch';l.crossOrigin='anonymous'}l.href='../pagefind/'+f;document.head.append(l)})}";
const sha256 = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}` as const;

export const contentSecurityPolicy: Csp = {
  algorithm: 'SHA-256',
  directives,
  scriptDirective: { resources: scriptSources, hashes: [sha256(MARK_SCRIPTED), sha256(MARK_SCRIPTED_SEARCH)] },
};
