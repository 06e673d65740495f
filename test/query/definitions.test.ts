import { describe, expect, it } from 'vitest';
import { resources } from '@/lib/resources';
import type { ResourceDef } from '@/lib/resources/types';
import { openapiSchema } from '../fixtures/ll2-reference';
import { SEED_PAGES, seedPageText } from '../store/fixtures';

/**
 * Our resource definitions against LL2's own documentation: the help text of the seed pages for
 * agencies, spacecraft, events and docking events, and the 2.3.0 OpenAPI schema for launches.
 */

const COMMON_PARAMS = ['limit', 'offset', 'ordering', 'search'];

interface HelpText {
  modes: string[];
  filters: string[];
  search: string[];
  ordering: string[];
}

function csv(text: string, label: RegExp): string[] {
  const line = text.split('\n').find((l) => label.test(l));
  if (!line) throw new Error(`no ${label} line`);
  return line
    .replace(label, '')
    .split(',')
    .map((s) => s.replaceAll('`', '').trim())
    .filter(Boolean);
}

function helpText(text: string): HelpText {
  return {
    modes: csv(text, /^Levels of detail in the response - /),
    filters: csv(text, /^Parameters - /),
    search: csv(text, /^Fields searched - /),
    ordering: csv(text, /^Fields - /),
  };
}

const sortedParams = (def: ResourceDef) => def.filters.map((f) => f.param).sort();

const openapi = openapiSchema() as {
  paths: Record<string, { get: { description?: string; parameters: { name: string }[] } }>;
  components: {
    schemas: Record<
      string,
      { properties?: Record<string, unknown>; discriminator?: { mapping: Record<string, string> } }
    >;
  };
};

describe.each(['agencies', 'spacecraft', 'events', 'docking_events'] as const)(
  '%s matches its seed help text',
  (key) => {
    const help = helpText(seedPageText(key));
    const def = resources[key];

    it('has every filter parameter LL2 lists, and no other', () => {
      expect(help.filters.length).toBeGreaterThan(0);
      expect(sortedParams(def)).toEqual([...help.filters].sort());
    });

    it('searches the fields LL2 searches', () => {
      expect([...def.search].sort()).toEqual([...help.search].sort());
    });

    it('orders by the fields LL2 allows', () => {
      expect([...def.ordering].sort()).toEqual([...help.ordering].sort());
    });

    it('offers the modes LL2 offers', () => {
      expect([...def.modes].sort()).toEqual([...help.modes].sort());
    });

    it('agrees with the OpenAPI schema too', () => {
      const params = openapi.paths[`/2.3.0/${def.apiPath}`]!.get.parameters.map((p) => p.name);
      expect([...sortedParams(def), ...COMMON_PARAMS].sort()).toEqual([...params].sort());
    });
  },
);

describe('the seed help texts parse', () => {
  it('covers the four 2.3.0 list pages', () => {
    expect(Object.keys(SEED_PAGES)).toEqual([
      'agencies',
      'spacecraft',
      'events',
      'docking_events',
      'launches',
    ]);
    expect(helpText(seedPageText('agencies')).filters).toContain('founding_year__gte');
    expect(helpText(seedPageText('docking_events')).search).toContain('space_station_target__name');
  });
});

/** Our field keys that stand for a different LL2 query path. */
const LAUNCH_FIELD_ALIASES: Record<string, string> = { lsp__name: 'launch_service_provider__name' };

describe('launches match the 2.3.0 OpenAPI schema', () => {
  const def = resources.launches;
  const list = openapi.paths['/2.3.0/launches/']!.get;
  const description = list.description ?? '';

  it.each(['/2.3.0/launches/', '/2.3.0/launches/previous/'])(
    '%s: every parameter, and no other',
    (apiPath) => {
      const params = openapi.paths[apiPath]!.get.parameters.map((p) => p.name);
      expect([...sortedParams(def), ...COMMON_PARAMS].sort()).toEqual([...params].sort());
    },
  );

  it('/2.3.0/launches/upcoming/ adds hide_recent_previous, our view parameter', () => {
    const params = openapi.paths['/2.3.0/launches/upcoming/']!.get.parameters.map((p) => p.name);
    const upcoming = def.views?.find((v) => v.name === 'upcoming');
    expect([...sortedParams(def), ...COMMON_PARAMS, ...(upcoming?.params ?? [])].sort()).toEqual(
      [...params].sort(),
    );
    expect(def.views?.find((v) => v.name === 'previous')?.params ?? []).toEqual([]);
  });

  it('searches the fields LL2 searches', () => {
    const searched = csv(description, /^Fields searched - /);
    expect(def.search.map((f) => LAUNCH_FIELD_ALIASES[f] ?? f).sort()).toEqual(
      [...searched].sort(),
    );
  });

  it('orders by the fields LL2 allows', () => {
    expect([...def.ordering].sort()).toEqual(csv(description, /^Fields - /).sort());
  });

  it('offers the modes LL2 offers', () => {
    expect([...def.modes].sort()).toEqual(
      csv(description, /^Levels of detail in the response - /).sort(),
    );
  });
});

/** Our field keys that stand for a different LL2 search path, per endpoint. */
const SEARCH_ALIASES: Record<string, Record<string, string>> = {
  astronauts: { nationality: 'nationality__nationality_name' },
  expeditions: {},
  launcher_configurations: {},
  launchers: {},
};

describe.each(['astronauts', 'expeditions', 'launcher_configurations', 'launchers'] as const)(
  '%s match the 2.3.0 OpenAPI schema',
  (key) => {
    const def = resources[key];
    const list = openapi.paths[`/2.3.0/${def.apiPath}`]!.get;
    const description = list.description ?? '';
    const aliases = SEARCH_ALIASES[key] ?? {};

    it('has every filter parameter LL2 lists, and no other', () => {
      const params = list.parameters.map((p) => p.name);
      expect([...sortedParams(def), ...COMMON_PARAMS].sort()).toEqual([...params].sort());
      expect(csv(description, /^Parameters - /).sort()).toEqual(sortedParams(def));
    });

    it('searches the fields LL2 searches', () => {
      expect(def.search.map((f) => aliases[f] ?? f).sort()).toEqual(
        csv(description, /^Fields searched - /).sort(),
      );
    });

    it('orders by the fields LL2 allows', () => {
      expect([...def.ordering].sort()).toEqual(csv(description, /^Fields - /).sort());
    });

    it('offers the modes LL2 offers', () => {
      expect([...def.modes].sort()).toEqual(
        csv(description, /^Levels of detail in the response - /).sort(),
      );
    });
  },
);
