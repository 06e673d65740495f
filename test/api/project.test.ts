import { describe, expect, it } from 'vitest';
import {
  detailComponent,
  modeComponent,
  pickModeKeys,
  projectRecord,
  projectToComponent,
} from '@/lib/api/project';
import { componentShape, schemaShapes } from '@/lib/ll2/schema-shapes';
import { resourceList, resources } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';

const BASE = 'https://orbit.example/api/2.3.0';
const keysOf = (component: string) => componentShape(component).keys.map(([key]) => key);

describe('modes come from LL2’s schema', () => {
  it.each(resourceList.map((def) => [def.key, def] as const))(
    '%s: our modes are the endpoint’s',
    (_key, def) => {
      expect([...def.modes].sort()).toEqual(
        Object.keys(schemaShapes.endpoints[def.apiPath]!.modes).sort(),
      );
      expect(def.modes).toContain(def.defaultMode);
    },
  );

  it('maps each mode to the serializer the schema names for it', () => {
    expect(
      ['list', 'normal', 'detailed'].map((m) => modeComponent(resources.launches, m as never)),
    ).toEqual(['LaunchBasic', 'LaunchNormal', 'LaunchDetailed']);
    expect(modeComponent(resources.agencies, 'list')).toBe('AgencyMini');
    expect(modeComponent(resources.pads, 'normal')).toBe('Pad');
    expect(detailComponent(resources.programs)).toBe('ProgramNormal');
    expect(detailComponent(resources.locations)).toBe('LocationSerializerWithPads');
  });

  it('LL2’s launch serializers nest: detailed ⊇ normal ⊇ list', () => {
    const [basic, normal, detailed] = ['LaunchBasic', 'LaunchNormal', 'LaunchDetailed'].map(keysOf);
    expect(normal).toEqual(expect.arrayContaining(basic!));
    expect(detailed).toEqual(expect.arrayContaining(normal!));
    expect(detailed).toEqual(
      expect.arrayContaining([
        'vid_urls',
        'info_urls',
        'updates',
        'timeline',
        'mission_patches',
        'pad_turnaround',
        'flightclub_url',
      ]),
    );
  });
});

describe('projectToComponent writes a record as LL2’s serializer', () => {
  const agency = {
    id: 7,
    url: 'https://ll.thespacedevs.com/2.3.0/agencies/7/?format=json',
    name: 'Example Space',
    abbrev: 'EXS',
    type: { id: 3, name: 'Commercial' },
    description: 'd',
    response_mode: 'detailed',
    extra: 'not LL2’s',
  };
  /** The agency as LL2's AgencyMini, under `id`. */
  const agencyMini = (id: number) => ({
    response_mode: 'list',
    id,
    url: `${BASE}/agencies/${id}/`,
    name: 'Example Space',
    abbrev: 'EXS',
    type: { id: 3, name: 'Commercial' },
  });

  it('keeps exactly the mode’s keys, in LL2’s order, with its response_mode and our own url', () => {
    const out = projectRecord(resources.agencies, agency as WireRecord, 'list', BASE);
    expect(out).toEqual(agencyMini(7));
    expect(Object.keys(out)).toEqual(keysOf('AgencyMini'));
  });

  it('gives every key: null where the schema allows it, [] for a list, and leaves out the rest', () => {
    const out = projectRecord(resources.agencies, agency as WireRecord, 'detailed', BASE);
    expect(out).toMatchObject({
      administrator: null,
      country: [],
      social_media_links: [],
      total_launch_count: null,
    });
    // `featured`, `launchers` and `spacecraft` may not be null and are not required: we never had them.
    expect(Object.keys(out)).toEqual(
      keysOf('AgencyEndpointDetailed').filter(
        (k) => !['featured', 'launchers', 'spacecraft'].includes(k),
      ),
    );
  });

  it('writes nested objects as the serializer the mode names for them', () => {
    const launch = {
      id: '0102940a-4a60-4686-b34d-ced3fed6c595',
      name: 'Falcon 9 Block 5 | Crew-9',
      slug: 'falcon-9-block-5-crew-9',
      launch_service_provider: {
        ...agency,
        id: 121,
        featured: true,
        country: [],
        launchers: 'Falcon',
        spacecraft: 'Dragon',
      },
    };
    const normal = projectToComponent(launch, 'LaunchNormal', BASE);
    expect(normal.launch_service_provider).toEqual(agencyMini(121));
    const detailed = projectToComponent(launch, 'LaunchDetailed', BASE);
    expect(detailed.launch_service_provider).toMatchObject({
      response_mode: 'normal',
      featured: true,
      launchers: 'Falcon',
      total_launch_count: null,
    });
  });

  it('makes a missing slug from the name, as LL2 does, the same as the page’s URL', () => {
    // Launch names repeat, so the start of the id keeps each launch's slug its own.
    expect(
      projectToComponent({ id: 'a1b2c3d4-e5', name: 'Vostok-K | Vostok 1' }, 'LaunchBasic', BASE)
        .slug,
    ).toBe('vostok-k-vostok-1-a1b2c3d4');
    expect(
      projectToComponent({ id: 'a1b2c3d4-e5', name: 'Vostok', slug: null }, 'LaunchBasic', BASE)
        .slug,
    ).toBe('vostok-a1b2c3d4');
    expect(
      projectToComponent({ id: 7, name: 'Expedition 1' }, 'EventEndpointNormal', BASE).slug,
    ).toBe('expedition-1');
  });

  it('writes an object the schema cannot take (a status without its id) as null, not half', () => {
    const out = projectToComponent(
      { id: 'a', name: 'n', status: { name: 'Go for Launch' } },
      'LaunchBasic',
      BASE,
    );
    expect(out.status).toBeNull();
    const whole = projectToComponent(
      { id: 'a', name: 'n', status: { id: 1, name: 'Go for Launch' } },
      'LaunchBasic',
      BASE,
    );
    expect(whole.status).toEqual({ id: 1, name: 'Go for Launch' });
  });

  it('treats a value of another type than the schema’s as missing', () => {
    const out = projectToComponent(
      { id: 'a', name: 'n', infographic: { image_url: 'x' }, net: 5, webcast_live: 'yes' },
      'LaunchNormal',
      BASE,
    );
    expect(out.infographic).toBeNull();
    expect(out).not.toHaveProperty('net');
    expect(out).not.toHaveProperty('webcast_live');
  });

  it('answers an empty relation with [], as LL2 does, even where null would be allowed', () => {
    expect(projectToComponent({ id: 'a', name: 'n' }, 'LaunchNormal', BASE).program).toEqual([]);
  });

  it('drops a list item it cannot write whole and keeps the others', () => {
    const out = projectToComponent(
      {
        ...agency,
        country: [
          { id: null, alpha_3_code: 'KAZ' },
          { id: 2, name: 'United States of America' },
        ],
      },
      'AgencyNormal',
      BASE,
    );
    expect(out.country).toEqual([{ id: 2, name: 'United States of America' }]);
  });
});

describe('pickModeKeys (the list pages)', () => {
  it('keeps the mode’s top-level keys and whole nested objects', () => {
    const launch = {
      id: 'a',
      name: 'n',
      launch_service_provider: { id: 1, name: 'P', logo: { image_url: 'x' } },
      extra: 1,
    } as WireRecord;
    const out = pickModeKeys(resources.launches, launch, 'normal');
    expect(Object.keys(out).sort()).toEqual([...keysOf('LaunchNormal')].sort());
    expect(out.launch_service_provider).toEqual(launch.launch_service_provider);
    expect(out.response_mode).toBe('normal');
  });
});
