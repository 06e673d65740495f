import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLegacy, toCurrentShape } from '@/lib/import/legacy';
import { normaliseRecords } from '@/lib/import/normalise';
import { readPayload } from '@/lib/import/read-payload';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { SEED_PAGES, def, run, seedPageText, seedRecords } from '../store/fixtures';
import { LL2_SEEDS, LL2_SNAPSHOT, snapshotRecords as tilo } from '../fixtures/ll2-reference';

describe('the 2.0.0 seed launch page', () => {
  const payload = readPayload(seedPageText('launches'), SEED_PAGES.launches);
  const { records } = normaliseRecords('launches', payload.records, {
    richness: payload.richness,
    source: SEED_PAGES.launches,
  });
  const launch = records.find((r) => r.resource === 'launches')!.record;

  it('is read as an older, poorer launches page', () => {
    expect(payload.resource).toBe('launches');
    expect(payload.richness).toBe(1);
    expect(payload.records).toHaveLength(10);
    expect(isLegacy(payload.records[0] as Record<string, unknown>)).toBe(true);
  });

  it('becomes the 2.3.0 shape', () => {
    expect(launch).toMatchObject({
      id: 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d',
      url: 'https://lldev.thespacedevs.com/2.3.0/launches/cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d/?format=api',
      status: { id: 3, name: 'Launch Successful', abbrev: 'Success', description: null },
      launch_service_provider: {
        id: 63,
        url: 'https://lldev.thespacedevs.com/2.3.0/agencies/63/?format=api',
        type: { id: 1, name: 'Government' },
      },
      rocket: {
        configuration: {
          url: 'https://lldev.thespacedevs.com/2.3.0/launcher_configurations/24/?format=api',
        },
      },
      launch_designator: null,
      pad: {
        url: 'https://lldev.thespacedevs.com/2.3.0/pads/20/?format=api',
        latitude: 45.996034,
        longitude: 63.564003,
        location: {
          url: 'https://lldev.thespacedevs.com/2.3.0/locations/15/?format=api',
          country: { alpha_2_code: 'KZ', alpha_3_code: 'KAZ' },
        },
      },
      image: {
        image_url:
          'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/soyuz_2.1a_image_20230805184309.jpg',
        license: null,
      },
    });
    for (const key of ['launch_library_id', 'tbdtime', 'tbddate', 'inhold', 'holdreason'])
      expect(launch).not.toHaveProperty(key);
    expect(launch.pad).not.toHaveProperty('location.country_code');
  });

  it('converts nested programs and their agencies', () => {
    const programs = launch.program as Record<string, unknown>[];
    expect(programs[0]).toMatchObject({
      id: 17,
      url: 'https://lldev.thespacedevs.com/2.3.0/programs/17/?format=api',
      image: {
        image_url:
          'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/international2_program_20201129184745.png',
      },
      agencies: expect.arrayContaining([
        expect.objectContaining({ id: 27, type: { id: 2, name: 'Multinational' } }),
      ]),
    });
    expect(programs[0]).not.toHaveProperty('image_url');
  });

  it('matches the committed embedded seed, built from it', () => {
    const committed = seedRecords('004-launches.json');
    const converted = payload.records.map((r) =>
      toCurrentShape('launches', r as Record<string, unknown>),
    );
    // The committed copy may predate the move of the COSPAR designator onto the launch.
    const strip = (r: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'launch_designator'));
    expect(converted.map(strip)).toEqual(committed.map(strip));
  });

  it('leaves 2.3.0 records as they are', () => {
    for (const record of seedRecords('003-docking_events.json'))
      expect(toCurrentShape('docking_events', record)).toEqual(record);
    for (const record of seedRecords('000-agencies.json'))
      expect(toCurrentShape('agencies', record)).toEqual(record);
  });

  it('keeps the file of 2.3.0 image variants and mission patches on the item itself', () => {
    type Logo = { variants: Record<string, unknown>[] };
    const raw = readPayload(seedPageText('agencies'), 'agencies').records as Record<
      string,
      unknown
    >[];
    const withVariants = raw.filter((r) => (r.logo as Logo | null)?.variants.length);
    expect(withVariants.length).toBeGreaterThan(0);
    for (const agency of withVariants) {
      const converted = toCurrentShape('agencies', agency);
      expect((converted.logo as Logo).variants).toEqual((agency.logo as Logo).variants);
      expect((converted.logo as Logo).variants[0]).toHaveProperty('image_url');
    }
    const patch = {
      id: 12,
      name: 'Crew-9 patch',
      priority: 10,
      image_url: 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/patch.png',
      agency: null,
      response_mode: 'normal',
    };
    const launch = toCurrentShape('launches', {
      id: 'b1d6ba8d-08a4-4d2a-9e9c-0d9b8a5a7b11',
      name: 'Falcon 9 | Crew-9',
      mission_patches: [patch],
      program: [{ id: 17, name: 'ISS', mission_patches: [patch] }],
    });
    expect(launch.mission_patches).toEqual([patch]);
    expect((launch.program as { mission_patches: unknown[] }[])[0]!.mission_patches).toEqual([
      patch,
    ]);
  });

  it('all ten launches of the page land and answer 2.3.0 filters', () => {
    const store = new SqliteStore(':memory:');
    store.write(records);
    expect(run(store, 'launches', 'status__ids=3').count).toBe(9);
    expect(run(store, 'launches', 'is_crewed=true').ids).toEqual([
      'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d',
    ]);
    expect(run(store, 'launches', 'pad__location=15').count).toBe(5);
    store.close();
  });

  it('reads every seed page', () => {
    for (const file of Object.values(SEED_PAGES)) {
      const text = fs.readFileSync(path.join(LL2_SEEDS, file), 'utf8');
      expect(readPayload(text, file).records).toHaveLength(file.startsWith('003') ? 6 : 10);
    }
  });
});

describe('2.2.0 snapshots', () => {
  it('launches: vidURLs become vid_urls, the spacecraft stage a list, the odd location name a string', () => {
    const raw = tilo('previouslaunches0.json');
    const ns26 = raw.find((r) => r.id === 'cd042f6b-1b91-4783-b953-79a4a572219d')!;
    const shaped = toCurrentShape('launches', ns26);
    expect(shaped).not.toHaveProperty('vidURLs');
    expect(Array.isArray(shaped.vid_urls)).toBe(true);
    expect((shaped.rocket as { spacecraft_stage: unknown }).spacecraft_stage).toEqual([
      (ns26.rocket as { spacecraft_stage: unknown }).spacecraft_stage,
    ]);
    expect(shaped).toMatchObject({
      status: { id: 3, abbrev: 'Success' },
      launch_service_provider: { image: { image_url: expect.any(String) } },
    });

    const store = new SqliteStore(':memory:');
    const { records } = normaliseRecords('launches', raw, {
      richness: 1,
      source: 'previouslaunches0.json',
    });
    store.write(records);
    expect(run(store, 'launches', 'is_crewed=true&search=NS-26').ids).toEqual([
      'cd042f6b-1b91-4783-b953-79a4a572219d',
    ]);
    const first = raw[0]!;
    const video = (first.vidURLs as { url: string }[])[0]!.url;
    expect(run(store, 'launches', `video_url=${encodeURIComponent(video)}`).ids).toEqual([
      first.id,
    ]);
    expect(store.get(def('locations'), 11)).toMatchObject({ name: 'Vandenberg SFB, CA, USA' });
    store.close();
  });

  it('agencies: text types, country codes and numeric strings', () => {
    const spacex = tilo('agencies0.json').find((r) => r.id === 121)!;
    expect(toCurrentShape('agencies', spacex)).toMatchObject({
      url: 'https://ll.thespacedevs.com/2.3.0/agencies/121/?format=json',
      type: { id: 3, name: 'Commercial' },
      country: [{ alpha_2_code: 'US', alpha_3_code: 'USA' }],
      founding_year: 2002,
      logo: { image_url: expect.stringContaining('spacex_logo') },
    });
  });

  it('pads: string coordinates become numbers, old paths the new ones', () => {
    const pad = toCurrentShape('pads', tilo('pads0.json')[0]!);
    expect(pad).toMatchObject({
      url: 'https://ll.thespacedevs.com/2.3.0/pads/63/?format=json',
      latitude: 21.982029,
      longitude: -159.759328,
      location: {
        url: 'https://ll.thespacedevs.com/2.3.0/locations/1/?format=json',
        country: { alpha_3_code: 'USA' },
      },
    });
  });

  // The extract holds a record of every field path and value type of the full files.
  it('every record of the 2.2.0 files of resources we store passes validation', () => {
    const files = fs
      .readdirSync(LL2_SNAPSHOT)
      .filter((f) => /\d+\.json$/.test(f) && !/astronaut|rocket/.test(f));
    const kinds = new Set<string | null>();
    for (const file of files) {
      const payload = readPayload(fs.readFileSync(path.join(LL2_SNAPSHOT, file), 'utf8'), file);
      kinds.add(payload.resource);
      expect(payload.richness, file).toBe(1);
      const { records } = normaliseRecords(payload.resource!, payload.records, {
        richness: payload.richness,
        source: file,
      });
      expect(records.length, file).toBeGreaterThanOrEqual(payload.records.length);
    }
    expect([...kinds].sort()).toEqual([
      'agencies',
      'launches',
      'locations',
      'pads',
      'space_stations',
      'spacecraft_configurations',
    ]);
  });
});
