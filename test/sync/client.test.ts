import { describe, expect, it } from 'vitest';
import { Ll2Client, Ll2Error, parseRetryAfter, type ClientEvent } from '@/lib/ll2/client';
import { buildDataset } from '../fake-ll2/dataset';
import { fakeClock, fakeLl2PerTest, makeClient } from './helpers';

const startServer = fakeLl2PerTest();

const small = () => buildDataset({ launches: 0, events: 0, agencies: 0 });

describe('LL2 client', () => {
  it('never has more than one request in flight', async () => {
    const clock = fakeClock();
    const server = await startServer({ data: small(), now: clock.now });
    server.fault({ kind: 'slow', delayMs: 40, times: 6 });
    const client = makeClient(server, clock);
    const paths = ['agencies/', 'events/', 'spacecraft/', 'launches/', 'pads/', 'programs/'];
    const results = await Promise.all(paths.map((p) => client.get(p, [['limit', '1']])));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(server.maxConcurrent).toBe(1);
    expect(server.calls).toBe(6);
  });

  it('reads /api-throttle/ before the first call and counts the calls it makes', async () => {
    const clock = fakeClock();
    const server = await startServer({ data: small(), now: clock.now, limit: 10 });
    const client = makeClient(server, clock, { reserve: 2 });
    await client.get('agencies/');
    await client.get('agencies/');
    expect(server.log[0]!.path).toBe('/2.3.0/api-throttle/');
    expect(client.budget()).toMatchObject({ limit: 10, used: 2, reserve: 2, left: 6, known: true });
    expect(client.calls).toBe(2);
  });

  it('in fail mode (live pages) throws at once when the budget is spent instead of calling', async () => {
    const clock = fakeClock();
    const server = await startServer({ data: small(), now: clock.now, limit: 3 });
    const client = makeClient(server, clock, { whenExhausted: 'fail', reserve: 1 });
    await client.get('agencies/');
    await client.get('agencies/');
    const error = await client.get('agencies/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Ll2Error);
    expect((error as Ll2Error).kind).toBe('budget');
    expect((error as Ll2Error).retryAfterMs).toBeGreaterThan(0);
    expect(server.calls).toBe(2);
    expect(clock.slept).toEqual([]);
  });

  it('in fail mode a 429 is not waited out', async () => {
    const clock = fakeClock();
    const server = await startServer({ data: small(), now: clock.now });
    server.fault({ kind: '429', retryAfterSecs: 90 });
    const client = makeClient(server, clock, { whenExhausted: 'fail' });
    const error = (await client.get('agencies/').catch((e: unknown) => e)) as Ll2Error;
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(90_000);
    expect(clock.slept).toEqual([]);
    // The next call within the window fails fast too, without touching LL2.
    const calls = server.log.length;
    await expect(client.get('agencies/')).rejects.toMatchObject({ kind: 'budget' });
    expect(server.log.length).toBe(calls);
  });

  it('does not retry a 4xx, and reports malformed JSON as invalid', async () => {
    const clock = fakeClock();
    const server = await startServer({ data: small(), now: clock.now });
    const client = makeClient(server, clock);
    await expect(client.get('agencies/999999999/')).rejects.toMatchObject({
      kind: 'http',
      status: 404,
    });
    expect(server.calls).toBe(1);
    server.fault({ kind: 'malformed' });
    await expect(client.getJson('agencies/')).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('assumes the anonymous limit when /api-throttle/ cannot be read, and says so', async () => {
    const clock = fakeClock();
    const server = await startServer({ data: small(), now: clock.now });
    const events: ClientEvent[] = [];
    const client = makeClient(server, clock, {
      baseUrl: `${server.baseUrl.replace('/2.3.0', '')}/nowhere`,
      onEvent: (e) => events.push(e),
    });
    await expect(client.get('agencies/')).rejects.toMatchObject({ status: 404 });
    expect(client.budget()).toMatchObject({ limit: 15, known: false });
    expect(
      events.some((e) => e.type === 'warning' && e.message.includes('anonymous limit of 15')),
    ).toBe(true);
  });

  it('stops waiting for the window as soon as it is interrupted', async () => {
    const server = await startServer({ data: small(), limit: 1 });
    // Real clock and sleep: the window is an hour away, the abort comes after 50 ms.
    const client = new Ll2Client({
      baseUrl: server.baseUrl,
      timeoutMs: 2000,
      reserve: 0,
      whenExhausted: 'wait',
    });
    await client.get('agencies/');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    await expect(client.get('agencies/', [], controller.signal)).rejects.toMatchObject({
      kind: 'aborted',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('parses Retry-After as seconds, as a date, or from LL2’s message', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('120', '', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:00 GMT', '', now)).toBe(60_000);
    expect(
      parseRetryAfter(
        null,
        '{"detail":"Request was throttled. Expected available in 837 seconds."}',
        now,
      ),
    ).toBe(837_000);
    expect(parseRetryAfter(null, '', now)).toBeNull();
  });
});
