/**
 * Runs the fake LL2 by itself, for trying `npm run sync` or live mode by hand without spending
 * the real API's budget:
 *
 *   npx tsx test/fake-ll2/serve.ts [port] [calls-per-hour] [--fault <kind>:<regexp>]…
 *   LL2_API_BASE=http://127.0.0.1:<port>/2.3.0 npm run sync
 *
 * `--fault 500:/agencies/` makes every request whose path and query match answer that way for
 * as long as the server runs (kinds as in `FaultKind`: 404, 500, 503, slow, malformed, drop…).
 */
import { parseArgs } from 'node:util';
import { buildDataset } from './dataset';
import { startFakeLl2, type FaultKind, type FaultRule } from './server';

const { values, positionals } = parseArgs({
  options: { fault: { type: 'string', multiple: true, default: [] } },
  allowPositionals: true,
});
const port = Number(positionals[0] ?? '0');
const limit = positionals[1] ? Number(positionals[1]) : undefined;
const faults: FaultRule[] = values.fault.map((spec) => {
  const colon = spec.indexOf(':');
  if (colon < 1) throw new Error(`--fault ${spec}: expected <kind>:<regexp>`);
  return {
    kind: spec.slice(0, colon) as FaultKind,
    match: new RegExp(spec.slice(colon + 1)),
    times: Infinity,
  };
});

void startFakeLl2({ data: buildDataset({ now: Date.now() + 3 * 3600_000 }), limit, port }).then(
  (server) => {
    for (const fault of faults) server.fault(fault);
    process.stdout.write(
      `Fake LL2 at ${server.baseUrl}${limit ? ` (${limit} calls an hour)` : ''}` +
        `${faults.map((f) => `; ${f.kind} on ${String(f.match)}`).join('')}\n`,
    );
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
);
