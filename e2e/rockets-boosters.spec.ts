import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import type { WireRecord } from '@/lib/resources/types';
import { ll2Page, withBoosterFlights } from '../test/fixtures/booster-flights';
import { htmlValidateConfig } from './html-validate.config';

/**
 * From a search to a booster's landing. The embedded snapshot holds no boosters (they arrive
 * with a sync), so this journey runs a server of its own, on a port derived from E2E_PORT, over
 * the snapshot plus the three newest Falcon 9 Block 5 launches flown by a made-up booster B1999
 * (test/fixtures/booster-flights.ts), imported as `npm run import` would.
 */
const PORT = Number(process.env.E2E_PORT ?? 3123);
const APP_PORT = PORT + 30;
const ORIGIN = `http://127.0.0.1:${APP_PORT}`;
const FALCON_9_BLOCK_5 = 164;

let app: ChildProcess | null = null;
let appLog = '';
let dataDir = '';
let flights: WireRecord[] = [];

function snapshotLaunches(): WireRecord[] {
  const text = zlib.gunzipSync(fs.readFileSync('data/snapshot/launches.ndjson.gz')).toString();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as [number, WireRecord])[1]);
}

async function waitForApp(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (app?.exitCode !== null) throw new Error(`the server exited:\n${appLog}`);
    try {
      if ((await fetch(`${ORIGIN}/api/2.3.0/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer on ${ORIGIN}`);
}

test.describe.configure({ mode: 'serial', timeout: 60_000 });
test.use({ baseURL: ORIGIN });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-boosters-e2e-'));
  const newest = snapshotLaunches()
    .filter(
      (l) =>
        (l.rocket as { configuration?: { id?: number } } | undefined)?.configuration?.id ===
        FALCON_9_BLOCK_5,
    )
    .sort((a, b) => String(b.net).localeCompare(String(a.net)))
    .slice(0, 3);
  const made = withBoosterFlights(newest, { failedLanding: 0 });
  flights = made.launches;
  const launchesFile = path.join(dataDir, 'launches.json');
  const launchersFile = path.join(dataDir, 'launchers.json');
  fs.writeFileSync(launchesFile, JSON.stringify(ll2Page('launches/', made.launches)));
  fs.writeFileSync(launchersFile, JSON.stringify(ll2Page('launchers/', [made.launcher])));
  const env = { ...process.env, DATA_DIR: dataDir, SITE_URL: ORIGIN };
  const imported = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/import.ts', launchesFile, launchersFile],
    { env, encoding: 'utf8' },
  );
  expect(imported.status, imported.stderr).toBe(0);
  app = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '-H', '127.0.0.1', '-p', String(APP_PORT)],
    { env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  app.stderr!.on('data', (chunk: Buffer) => (appLog = (appLog + chunk.toString()).slice(-4000)));
  await waitForApp(Date.now() + 150_000);
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    app.kill('SIGTERM');
    await once(app, 'exit');
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('search “Falcon 9” → the rocket → one of its launches → its booster → the landing', async ({
  page,
}) => {
  await page.goto('/');
  const search = page.getByRole('banner').getByRole('combobox', { name: /search/i });
  await search.fill('Falcon 9');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=Falcon(\+|%20)9/);
  const rockets = page.getByRole('region', { name: /^Rockets/ });
  await rockets.getByRole('link', { name: /^Falcon 9 Block 5\b/ }).click();

  await expect(page).toHaveURL(/\/rockets\/164-falcon-9-block-5$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Falcon 9 Block 5' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'SpaceX' }).first()).toHaveAttribute(
    'href',
    /^\/agencies\/121-/,
  );
  const chart = page.getByRole('img', { name: /Falcon 9 Block 5 launches per year, 2018–2024/ });
  await expect(chart).toBeVisible();
  await expect(page.getByRole('region', { name: 'Boosters' })).toContainText('B1999');

  const newest = flights.at(-1)!;
  const latest = page.getByRole('region', { name: 'Latest launches' });
  await latest
    .getByRole('link', { name: String(newest.name) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: String(newest.name) })).toBeVisible();
  const vehicles = page.getByRole('region', { name: 'Vehicles' });
  await expect(vehicles).toContainText('flight 3');
  await expect(page.getByRole('link', { name: 'Falcon 9 Block 5' }).first()).toHaveAttribute(
    'href',
    '/rockets/164-falcon-9-block-5',
  );
  await vehicles.getByRole('link', { name: 'B1999' }).click();

  await expect(page).toHaveURL(/\/boosters\/9001-b1999$/);
  await expect(page.getByRole('heading', { level: 1, name: 'B1999' })).toBeVisible();
  const career = page.getByRole('region', { name: 'Flights' });
  const items = career.getByRole('listitem');
  await expect(items).toHaveCount(3);
  // Oldest first: the first landing failed, the next two came back, each after its turnaround.
  await expect(items.nth(0)).toContainText('Landing failed');
  await expect(items.nth(0)).toContainText('first flight');
  await expect(items.nth(1)).toContainText('Landed');
  await expect(items.nth(1)).toContainText(/after its previous flight/);
  await expect(items.nth(2)).toContainText('A Shortfall of Gravitas');
  await items.nth(2).getByRole('link', { name: 'Cape Canaveral SFS, FL, USA' }).click();
  await expect(page).toHaveURL(/\/locations\/12-/);
});

test('the booster list holds the booster and links its rocket filter', async ({ page }) => {
  await page.goto('/boosters?launcher_config__ids=164');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article').getByRole('link', { name: 'B1999' })).toBeVisible();
  const sitemap = await (await fetch(`${ORIGIN}/sitemaps/sitemap/pages.xml`)).text();
  expect(sitemap).toContain(`${ORIGIN}/boosters<`);
  expect(await (await fetch(`${ORIGIN}/sitemaps/sitemap/boosters-0.xml`)).text()).toContain(
    `${ORIGIN}/boosters/9001-b1999`,
  );
});

const PAGES = ['/boosters', '/boosters?mode=list', '/boosters/9001-b1999', '/rockets/164'];

test('booster pages and a launch with boosters are valid HTML', async ({ request }) => {
  const validator = new HtmlValidate(htmlValidateConfig);
  const launch = `/launches/${String(flights.at(-1)!.id)}`;
  for (const url of [...PAGES, launch]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const report = await validator.validateString(await response.text());
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId}: ${m.message}`),
    );
    expect(messages, url).toEqual([]);
  }
});

async function expectAccessible(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(
    violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`)),
    page.url(),
  ).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`booster pages and a launch with boosters pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    for (const url of [...PAGES, `/launches/${String(flights.at(-1)!.id)}`]) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  });
}
