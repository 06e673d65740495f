import type { AsyncStore, StoreHealth } from '@/lib/store/types';

/** Longer than this, and a load balancer should stop sending the instance traffic. */
export const HEALTH_TIMEOUT_MS = 2000;

export type HealthReport =
  | ({ status: 'ok'; lastSyncAgeSeconds: number | null } & StoreHealth)
  | { status: 'ok'; store: 'live' }
  | { status: 'unavailable'; store: AsyncStore['kind']; reason: string };

/**
 * What `GET /healthz` answers: 200 with the store's data version and the age of its last sync
 * when the store answers within the timeout, 503 when it does not. Live mode reads LL2 through
 * a cache that outlives LL2's outages, so its instance is healthy by itself. The reason never
 * carries the driver's message, which can name the database host.
 */
export async function checkHealth(
  store: AsyncStore | null,
  now = Date.now(),
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<{ status: 200 | 503; body: HealthReport }> {
  if (!store) return { status: 200, body: { status: 'ok', store: 'live' } };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
  });
  try {
    const health = await Promise.race([store.health(), timeout]);
    const synced = health.lastSyncAt ? Date.parse(health.lastSyncAt) : NaN;
    const lastSyncAgeSeconds = Number.isFinite(synced)
      ? Math.max(0, Math.round((now - synced) / 1000))
      : null;
    return { status: 200, body: { status: 'ok', ...health, lastSyncAgeSeconds } };
  } catch (error) {
    const reason =
      error instanceof Error && error.message === 'timeout'
        ? `no answer within ${timeoutMs} ms`
        : 'the store cannot be reached';
    return { status: 503, body: { status: 'unavailable', store: store.kind, reason } };
  } finally {
    clearTimeout(timer);
  }
}
