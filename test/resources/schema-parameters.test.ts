import { describe, expect, it } from 'vitest';
import { getResource } from '@/lib/resources';
import { loadOpenApi } from '../api/ll2-schema';

/**
 * LL2's schema lists an endpoint's filters as parameters (test/api/schema-shapes.test.ts checks
 * those for every definition) but its search fields, ordering fields and modes only in the
 * endpoint's description ("#### Search / Fields searched - `name`, …"). These definitions must
 * hold exactly those, so `/api/2.3.0/<endpoint>/?search=…&ordering=…` finds and orders as LL2.
 */

const paths = (
  loadOpenApi() as unknown as {
    paths: Record<string, { get: { description: string; parameters: { name: string }[] } }>;
  }
).paths;

/** The backticked names on the first line after a `#### <heading>` of the description. */
function listed(description: string, heading: string): string[] {
  const after = description.split(`#### ${heading}\n`)[1] ?? '';
  const line = after.split('\n').find((l) => l.trim() !== '') ?? '';
  return [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

describe.each(['launcher_configurations', 'launchers'])('%s matches LL2 2.3.0’s schema', (key) => {
  const def = getResource(key)!;
  const endpoint = paths[`/2.3.0/${def.apiPath}`]!.get;

  it('takes every filter parameter the schema lists, and no other', () => {
    const common = new Set(['limit', 'offset', 'ordering', 'search', 'mode', 'format']);
    const params = endpoint.parameters.map((p) => p.name).filter((n) => !common.has(n));
    expect(def.filters.map((f) => f.param).sort()).toEqual(params.sort());
    expect(endpoint.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['search', 'ordering', 'limit', 'offset']),
    );
  });

  it('searches exactly the fields LL2 searches', () => {
    const fields = listed(endpoint.description, 'Search');
    expect(fields.length).toBeGreaterThan(0);
    expect([...def.search].sort()).toEqual(fields.sort());
  });

  it('orders by exactly the fields LL2 orders by', () => {
    const fields = listed(endpoint.description, 'Ordering');
    expect(fields.length).toBeGreaterThan(0);
    expect([...def.ordering].sort()).toEqual(fields.sort());
  });

  it('has LL2’s three modes', () => {
    expect([...def.modes].sort()).toEqual(listed(endpoint.description, 'Modes').sort());
  });
});
