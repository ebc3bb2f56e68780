// Site-relative links that respect the deploy base path (astro.config `base`).
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** href('drills/pogo-hops/') -> '/drills/pogo-hops/' (or '/sub/drills/pogo-hops/' under a base path). */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

/** The URL of an entry's page, e.g. entryHref('drills', 'pogo-hops'). */
export function entryHref(collection: string, id: string): string {
  return href(`${collection}/${id}/`);
}
