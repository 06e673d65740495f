import fs from 'node:fs';

/**
 * The system Chromium both browser tools fall back to (Playwright when its own browser is not
 * installed, Lighthouse always): `CHROMIUM_PATH`, or the usual Debian/Ubuntu locations.
 */
export function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
    fs.existsSync(p),
  );
}

/** Flags that let a system Chromium run headless in a container without network side trips. */
export const SYSTEM_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
