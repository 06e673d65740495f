import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page, type Response } from '@playwright/test';
import type { WireRecord } from '@/lib/resources/types';
import { buildDataset } from '../test/fake-ll2/dataset';
import { startFakeLl2, type FakeLl2 } from '../test/fake-ll2/server';

/**
 * Live mode (`DATA_SOURCE=live`) against a fake LL2 that is stopped mid-run. The suite's own
 * server reads the embedded store, so this journey starts a second server in live mode, on
 * ports derived from E2E_PORT so parallel checkouts do not collide.
 */
const PORT = Number(process.env.E2E_PORT ?? 3123);
const LIVE_PORT = PORT + 10;
const LL2_PORT = PORT + 20;
const LIVE_ORIGIN = `http://127.0.0.1:${LIVE_PORT}`;

// Next's data cache outlives the server in .next/cache: names and ids new to this run make
// sure "nothing cached" holds on a rerun too.
const run = Date.now().toString(36);
const seenAgency = `Orbit Seen Agency ${run}`;
const runNumber = Math.floor(Math.random() * 99_999);
const SEEN_ID = 600_000 + runNumber;
const unseenId = 700_000 + runNumber;

let data: Record<string, WireRecord[]> | null = null;
let ll2: FakeLl2 | null = null;
let app: ChildProcess | null = null;
let appLog = '';
let dataDir = '';

async function startLl2(): Promise<FakeLl2> {
  if (!data) {
    data = buildDataset({ now: Date.now() });
    const template = data.agencies![0]!;
    data.agencies!.push(
      { ...template, id: SEEN_ID, name: seenAgency },
      { ...template, id: unseenId, name: `Orbit Unseen Agency ${run}` },
    );
  }
  ll2 = await startFakeLl2({ data, port: LL2_PORT });
  return ll2;
}

async function stopLl2(): Promise<void> {
  await ll2?.close();
  ll2 = null;
}

async function waitForApp(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (app?.exitCode !== null) throw new Error(`the live-mode server exited:\n${appLog}`);
    try {
      if ((await fetch(`${LIVE_ORIGIN}/api/2.3.0/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the live-mode server did not answer on ${LIVE_ORIGIN}`);
}

// One server and one fake LL2 whose state the tests move on, in order; renders are live ones.
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.use({ baseURL: LIVE_ORIGIN });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  await startLl2();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-live-e2e-'));
  app = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '-H', '127.0.0.1', '-p', String(LIVE_PORT)],
    {
      env: {
        ...process.env,
        DATA_SOURCE: 'live',
        LL2_API_BASE: ll2!.baseUrl,
        DATA_DIR: dataDir,
        SITE_URL: LIVE_ORIGIN,
        // Answers go stale within a second and no in-process cache holds them longer, so the
        // "saved copy" path shows without waiting for the per-resource revalidate times.
        LL2_CACHE_MAX_AGE_S: '1',
        QUERY_CACHE_SIZE: '0',
        PAGE_CACHE_TTL_MS: '200',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  // Read as it comes (a full pipe would stall the server); the tail explains a failed start.
  app.stderr!.on('data', (chunk: Buffer) => (appLog = (appLog + chunk.toString()).slice(-4000)));
  await waitForApp(Date.now() + 150_000);
  // The first page a cold server renders also builds its local store (facet options come from
  // the snapshot): paid for here, not by the first test.
  await fetch(`${LIVE_ORIGIN}/agencies?search=warm-up-${run}`);
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    app.kill('SIGTERM');
    await once(app, 'exit');
  }
  await stopLl2();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Checks the 503's headers and returns its Retry-After in seconds. */
function expectLl2Unavailable(response: Response | null): number {
  expect(response?.status()).toBe(503);
  const headers = response!.headers();
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['x-robots-tag']).toBe('noindex');
  return Number(headers['retry-after']);
}

async function expectFriendlyPage(page: Page, url: string) {
  await expect(
    page.getByRole('heading', { level: 1, name: 'Launch Library 2 isn’t answering right now' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Try this page again' })).toHaveAttribute(
    'href',
    url,
  );
  await expect(page.getByText('DATA_SOURCE=local')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
}

test('a live page loads while LL2 answers', async ({ page }) => {
  const response = await page.goto(`/agencies?search=${encodeURIComponent(seenAgency)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText(seenAgency).first()).toBeVisible();
  await page.goto(`/agencies/${SEEN_ID}`);
  await expect(page.getByRole('heading', { level: 1, name: seenAgency })).toBeVisible();
});

test.describe('LL2 stopped', () => {
  test.beforeAll(stopLl2);

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    for (const [what, url] of [
      ['agencies', `/agencies?search=${run}-a`],
      ['docking events', `/docking-events?search=${run}-d`],
      ['launches', `/launches?search=${run}-l`],
      ['an agency', `/agencies/${unseenId}`],
    ] as const) {
      test(`an uncached page of ${what} is a 503 that explains itself without JavaScript`, async ({
        page,
      }) => {
        expect(expectLl2Unavailable(await page.goto(url))).toBe(60);
        await expectFriendlyPage(page, url);
        await expect(page.locator('html')).not.toHaveAttribute('id', '__next_error__');
      });
    }
  });

  test('with JavaScript the 503 page hydrates, keeps its URL and still says so', async ({
    page,
  }) => {
    const url = `/launches?search=${run}-js`;
    expect(expectLl2Unavailable(await page.goto(url))).toBe(60);
    await page.waitForLoadState('networkidle');
    await expectFriendlyPage(page, url);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(url);
  });

  test('pages loaded before serve their last good data with a visible note', async ({ page }) => {
    const url = `/agencies?search=${encodeURIComponent(seenAgency)}`;
    // The first read past its freshness serves the copy and tries LL2 in the background; once
    // that has failed, the page says where its data comes from.
    await expect(async () => {
      const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('status').filter({ hasText: 'Showing saved data' })).toBeVisible({
        timeout: 2000,
      });
    }).toPass({ timeout: 45_000, intervals: [500] });
    await expect(page.getByText(seenAgency).first()).toBeVisible();
    await expect(
      page.getByText(/this list comes from the copy saved \d{4}-\d\d-\d\d \d\d:\d\d UTC/),
    ).toBeVisible();

    await expect(async () => {
      const response = await page.goto(`/agencies/${SEEN_ID}`, { waitUntil: 'domcontentloaded' });
      expect(response?.status()).toBe(200);
      await expect(page.getByText(/this page comes from the copy saved/)).toBeVisible({
        timeout: 2000,
      });
    }).toPass({ timeout: 45_000, intervals: [500] });
    await expect(page.getByRole('heading', { level: 1, name: seenAgency })).toBeVisible();
  });
});

test('LL2 answering 429: the 503 passes on how long it asked to wait', async ({ page }) => {
  const server = await startLl2();
  server.fault({ kind: '429', times: Infinity, retryAfterSecs: 120 });
  const url = `/agencies?search=${run}-429`;
  const retryAfter = expectLl2Unavailable(await page.goto(url));
  expect(retryAfter).toBeGreaterThan(100);
  expect(retryAfter).toBeLessThanOrEqual(120);
  await expectFriendlyPage(page, url);
  await expect(page.getByText(/allows no more calls for about 2 minutes/)).toBeVisible();
});
