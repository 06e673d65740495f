/**
 * `npm run sync` mirrors The Space Devs' LL2 API into the local store without tripping its rate
 * limit. Settings come from the validated environment (LL2_API_BASE, LL2_API_TOKEN,
 * LL2_BUDGET_RESERVE, LL2_TIMEOUT_MS, DATABASE_FILE or DATABASE_URL). It is the one writer: run one
 * per database, however many app instances read it.
 *
 *   npm run sync                          every resource that is due (or mid-pass)
 *   npm run sync -- --watch               keep running on the schedule
 *   npm run sync -- --dry-run             print the plan and the budget; no data calls
 *   npm run sync -- --resource launches   only these (repeatable, comma-separated), tried now
 *                                         even while a failing endpoint is backing off
 *   npm run sync -- --full                start the selected tasks from the beginning
 */
import { env } from '@/lib/env';
import { Ll2Client } from '@/lib/ll2/client';
import { getServingStore } from '@/lib/store';
import { describePlan } from '@/lib/sync/dry-run';
import { buildPlan } from '@/lib/sync/plan';
import { terminalReporter } from '@/lib/sync/progress';
import { runSync } from '@/lib/sync/runner';
import { readArgs } from './cli-args';

const USAGE = 'Usage: npm run sync -- [--watch] [--dry-run] [--full] [--resource <key>[,<key>…]]';

async function main(): Promise<number> {
  const { values: args } = readArgs(
    {
      options: {
        watch: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        full: { type: 'boolean', default: false },
        resource: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    (message) => {
      process.stderr.write(`sync: ${message}\n${USAGE}\n`);
      process.exit(2);
    },
  );
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  let tasks;
  try {
    tasks = buildPlan(
      args.resource
        .flatMap((r) => r.split(','))
        .map((r) => r.trim())
        .filter(Boolean),
    );
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }

  // The embedded SQLite file, or the PostgreSQL database every app instance reads (DATABASE_URL).
  const store = getServingStore();
  await store.opened();
  const controller = new AbortController();
  const client = new Ll2Client({
    baseUrl: env.LL2_API_BASE,
    token: env.LL2_API_TOKEN,
    timeoutMs: env.LL2_TIMEOUT_MS,
    reserve: env.LL2_BUDGET_RESERVE,
    whenExhausted: 'wait',
  });
  // Only whether a key is set is ever printed, never the key.
  process.stderr.write(
    `Syncing ${env.LL2_API_BASE} → ${store.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : env.DATABASE_FILE} (${env.LL2_API_TOKEN ? 'with API key' : 'anonymous: 15 calls an hour; set LL2_API_TOKEN for more'})\n`,
  );

  if (args['dry-run']) {
    const budget = await client.refreshBudget();
    const stored = new Map(await Promise.all(tasks.map(async (task) => [task.name, (await store.ids(task.def)).length] as const)));
    process.stdout.write(
      describePlan({
        store,
        tasks,
        budget,
        url: (path, params) => client.url(path, params),
        storedCount: (task) => stored.get(task.name) ?? 0,
        full: args.full,
        retryFailingNow: args.resource.length > 0,
        now: Date.now(),
      }),
    );
    return 0;
  }

  let interrupts = 0;
  const onSignal = () => {
    interrupts += 1;
    if (interrupts > 1) process.exit(130);
    process.stderr.write(
      '\nStopping: the page in flight is dropped, every committed page is kept. Ctrl-C again to quit now.\n',
    );
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const summary = await runSync({
    store,
    client,
    tasks,
    reporter: terminalReporter(process.stderr),
    full: args.full,
    watch: args.watch,
    // A resource named on the command line is tried now even if its endpoint was failing.
    retryFailingNow: args.resource.length > 0,
    signal: controller.signal,
  });
  await store.close();
  if (summary.interrupted) return 130;
  return summary.failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `sync failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
