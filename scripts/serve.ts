/**
 * `npm start`: the production server. Next renders; the response cache in front of it
 * (lib/page-cache/front-server.ts) answers repeat reads from memory.
 *
 *   npm start -- [-p|--port 3000] [-H|--hostname 0.0.0.0]
 */
import { readArgs } from './cli-args';

const USAGE = 'Usage: npm start -- [-p|--port 3000] [-H|--hostname 0.0.0.0]';

async function main() {
  // Next reads NODE_ENV while it loads; this server only ever serves a production build.
  Object.assign(process.env, { NODE_ENV: 'production' });
  const fail = (message: string): never => {
    process.stderr.write(`start: ${message}\n${USAGE}\n`);
    process.exit(2);
  };
  const { values } = readArgs(
    {
      options: {
        port: { type: 'string', short: 'p', default: process.env.PORT ?? '3000' },
        hostname: { type: 'string', short: 'H', default: '0.0.0.0' },
      },
    },
    fail,
  );
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port: expected a port number, got "${values.port}"`);
  const hostname = values.hostname;

  const { env } = await import('@/lib/env');
  const { default: next } = await import('next');
  const { createFrontServer } = await import('@/lib/page-cache/front-server');
  const { originFromRequest, publicOrigin } = await import('@/lib/api/public-origin');

  const app = next({ dev: false, hostname, port });
  await app.prepare();
  // On PostgreSQL the version lives in the database; the store (shared with Next's getters
  // through globalThis) keeps it current, so a sync elsewhere empties this cache within ~1 s.
  let pgVersion: (() => string) | undefined;
  if (env.DATABASE_URL && env.DATA_SOURCE === 'local') {
    const { getServingStore } = await import('@/lib/store');
    const store = getServingStore();
    await store.opened();
    pgVersion = () => `pg-${store.dataVersion()}`;
  }
  const server = createFrontServer({
    handle: app.getRequestHandler(),
    databaseFile: env.DATABASE_FILE,
    ...(pgVersion ? { dataVersion: pgVersion } : {}),
    live: env.DATA_SOURCE === 'live',
    enabled: env.PAGE_CACHE === 'on',
    ttlMs: env.PAGE_CACHE_TTL_MS,
    maxEntries: env.PAGE_CACHE_ENTRIES,
    maxBytes: env.PAGE_CACHE_MB * 1024 * 1024,
    cspFixture: env.CSP_TEST_FIXTURE,
    trustedProxies: env.TRUST_PROXY_HOPS,
    ...(env.RATE_LIMIT === 'on'
      ? {
          rateLimit: {
            rendersPerMinute: env.RATE_LIMIT_RENDERS_PER_MIN,
            renderBurst: env.RATE_LIMIT_RENDER_BURST,
            apiPerMinute: env.RATE_LIMIT_API_PER_MIN,
            apiBurst: env.RATE_LIMIT_API_BURST,
            concurrent: env.RATE_LIMIT_CONCURRENT,
            maxClients: env.RATE_LIMIT_CLIENTS,
          },
        }
      : {}),
    ...(originFromRequest()
      ? { originOf: (req) => publicOrigin((name) => [req.headers[name]].flat()[0]) }
      : {}),
  });
  server.listen(port, hostname, () => {
    process.stdout.write(
      `Orbit Index ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} (${env.DATA_SOURCE} data)\n`,
    );
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
