/**
 * Thrown in live mode when LL2 cannot answer and no earlier answer is cached. Kept apart from
 * the live source (no server-only imports) so a client error boundary can import it.
 *
 * Next.js hides server error messages in production but keeps a `digest` that was already set,
 * so error boundaries recognise this error by `error.digest === LIVE_DATA_UNAVAILABLE`.
 */
export const LIVE_DATA_UNAVAILABLE = 'LL2_UNAVAILABLE';

export class LiveDataUnavailableError extends Error {
  /** The HTTP status that fits: the site is fine, its upstream is not. */
  readonly status = 503;
  readonly digest = LIVE_DATA_UNAVAILABLE;

  constructor(
    /** For people: "LL2 rate limit reached", "LL2 answered HTTP 502". */
    readonly reason: string,
    /** Seconds until LL2 is expected to take calls again, when known. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`Live data is unavailable: ${reason}`);
    this.name = 'LiveDataUnavailableError';
  }
}

/**
 * Recognises the error by its digest, not only by class: Next bundles server code per layer, so
 * a route handler may see an instance of another copy of this class (and a client boundary in
 * production sees only the digest).
 */
export function isLiveDataUnavailable(
  error: unknown,
): error is { digest: typeof LIVE_DATA_UNAVAILABLE; reason?: string; retryAfterSeconds?: number } {
  return (
    error instanceof LiveDataUnavailableError ||
    (typeof error === 'object' &&
      error !== null &&
      'digest' in error &&
      error.digest === LIVE_DATA_UNAVAILABLE)
  );
}
