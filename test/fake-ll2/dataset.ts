/**
 * The fake LL2's data: the embedded seed pages (real LL2 records, with every nested agency, pad,
 * station… split out by the importer, as LL2 serves them from their own endpoints), plus
 * generated launches, events and agencies so that resources span several 100-record pages.
 */
import path from 'node:path';
import { importFile } from '@/lib/import/importer';
import { resourceList } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';
import { planColumns } from '@/lib/store/columns';
import { SqliteStore } from '@/lib/store/sqlite-store';

const SEED_DIR = path.resolve(__dirname, '../../data/seed');

export function uuidFor(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Every record of a store, per resource, ordered by id. */
export function dumpStore(store: SqliteStore): Record<string, WireRecord[]> {
  const out: Record<string, WireRecord[]> = {};
  for (const def of resourceList) {
    const rows = store.db
      .prepare(`SELECT id, data, richness FROM ${planColumns(def).table} ORDER BY id`)
      .all() as {
      data: string;
      richness: number;
    }[];
    out[def.key] = rows.map((r) => ({
      ...(JSON.parse(r.data) as WireRecord),
      __richness: r.richness,
    }));
  }
  return out;
}

/** Seed records as the importer stores them (nested objects split into their own resources). */
export function seedRecords(): Record<string, WireRecord[]> {
  const store = new SqliteStore(':memory:');
  for (const file of [
    '000-agencies.json',
    '001-spacecraft.json',
    '002-events.json',
    '003-docking_events.json',
    '004-launches.json',
  ]) {
    importFile(store, path.join(SEED_DIR, file));
  }
  const dump = dumpStore(store);
  store.close();
  for (const records of Object.values(dump)) for (const r of records) delete r.__richness;
  return dump;
}

export interface DatasetOptions {
  /** Extra launches beyond the seed's ten. */
  launches?: number;
  events?: number;
  agencies?: number;
  /** Launch `last_updated` values that many generated launches share, to exercise ties. */
  sharedTimestampCount?: number;
  /** The "now" the launch NETs spread around (upcoming vs previous). */
  now?: number;
}

export const BASE_TIME = Date.parse('2025-01-01T00:00:00Z');

/** Seed plus generated records: 2–3 pages of launches, events and agencies. */
export function buildDataset(options: DatasetOptions = {}): Record<string, WireRecord[]> {
  const data = seedRecords();
  const now = options.now ?? BASE_TIME;
  // Every record LL2 serves has a `last_updated`; the seed's 2.0.0 launches and nested copies do not.
  for (const key of ['launches', 'events'] as const) {
    data[key]!.forEach((r, i) => {
      if (typeof r.last_updated !== 'string')
        r.last_updated = new Date(now - 30 * 86400_000 + i * 1000)
          .toISOString()
          .replace('.000Z', 'Z');
    });
  }
  const launchTemplates = data.launches!;
  const extraLaunches = options.launches ?? 230;
  const shared = options.sharedTimestampCount ?? 0;
  for (let i = 0; i < extraLaunches; i += 1) {
    const template = launchTemplates[i % launchTemplates.length]!;
    const id = uuidFor(i + 1);
    // Half in the past, half ahead, a few hours apart.
    const net = new Date(now + (i - extraLaunches / 2) * 6 * 3600_000)
      .toISOString()
      .replace('.000Z', 'Z');
    const updated =
      i < shared
        ? new Date(now - 10 * 86400_000).toISOString()
        : new Date(now - 9 * 86400_000 + i * 60_000).toISOString();
    data.launches!.push({
      ...template,
      id,
      url: `https://ll.thespacedevs.com/2.3.0/launches/${id}/`,
      name: `Generated Launch ${i + 1}`,
      slug: `generated-launch-${i + 1}`,
      net,
      window_start: net,
      window_end: net,
      last_updated: updated.replace('.000Z', 'Z'),
    });
  }
  const eventTemplates = [...data.events!];
  for (let i = 0; i < (options.events ?? 140); i += 1) {
    const template = eventTemplates[i % eventTemplates.length]!;
    const id = 100_000 + i;
    data.events!.push({
      ...template,
      id,
      url: `https://ll.thespacedevs.com/2.3.0/events/${id}/`,
      name: `Generated Event ${i + 1}`,
      slug: `generated-event-${i + 1}`,
      last_updated: new Date(now - 5 * 86400_000 + i * 90_000).toISOString().replace('.000Z', 'Z'),
    });
  }
  const agencyTemplates = [...data.agencies!];
  for (let i = 0; i < (options.agencies ?? 120); i += 1) {
    const template = agencyTemplates[i % agencyTemplates.length]!;
    const id = 50_000 + i;
    data.agencies!.push({
      ...template,
      id,
      url: `https://ll.thespacedevs.com/2.3.0/agencies/${id}/`,
      name: `Generated Agency ${i + 1}`,
      abbrev: `GA${i + 1}`,
    });
  }
  return data;
}
