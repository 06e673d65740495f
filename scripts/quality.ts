/**
 * Page-quality gates on the built site (`npm run test:quality`, part of `npm test`):
 * - first-load JavaScript per route, gzip, from the built files each page loads (budget 130 kB);
 * - Lighthouse (mobile emulation) on the home page, list pages, a detail page of each resource
 *   and a docking timeline: Performance ≥ 95, Accessibility, Best Practices and SEO = 100,
 *   LCP < 1.5 s, CLS < 0.02, TBT < 100 ms.
 * Prints both tables and exits non-zero when a budget is missed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = Number(process.env.QUALITY_PORT ?? 3124);
const BASE = `http://127.0.0.1:${PORT}`;
const distDir = process.env.NEXT_DIST_DIR || '.next';
const JS_BUDGET_KB = 130;
const SCORE_BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const VITALS_BUDGET = { lcp: 1500, cls: 0.02, tbt: 100 };

function chromePath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));
}

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/2.3.0/`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

async function firstOf(resource: string, query = ''): Promise<Record<string, unknown> | undefined> {
  const body = (await (await fetch(`${BASE}/api/2.3.0/${resource}/?limit=1${query}`)).json()) as { results: Record<string, unknown>[] };
  return body.results[0];
}

async function detailUrl(listPath: string): Promise<string | null> {
  // The first card link on the list page is a real detail URL, whatever its slug scheme.
  const html = await (await fetch(`${BASE}${listPath}`)).text();
  const match = new RegExp(`href="(${listPath}/[^"?#]+)"`).exec(html);
  return match ? match[1]! : null;
}

async function routes(): Promise<string[]> {
  const station = await firstOf('space_stations');
  const lists = ['/launches', '/agencies', '/spacecraft', '/events', '/docking-events', '/space-stations'];
  const details = await Promise.all(lists.map(detailUrl));
  return [
    '/',
    ...lists,
    ...details.filter((d): d is string => d !== null),
    `/docking-events?view=timeline${station ? `&space_station_target__id=${String(station.id)}` : ''}`,
  ];
}

async function firstLoadJs(route: string): Promise<number> {
  const html = await (await fetch(`${BASE}${route}`)).text();
  const scripts = new Set([...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!));
  let total = 0;
  for (const src of scripts) {
    const file = path.join(distDir, 'static', src.replace('/_next/static/', ''));
    if (fs.existsSync(file)) total += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  return total / 1024;
}

async function main() {
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATA_DIR: 'data/e2e', SITE_URL: BASE },
  });
  const failures: string[] = [];
  let chrome: chromeLauncher.LaunchedChrome | null = null;
  try {
    await waitForServer();
    const urls = await routes();

    console.log('\nFirst-load JavaScript (gzip)\n| route | kB |\n| --- | ---: |');
    for (const route of urls) {
      const kb = await firstLoadJs(route);
      console.log(`| ${route} | ${kb.toFixed(1)} |`);
      if (kb > JS_BUDGET_KB) failures.push(`${route}: ${kb.toFixed(1)} kB first-load JS > ${JS_BUDGET_KB} kB`);
    }

    chrome = await chromeLauncher.launch({
      chromePath: chromePath(),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    console.log('\nLighthouse (mobile)\n| route | perf | a11y | best pr. | SEO | LCP ms | CLS | TBT ms |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const route of urls) {
      // Warm the server caches first, as a visitor after the first would find them.
      await fetch(`${BASE}${route}`);
      const result = await lighthouse(`${BASE}${route}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(SCORE_BUDGET) });
      const lhr = result?.lhr;
      if (!lhr) {
        failures.push(`${route}: Lighthouse returned no result`);
        continue;
      }
      const score = (id: keyof typeof SCORE_BUDGET) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const lcp = metric('largest-contentful-paint');
      const cls = metric('cumulative-layout-shift');
      const tbt = metric('total-blocking-time');
      console.log(`| ${route} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${lcp.toFixed(0)} | ${cls.toFixed(3)} | ${tbt.toFixed(0)} |`);
      for (const id of Object.keys(SCORE_BUDGET) as (keyof typeof SCORE_BUDGET)[]) {
        if (score(id) < SCORE_BUDGET[id]) {
          const failed = Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && lhr.categories[id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
            .map((a) => a.id);
          failures.push(`${route}: ${id} ${score(id)} < ${SCORE_BUDGET[id]} (${failed.join(', ')})`);
        }
      }
      if (!(lcp < VITALS_BUDGET.lcp)) failures.push(`${route}: LCP ${lcp.toFixed(0)} ms ≥ ${VITALS_BUDGET.lcp} ms`);
      if (!(cls < VITALS_BUDGET.cls)) failures.push(`${route}: CLS ${cls.toFixed(3)} ≥ ${VITALS_BUDGET.cls}`);
      if (!(tbt < VITALS_BUDGET.tbt)) failures.push(`${route}: TBT ${tbt.toFixed(0)} ms ≥ ${VITALS_BUDGET.tbt} ms`);
    }
  } finally {
    await chrome?.kill();
    server.kill('SIGTERM');
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} budget(s) missed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nAll page-quality budgets met.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
