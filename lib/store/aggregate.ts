import type { ColumnPlan } from './columns';
import type { WhereClause } from './sql-query';

/**
 * One grouping key of an aggregate: a scalar field's stored value, or the year or month
 * (`2024`, `2024-06`) of a datetime field, cut from its stored ISO text as the histogram and the
 * `year`/`month` filters read it.
 */
export interface AggregateKey {
  field: string;
  part?: 'year' | 'month';
  /**
   * Also read the field's option label (a provider's name for its id). Only where asked: a label
   * that is not in the index the query scans costs a row lookup per record.
   */
  label?: boolean;
}

export interface AggregateSpec {
  groupBy: readonly AggregateKey[];
  /**
   * Count the values of this multi-valued field (a launch's crew) rather than the records: `count`
   * is then the values (seats) and `distinct` the different values (people) per group.
   */
  values?: string;
}

export interface AggregateRow {
  /** The group's key values, in `groupBy` order; null where the record has none. */
  keys: (string | number | null)[];
  /** Each key's option label (a provider's name for its id), where the field has one. */
  labels: (string | null)[];
  count: number;
  /** Only with `values`: how many different values the group holds. */
  distinct?: number;
}

function keySql(plan: ColumnPlan, key: AggregateKey): string {
  if (!plan.scalar.includes(key.field) || key.field === 'id')
    throw new Error(`${plan.def.key}: cannot group by ${key.field}`);
  const column = `f_${key.field}`;
  if (!key.part) return column;
  if (plan.def.fields[key.field]?.type !== 'datetime')
    throw new Error(`${plan.def.key}: ${key.field} has no ${key.part}`);
  return `substr(${column}, 1, ${key.part === 'year' ? 4 : 7})`;
}

/**
 * `SELECT <keys>, <labels>, count(*) … GROUP BY <keys>` over the list query's own WHERE clause,
 * so a chart counts exactly the records the list with the same filters shows. Plain SQL
 * (substr, max, count, GROUP BY) that PostgreSQL runs as well.
 */
export function aggregateSql(
  plan: ColumnPlan,
  where: WhereClause,
  spec: AggregateSpec,
): WhereClause {
  if (spec.groupBy.length === 0) throw new Error('aggregate: nothing to group by');
  const keys = spec.groupBy.map((k) => keySql(plan, k));
  const labels = spec.groupBy.map((k) =>
    k.label && !k.part && plan.labelled.includes(k.field) ? `max(o_${k.field})` : 'NULL',
  );
  const select = [...keys.map((k, i) => `${k} AS k${i}`), ...labels.map((l, i) => `${l} AS l${i}`)];
  const group = keys.map((_, i) => `k${i}`).join(', ');
  if (!spec.values) {
    return {
      sql: `SELECT ${select.join(', ')}, count(*) AS n FROM ${plan.table} ${where.sql} GROUP BY ${group}`,
      params: where.params,
    };
  }
  if (!plan.multi.includes(spec.values))
    throw new Error(`${plan.def.key}: ${spec.values} is not multi-valued`);
  // The selection in a subquery of its own, so its WHERE clause (`rowid IN …` for a search)
  // names only the record table; then its values from the side table by record id.
  const inner = [
    ...keys.map((k, i) => `${k} AS k${i}`),
    ...spec.groupBy.map(
      (k, i) =>
        (k.label && !k.part && plan.labelled.includes(k.field) ? `o_${k.field}` : 'NULL') +
        ` AS o${i}`,
    ),
    'id AS record_key',
  ];
  const outer = [
    ...keys.map((_, i) => `s.k${i} AS k${i}`),
    ...keys.map((_, i) => `max(s.o${i}) AS l${i}`),
  ];
  return {
    sql:
      `SELECT ${outer.join(', ')}, count(*) AS n, count(DISTINCT v.value) AS d ` +
      `FROM (SELECT ${inner.join(', ')} FROM ${plan.table} ${where.sql}) AS s ` +
      `JOIN ${plan.multiTable} AS v ON v.record_id = s.record_key AND v.field = ? GROUP BY ${keys.map((_, i) => `s.k${i}`).join(', ')}`,
    params: [...where.params, spec.values],
  };
}

export function readAggregateRows(
  rows: Record<string, unknown>[],
  spec: AggregateSpec,
): AggregateRow[] {
  const width = spec.groupBy.length;
  return rows.map((row) => {
    const keys: (string | number | null)[] = [];
    const labels: (string | null)[] = [];
    for (let i = 0; i < width; i++) {
      const key = row[`k${i}`];
      const label = row[`l${i}`];
      keys.push(typeof key === 'string' || typeof key === 'number' ? key : null);
      labels.push(typeof label === 'string' && label !== '' ? label : null);
    }
    return {
      keys,
      labels,
      count: Number(row.n),
      ...(spec.values ? { distinct: Number(row.d) } : {}),
    };
  });
}
