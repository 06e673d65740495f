import type pg from 'pg';
import { createClient } from './pool';

/** The channel a commit is announced on; the payload is the data version after it. */
export const DATA_CHANNEL = 'orbit_data';
const RECONNECT_MS = 1000;

/**
 * Keeps one connection LISTENing for commits, so every instance learns of a sync within
 * milliseconds and its caches (keyed by the data version) start afresh. When the connection
 * drops it reconnects every second and reloads on success, so a commit made meanwhile is not
 * missed; `onChange` always re-reads the store rather than trusting a payload.
 */
export class VersionWatch {
  private client: pg.Client | null = null;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly onChange: () => Promise<void>,
  ) {}

  private started = false;

  start(): void {
    if (this.started) return;
    this.started = true;
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = createClient(this.url);
    this.client = client;
    const retry = () => {
      if (this.client !== client || this.stopped) return;
      this.client = null;
      client.removeAllListeners();
      void client.end().catch(() => {});
      this.timer = setTimeout(() => void this.connect(), RECONNECT_MS);
      this.timer.unref();
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', () => void this.onChange().catch(() => {}));
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_CHANNEL}`);
      await this.onChange();
    } catch {
      retry();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => {});
      await client.end().catch(() => {});
    }
  }
}
