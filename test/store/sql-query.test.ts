import { describe, expect, it } from 'vitest';
import { parseListQuery } from '@/lib/query/parse';
import { resources } from '@/lib/resources';
import { planColumns } from '@/lib/store/columns';
import { buildOrderBy, buildWhere } from '@/lib/store/sql-query';
import { NOW } from './fixtures';

const build = (key: keyof typeof resources, query: string, view?: string) => {
  const def = resources[key];
  const plan = planColumns(def);
  const parsed = parseListQuery(def, new URLSearchParams(query), { view }).query;
  return { where: buildWhere(plan, def, parsed, NOW), orderBy: buildOrderBy(plan, parsed) };
};

describe('buildOrderBy', () => {
  it.each([
    ['agencies', '', 'ORDER BY id ASC'],
    ['agencies', 'ordering=-id', 'ORDER BY id DESC'],
    ['agencies', 'ordering=name', 'ORDER BY s_name ASC, id ASC'],
    ['events', 'ordering=-last_updated', 'ORDER BY s_last_updated DESC, id DESC'],
    ['events', 'ordering=last_updated,-date', 'ORDER BY s_last_updated ASC, s_date DESC, id DESC'],
    ['agencies', 'ordering=-featured,name', 'ORDER BY s_featured DESC, s_name ASC, id ASC'],
    ['agencies', 'ordering=id,name', 'ORDER BY id ASC, s_name ASC'],
    ['launches', 'ordering=-bogus', 'ORDER BY s_net ASC, id ASC'],
  ] as const)('%s ?%s → %s', (key, query, sql) => {
    expect(build(key, query).orderBy).toBe(sql);
  });

  it('ends every ordering with id, so ties page stably', () => {
    expect(build('launches', '', 'previous').orderBy).toBe('ORDER BY s_net DESC, id DESC');
  });
});

describe('buildWhere', () => {
  it('binds every value, never splicing it into the SQL', () => {
    const hostile = "x' OR 1=1 --";
    const { where } = build(
      'agencies',
      `name=${encodeURIComponent(hostile)}&search=${encodeURIComponent(hostile)}&abbrev__contains=%25`,
    );
    expect(where.sql).not.toContain('OR 1=1');
    expect(where.params).toEqual([hostile, '%', "x'", 'or', '1=1', '--']);
  });

  it('queries multi-valued fields through the side table', () => {
    const { where } = build('events', 'program=17&program=18');
    expect(where.sql).toBe(
      'WHERE id IN (SELECT record_id FROM m_events WHERE field = ? AND value IN (?, ?))',
    );
    expect(where.params).toEqual(['program', 17, 18]);
  });

  it('adds the view’s time condition', () => {
    expect(build('launches', 'hide_recent_previous=true', 'upcoming').where).toEqual({
      sql: 'WHERE f_net >= ?',
      params: ['2025-02-28T12:00:00.000Z'],
    });
    expect(build('launches', '', 'upcoming').where.params).toEqual(['2025-02-27T12:00:00.000Z']);
  });

  it('adds nothing for include_suborbital=true', () => {
    expect(build('launches', 'include_suborbital=true').where.sql).toBe('');
    expect(build('launches', 'include_suborbital=false').where.sql).toBe(
      'WHERE (f_suborbital IS NULL OR f_suborbital = 0)',
    );
  });
});
