import { describe, expect, it } from 'vitest';
import { apiBase, originFromRequest, publicOrigin } from '@/lib/api/public-origin';
import { loadEnv } from '@/lib/env';

const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;
const DEFAULTS = { SITE_URL: 'http://localhost:3000', SITE_URL_SET: false, TRUST_PROXY: false };
const forwarded = headers({
  host: '0.0.0.0:3999',
  'x-forwarded-host': 'orbit.example',
  'x-forwarded-proto': 'https',
});

describe('publicOrigin: the origin of the API’s absolute links', () => {
  it('is SITE_URL when it is set, whatever the request says', () => {
    const settings = {
      SITE_URL: 'https://launches.example',
      SITE_URL_SET: true,
      TRUST_PROXY: true,
    };
    expect(publicOrigin(forwarded, settings)).toBe('https://launches.example');
    expect(originFromRequest(settings)).toBe(false);
  });

  it('ignores Host and X-Forwarded-* unless TRUST_PROXY says they can be trusted', () => {
    expect(publicOrigin(forwarded, DEFAULTS)).toBe('http://localhost:3000');
    expect(originFromRequest(DEFAULTS)).toBe(false);
  });

  it('with TRUST_PROXY, takes the forwarded host and scheme, else the Host header', () => {
    const trusted = { ...DEFAULTS, TRUST_PROXY: true };
    expect(originFromRequest(trusted)).toBe(true);
    expect(publicOrigin(forwarded, trusted)).toBe('https://orbit.example');
    expect(publicOrigin(headers({ host: 'Mirror.Example:8080' }), trusted)).toBe(
      'http://mirror.example:8080',
    );
    // A chain of proxies: the first value is the one the client used.
    expect(
      publicOrigin(
        headers({ 'x-forwarded-host': 'a.example, b.internal', 'x-forwarded-proto': 'https,http' }),
        trusted,
      ),
    ).toBe('https://a.example');
    expect(publicOrigin(headers({ host: '[::1]:3000' }), trusted)).toBe('http://[::1]:3000');
  });

  it('falls back to SITE_URL for a host or scheme that could smuggle anything into a link', () => {
    const trusted = { ...DEFAULTS, TRUST_PROXY: true };
    for (const host of [
      'evil.example/path',
      'user@evil.example',
      'evil.example?x=1',
      'a b',
      '',
      'evil.example:99999x',
    ]) {
      expect(publicOrigin(headers({ host }), trusted), host).toBe('http://localhost:3000');
    }
    expect(
      publicOrigin(headers({ host: 'ok.example', 'x-forwarded-proto': 'javascript' }), trusted),
    ).toBe('http://localhost:3000');
    expect(publicOrigin(headers({}), trusted)).toBe('http://localhost:3000');
  });

  it('builds the API base on the origin', () => {
    expect(apiBase('https://orbit.example')).toBe('https://orbit.example/api/2.3.0');
  });
});

describe('TRUST_PROXY and SITE_URL in lib/env.js', () => {
  it('reads TRUST_PROXY as a boolean, off by default, and names a bad value', () => {
    expect(loadEnv({}).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(true);
    expect(loadEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadEnv({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false);
    expect(() => loadEnv({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });

  it('tells a SITE_URL that was set from the default', () => {
    expect(loadEnv({}).SITE_URL_SET).toBe(false);
    expect(loadEnv({ SITE_URL: 'https://orbit.example/' })).toMatchObject({
      SITE_URL: 'https://orbit.example',
      SITE_URL_SET: true,
    });
  });
});
