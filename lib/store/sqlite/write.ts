import { resourceList } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';
import { mergeRecord } from '../merge';
import type { IncomingRecord, WriteSummary } from '../types';
import type { SqliteContext } from './context';
import { bumpVersion, setMeta } from './meta';
import { insertStatement, writeRow } from './schema';

/**
 * Upserts records in one transaction, merging each with its stored copy (`lib/store/merge.ts`);
 * a record whose merged form is what is stored already counts as unchanged and is not written.
 */
export function writeRecords(ctx: SqliteContext, records: IncomingRecord[], meta: Record<string, string>): WriteSummary {
  const summary: WriteSummary = { inserted: 0, updated: 0, unchanged: 0 };
  const run = ctx.db.transaction(() => {
    for (const incoming of records) {
      const def = resourceList.find((d) => d.key === incoming.resource);
      if (!def) throw new Error(`Unknown resource ${incoming.resource}`);
      const plan = ctx.plan(def);
      const id = def.idType === 'int' ? Number(incoming.record.id) : String(incoming.record.id);
      if (def.idType === 'int' && !Number.isSafeInteger(id)) throw new Error(`${def.key}: bad id ${String(incoming.record.id)}`);
      const existing = ctx.stmt(`SELECT data, richness, synthetic FROM ${plan.table} WHERE id = ?`).get(id) as
        | { data: string; richness: number; synthetic: number }
        | undefined;
      const merged = mergeRecord(
        existing ? { record: JSON.parse(existing.data) as WireRecord, richness: existing.richness } : null,
        incoming,
      );
      const data = JSON.stringify(merged.record);
      if (existing && existing.data === data && existing.richness === merged.richness) {
        summary.unchanged += 1;
        continue;
      }
      const insertMulti = ctx.stmt(`INSERT INTO ${plan.multiTable} (record_id, field, value, lvalue, label) VALUES (?, ?, ?, ?, ?)`);
      writeRow(
        ctx,
        plan,
        { insert: insertStatement(ctx, plan), insertMulti },
        merged.record,
        data,
        merged.richness,
        incoming.synthetic ?? existing?.synthetic === 1,
      );
      if (existing) summary.updated += 1;
      else summary.inserted += 1;
    }
    for (const [key, value] of Object.entries(meta)) setMeta(ctx, key, value);
    if (summary.inserted + summary.updated > 0) bumpVersion(ctx);
  });
  run.immediate();
  return summary;
}
