import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromium } from 'playwright-core';
import { SYSTEM_CHROMIUM_FLAGS, systemChromium } from './scripts/system-chromium';

const PORT = Number(process.env.E2E_PORT ?? 3123);
/** Parallel checkouts or tools can point the suite at a data folder of their own. */
const DATA_DIR = process.env.E2E_DATA_DIR ?? 'data/e2e';

/**
 * Uses Playwright's own Chromium when it is installed; otherwise a system Chromium
 * (CHROMIUM_PATH, or Debian's /usr/bin/chromium), since browser downloads are not always possible.
 */
function browserExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No Playwright-managed browser registered.
  }
  return systemChromium();
}

const executablePath = browserExecutable();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: executablePath ? SYSTEM_CHROMIUM_FLAGS : [],
        },
      },
    },
  ],
  webServer: {
    command: `npx tsx scripts/serve.ts -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/2.3.0/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // A database of its own, built from the embedded dataset on first request.
    env: {
      DATA_DIR,
      SITE_URL: `http://127.0.0.1:${PORT}`,
      // The deliberately unsafe page e2e/csp.spec.ts checks is blocked.
      CSP_TEST_FIXTURE: '1',
      // Every test is one client (127.0.0.1): the hostile-query fuzz test alone asks for 2,100
      // unique URLs, 8 at a time per worker. The limiter stays on, with budgets no run reaches.
      RATE_LIMIT_RENDERS_PER_MIN: '1000000',
      RATE_LIMIT_RENDER_BURST: '1000000',
      RATE_LIMIT_API_PER_MIN: '1000000',
      RATE_LIMIT_API_BURST: '1000000',
      RATE_LIMIT_CONCURRENT: '256',
    },
  },
});
