import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createIndexSql, planColumns } from '@/lib/store/columns';
import { loadSeedPages } from '@/test/store/seed-pages';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { SEED_DIR, def, dumpTables, run } from './fixtures';

/**
 * Indexes follow their definitions on open, without the rows being rebuilt; a rebuild (a changed
 * definition) keeps what `optimize()` added: the search index and the planner's statistics.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-indexes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const launches = planColumns(def('launches'));

function seededFile(name: string): string {
  const file = path.join(dir, name);
  const store = new SqliteStore(file);
  loadSeedPages(store, SEED_DIR);
  store.close();
  return file;
}

function indexSql(store: SqliteStore, table: string): Record<string, string> {
  const rows = store.db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
    )
    .all(table) as { name: string; sql: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.sql]));
}

const wanted = (table: string) =>
  Object.fromEntries(
    createIndexSql(launches)
      .filter((i) => i.table === table)
      .map((i) => [i.name, i.sql]),
  );

describe('index definitions', () => {
  it('carry the other facets, the date and the option label in each facet index', () => {
    const lsp = createIndexSql(launches).find((i) => i.name === 'ix_r_launches_f_lsp__id');
    expect(lsp?.sql).toBe(
      'CREATE INDEX ix_r_launches_f_lsp__id ON r_launches(f_lsp__id, s_net, id, f_status, f_launcher_config__id, f_pad, f_pad__location, f_is_crewed, f_suborbital, f_net, o_lsp__id)',
    );
    const net = createIndexSql(launches).find((i) => i.name === 'ix_r_launches_s_net');
    expect(net?.sql).toBe(
      'CREATE INDEX ix_r_launches_s_net ON r_launches(s_net, id, f_net, f_status, f_lsp__id, f_launcher_config__id, f_pad, f_pad__location, f_is_crewed, f_suborbital)',
    );
  });
});

describe('opening an existing database', () => {
  it('creates missing indexes, replaces changed ones and drops obsolete ones, leaving the rows alone', () => {
    const file = seededFile('sync.db');
    const before = new SqliteStore(file);
    // A rebuild would derive this column from the record again; an index change must not.
    before.db.exec("UPDATE r_launches SET f_name = 'left alone' WHERE rowid = 1");
    const rows = dumpTables(before);
    before.db.exec(`
      DROP INDEX ix_r_launches_f_status;
      DROP INDEX ix_r_launches_f_lsp__id;
      CREATE INDEX ix_r_launches_f_lsp__id ON r_launches(f_lsp__id, s_net, id);
      CREATE INDEX ix_r_launches_obsolete ON r_launches(f_name);
      CREATE INDEX mine ON r_launches(f_mission__name);
    `);
    before.close();

    const after = new SqliteStore(file);
    expect(indexSql(after, 'r_launches')).toEqual({
      ...wanted('r_launches'),
      mine: 'CREATE INDEX mine ON r_launches(f_mission__name)',
    });
    expect(indexSql(after, 'm_launches')).toEqual(wanted('m_launches'));
    expect(dumpTables(after)).toEqual(rows);
    expect(after.db.prepare('SELECT f_name FROM r_launches WHERE rowid = 1').pluck().get()).toBe(
      'left alone',
    );
    after.close();
  });

  it('measures a new index of a table the planner has statistics for', () => {
    const file = seededFile('analyzed.db');
    const before = new SqliteStore(file);
    before.optimize();
    before.db.exec('DROP INDEX ix_r_launches_f_pad');
    before.close();

    const after = new SqliteStore(file);
    const stat = after.db
      .prepare(
        "SELECT stat FROM sqlite_stat1 WHERE tbl = 'r_launches' AND idx = 'ix_r_launches_f_pad'",
      )
      .pluck()
      .get();
    expect(stat).toEqual(expect.stringMatching(/^\d+ /));
    after.close();
  });

  it('keeps the search index and the statistics when a changed definition rebuilds a table', () => {
    const file = seededFile('rebuild.db');
    const before = new SqliteStore(file);
    before.optimize({ searchIndexMinRows: 0 });
    const searched = run(before, 'launches', 'search=falcon&limit=100');
    expect(searched.count).toBeGreaterThan(0);
    before.setMeta('schema:launches', 'an older definition');
    before.close();

    const after = new SqliteStore(file);
    expect(after.getMeta('schema:launches')).toBe(launches.fingerprint);
    const tables = after.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all();
    expect(tables).toContain('x_launches');
    const statistics = after.db
      .prepare("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'r_launches'")
      .pluck()
      .get();
    expect(statistics).toBeGreaterThan(0);
    const again = run(after, 'launches', 'search=falcon&limit=100');
    expect({ count: again.count, ids: again.ids }).toEqual({
      count: searched.count,
      ids: searched.ids,
    });
    // The rebuilt search index is used (and kept up to date) like one optimize() built.
    const plan = after.db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT count(*) FROM x_launches WHERE x_launches MATCH \'"falcon"\'',
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('VIRTUAL TABLE');
    expect(indexSql(after, 'r_launches')).toEqual(wanted('r_launches'));
    after.close();
  });
});
