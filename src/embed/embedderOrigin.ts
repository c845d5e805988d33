/**
 * The origin of the page that embeds this one, when the browser tells it: `location.ancestorOrigins` (Chromium,
 * Safari), else the referrer's origin (the embedding page's address, sent by default as its origin). The embed posts
 * its height to that origin only; when it cannot be known (Firefox with no referrer), to any ("*"): the height is
 * the only thing ever posted, and it is no secret.
 */
export function embedderOrigin(ancestorOrigins: ArrayLike<string> | undefined, referrer: string): string {
  const first = ancestorOrigins && ancestorOrigins.length > 0 ? ancestorOrigins[0] : undefined;
  if (first && first !== 'null' && /^https?:\/\//.test(first)) return first;
  if (referrer) {
    try {
      const origin = new URL(referrer).origin;
      if (origin && origin !== 'null' && /^https?:\/\//.test(origin)) return origin;
    } catch {
      /* not a URL */
    }
  }
  return '*';
}
