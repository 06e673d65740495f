import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DEVIATIONS } from '@/lib/ll2/schema-deviations';
import { componentShape, schemaShapes } from '@/lib/ll2/schema-shapes';
import { resourceList } from '@/lib/resources';
import { buildShapesJson, SCHEMA_FILE } from '@/scripts/build-api-shapes';
import { loadOpenApi } from './ll2-schema';

describe('the schema extract the API projects with (lib/ll2/schema-shapes.json)', () => {
  it('the committed schema is LL2’s ll_2.3.0.json, byte for byte', () => {
    const hash = createHash('sha256').update(fs.readFileSync(SCHEMA_FILE)).digest('hex');
    expect(hash).toBe('fa9113773c3f12ded9fdd71fb7d7600030135b93bc99321e47e75355611e63fb');
  });

  it('is what `npm run api:shapes` makes of the schema now', () => {
    expect(schemaShapes).toEqual(JSON.parse(buildShapesJson()));
  });

  it('names every deviation’s key in the schema, and marks it', () => {
    const { schemas } = loadOpenApi().components;
    for (const target of Object.keys(SCHEMA_DEVIATIONS)) {
      const [component, key] = target.split('.') as [string, string];
      expect(schemas[component]?.properties, target).toHaveProperty(key);
      const shape = schemaShapes.components[component];
      if (shape) expect(shape.keys.find(([k]) => k === key)?.[1], target).toContain('n');
    }
  });

  it('links each nested serializer to its resource’s endpoint, and lookup tables to none', () => {
    const links = Object.fromEntries(
      [
        'AgencyDetailed',
        'LaunchMini',
        'Landing',
        'SpacecraftDetailed',
        'SpacecraftConfigNormal',
        'SpacecraftFlightMini',
        'LauncherConfigList',
        'PadSerializerNoLocation',
        'EventType',
        'Image',
        'VidURL',
      ].map((name) => [name, componentShape(name).path ?? null]),
    );
    expect(links).toEqual({
      AgencyDetailed: 'agencies/',
      LaunchMini: 'launches/',
      Landing: 'landings/',
      SpacecraftDetailed: 'spacecraft/',
      SpacecraftConfigNormal: 'spacecraft_configurations/',
      SpacecraftFlightMini: 'spacecraft_flights/',
      LauncherConfigList: 'launcher_configurations/',
      PadSerializerNoLocation: 'pads/',
      EventType: null,
      Image: null,
      VidURL: null,
    });
  });

  it.each(resourceList.map((def) => [def.apiPath, def] as const))(
    '%s takes exactly the filters LL2’s schema lists',
    (apiPath, def) => {
      const { paths } = loadOpenApi() as unknown as {
        paths: Record<string, { get: { parameters: { name: string }[] } }>;
      };
      const common = new Set(['limit', 'offset', 'ordering', 'search', 'mode', 'format']);
      const listed = paths[`/2.3.0/${apiPath}`]!.get.parameters.map((p) => p.name).filter(
        (n) => !common.has(n),
      );
      expect(def.filters.map((f) => f.param).sort()).toEqual(listed.sort());
    },
  );
});
