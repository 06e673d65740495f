import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resourceList } from '@/lib/resources';
import { EXTRACTORS_VERSION } from '@/lib/resources/define';
import { planColumns } from '@/lib/store/columns';

/**
 * The source of every extractor function, as this test runner compiles it. Stored databases
 * rebuild their derived columns when EXTRACTORS_VERSION changes, so a change here must come with
 * a bump; this pins which source goes with which version.
 */
function extractorSourceHash(): string {
  const hash = createHash('sha256');
  for (const def of [...resourceList].sort((a, b) => a.key.localeCompare(b.key))) {
    hash.update(`${def.key}|slug:${def.slug?.toString() ?? ''}`);
    for (const [name, field] of Object.entries(def.fields).sort(([a], [b]) => a.localeCompare(b))) {
      const get = field.path === undefined ? field.get.toString() : `path:${field.path}`;
      hash.update(`|${name}:${get}:${field.optionLabel?.toString() ?? ''}`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

const PINNED: Record<number, string> = {
  1: 'a92d9bc5aa98e58d',
  2: '94c9d0095d2e9a68',
  3: '3f89331123d8326f',
  4: '0b82df5312a65ffd',
  5: '16a7e62eaea621f9',
  6: 'a9fdf1fe7467ab88',
  7: '0c45539b70e6354f',
  8: 'db79b45f932eb3b2',
  9: '682f28e6acdfa552',
};

describe('stored-column fingerprint', () => {
  it('EXTRACTORS_VERSION was bumped with every change to an extractor function', () => {
    const hash = extractorSourceHash();
    expect(
      PINNED[EXTRACTORS_VERSION],
      `Extractor code changed (source hash ${hash}). Bump EXTRACTORS_VERSION in lib/resources/define.ts ` +
        `to ${EXTRACTORS_VERSION + 1} and add ${EXTRACTORS_VERSION + 1}: '${hash}' to PINNED here, ` +
        'so stored databases rebuild their columns.',
    ).toBe(hash);
  });

  it('does not depend on how the extractor functions were compiled', () => {
    const def = resourceList[0]!;
    const recompiled = {
      ...def,
      fields: Object.fromEntries(
        Object.entries(def.fields).map(([name, f]) => [
          name,
          // Same behaviour, different source text (as another compiler would emit it).
          { ...f, get: (record: Parameters<typeof f.get>[0]) => f.get(record) },
        ]),
      ),
      ...(def.slug
        ? { slug: (r: Parameters<NonNullable<typeof def.slug>>[0]) => def.slug!(r) }
        : {}),
    };
    expect(planColumns(recompiled).fingerprint).toBe(planColumns(def).fingerprint);
  });

  it('changes when a field reads another path or gains an option label', () => {
    const def = resourceList[0]!;
    const [name, field] = Object.entries(def.fields).find(([, f]) => f.path !== undefined)!;
    const moved = {
      ...def,
      fields: { ...def.fields, [name]: { ...field, path: `${field.path}.x` } },
    };
    expect(planColumns(moved).fingerprint).not.toBe(planColumns(def).fingerprint);
    const relabelled = {
      ...def,
      fields: {
        ...def.fields,
        [name]: { ...field, optionLabel: field.optionLabel ? undefined : () => null },
      },
    };
    expect(planColumns(relabelled).fingerprint).not.toBe(planColumns(def).fingerprint);
  });
});
