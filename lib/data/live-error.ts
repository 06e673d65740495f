/**
 * Thrown in live mode when LL2 cannot answer and no earlier answer is cached. Kept apart from
 * the live source (no server-only imports) so a client error boundary can import it.
 *
 * Next.js hides server error messages in production but keeps a `digest` that was already set,
 * so error boundaries, and the front server reading Next's error page, recognise this error by
 * its digest: `LL2_UNAVAILABLE`, or `LL2_UNAVAILABLE;retry-after=120` when LL2 said how long to
 * wait (the digest is the only thing about the error that survives into the page).
 */
export const LIVE_DATA_UNAVAILABLE = 'LL2_UNAVAILABLE';

const RETRY_AFTER = ';retry-after=';

/**
 * Marks a section whose data could not be loaded (LL2 down, in live mode) while the rest of its
 * page rendered, so the front server shows that page once instead of keeping it for the next
 * reader. Here because the client-safe module is the one both sides may import.
 */
export const SECTION_UNAVAILABLE_ATTRIBUTE = 'data-section-unavailable';

export function liveUnavailableDigest(retryAfterSeconds?: number): string {
  return retryAfterSeconds === undefined
    ? LIVE_DATA_UNAVAILABLE
    : `${LIVE_DATA_UNAVAILABLE}${RETRY_AFTER}${Math.max(0, Math.ceil(retryAfterSeconds))}`;
}

/** What a digest says, or null when it is not this error's. */
export function parseLiveUnavailableDigest(digest: unknown): { retryAfterSeconds?: number } | null {
  if (typeof digest !== 'string') return null;
  if (digest === LIVE_DATA_UNAVAILABLE) return {};
  const match = /^LL2_UNAVAILABLE;retry-after=(\d{1,9})$/.exec(digest);
  return match ? { retryAfterSeconds: Number(match[1]) } : null;
}

export class LiveDataUnavailableError extends Error {
  /** The HTTP status that fits: the site is fine, its upstream is not. */
  readonly status = 503;
  readonly digest: string;

  constructor(
    /** For people: "LL2 rate limit reached", "LL2 answered HTTP 502". */
    readonly reason: string,
    /** Seconds until LL2 is expected to take calls again, when known. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`Live data is unavailable: ${reason}`);
    this.name = 'LiveDataUnavailableError';
    this.digest = liveUnavailableDigest(retryAfterSeconds);
  }
}

/**
 * Recognises the error by its digest alone, as a client error boundary must: in production it
 * sees only the digest. Leaves the class out of the boundaries' bundles.
 */
export function hasLiveUnavailableDigest(error: unknown): error is { digest: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'digest' in error &&
    parseLiveUnavailableDigest(error.digest) !== null
  );
}

/**
 * Recognises the error by its digest, not only by class: Next bundles server code per layer, so
 * a route handler may see an instance of another copy of this class (and a client boundary in
 * production sees only the digest).
 */
export function isLiveDataUnavailable(
  error: unknown,
): error is { digest: string; reason?: string; retryAfterSeconds?: number } {
  return error instanceof LiveDataUnavailableError || hasLiveUnavailableDigest(error);
}
