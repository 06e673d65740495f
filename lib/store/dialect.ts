/**
 * What differs between the SQL the two stores speak. The query builder (`sql-query.ts`,
 * `statements.ts`) writes one statement for both, with `?` placeholders, and asks the dialect for
 * the few expressions that are spelt differently; `toPositional` turns the placeholders into
 * PostgreSQL's `$n`.
 */
export interface SqlDialect {
  readonly name: 'sqlite' | 'postgres';
  /** True when `haystack` holds the text of the next bound parameter (case-sensitive, no wildcards). */
  contains(haystack: string): string;
  /**
   * A search term matched through the dialect's trigram index on the `search` column, when
   * finding it there needs no separate index table: PostgreSQL's pg_trgm answers `LIKE` from a
   * GIN index on the column itself. SQLite's FTS5 index is a table of its own (`WhereOptions`).
   */
  readonly likeSearch: boolean;
  /** ` NULLS FIRST` where the dialect would otherwise sort NULLs after values ascending. */
  readonly nullsFirst: string;
  /** A join that reads its left side first: SQLite's planner keeps a `CROSS JOIN`'s order. */
  readonly leftFirstJoin: string;
}

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  contains: (haystack) => `instr(${haystack}, ?) > 0`,
  likeSearch: false,
  // SQLite already sorts NULL as the smallest value.
  nullsFirst: '',
  leftFirstJoin: 'CROSS JOIN',
};

export const postgresDialect: SqlDialect = {
  name: 'postgres',
  contains: (haystack) => `strpos(${haystack}, ?) > 0`,
  likeSearch: true,
  nullsFirst: ' NULLS FIRST',
  // PostgreSQL picks the order from its statistics (and allows no ON after CROSS JOIN).
  leftFirstJoin: 'JOIN',
};

/** `%term%` for LIKE with the term's own `%`, `_` and `\` matched literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `?` placeholders as PostgreSQL's `$1, $2, …`. The builder binds every value, so a `?` inside a
 * quoted literal or identifier never occurs; it is skipped all the same.
 */
export function toPositional(sql: string): string {
  let n = 0;
  let out = '';
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      n += 1;
      out += `$${n}`;
    } else {
      out += ch;
    }
  }
  return out;
}
