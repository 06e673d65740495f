/**
 * Runs the fake LL2 by itself, for trying `npm run sync` or live mode by hand without spending
 * the real API's budget:
 *
 *   npx tsx test/fake-ll2/serve.ts [port] [calls-per-hour]
 *   LL2_API_BASE=http://127.0.0.1:<port>/2.3.0 npm run sync
 */
import { buildDataset } from './dataset';
import { startFakeLl2 } from './server';

const port = Number(process.argv[2] ?? '0');
const limit = process.argv[3] ? Number(process.argv[3]) : undefined;

void startFakeLl2({ data: buildDataset({ now: Date.now() + 3 * 3600_000 }), limit, port }).then(
  (server) => {
    process.stdout.write(
      `Fake LL2 at ${server.baseUrl}${limit ? ` (${limit} calls an hour)` : ''}\n`,
    );
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
);
