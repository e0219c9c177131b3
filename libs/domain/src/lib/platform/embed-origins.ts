/** At most this many web sites may embed the public page: a municipality has one or two. */
export const MOST_EMBED_ORIGINS = 20;

/**
 * The origin a web site is served from, as a browser sends it in `Origin` and as CSP's
 * frame-ancestors and CORS name it: `https://www.ljungby.se` or `http://localhost:8080`. Accepts
 * what an administrator pastes (a trailing slash, capitals, a page address without a path); null
 * when it is not an http(s) origin, or has a path, query, user or fragment that would be dropped
 * without saying.
 */
export function embedOriginOf(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.pathname !== '/' && url.pathname !== '') return null;
  return url.origin;
}

/** The problem with a list of origins as an administrator entered it, or null when it is good. */
export function embedOriginsProblem(
  origins: readonly string[],
): { code: 'not_an_origin'; value: string } | { code: 'too_many'; most: number } | null {
  if (origins.length > MOST_EMBED_ORIGINS) return { code: 'too_many', most: MOST_EMBED_ORIGINS };
  const wrong = origins.find((origin) => embedOriginOf(origin) === null);
  return wrong === undefined ? null : { code: 'not_an_origin', value: wrong };
}
