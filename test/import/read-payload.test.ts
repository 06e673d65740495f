import { describe, expect, it } from 'vitest';
import { readPayload, resourceFromUrl } from '@/lib/import/read-payload';
import { ImportError } from '@/lib/import/normalise';
import { SEED_PAGES, seedPageText } from '../store/fixtures';

describe('readPayload', () => {
  it.each([
    ['agencies', 'agencies', 2],
    ['spacecraft', 'spacecraft', 2],
    ['events', 'events', 2],
    ['docking_events', 'docking_events', 2],
    ['launches', 'launches', 1],
  ] as const)(
    'reads the captured %s page (help text, headers, then JSON)',
    (page, resource, richness) => {
      const payload = readPayload(seedPageText(page), SEED_PAGES[page]);
      expect(payload.resource).toBe(resource);
      expect(payload.richness).toBe(richness);
      expect(payload.records.length).toBeGreaterThan(0);
    },
  );

  it('reads a plain array, naming the resource from the records’ urls', () => {
    const payload = readPayload(
      JSON.stringify([
        {
          id: 4,
          url: 'https://ll.thespacedevs.com/2.3.0/space_stations/4/',
          response_mode: 'detailed',
        },
      ]),
      'x.json',
    );
    expect(payload).toEqual({
      resource: 'space_stations',
      records: [expect.objectContaining({ id: 4 })],
      richness: 3,
    });
  });

  it('reads a single record', () => {
    const payload = readPayload(
      JSON.stringify({
        id: 121,
        url: 'https://ll.thespacedevs.com/2.3.0/agencies/121/',
        response_mode: 'list',
      }),
      'x.json',
    );
    expect(payload).toMatchObject({ resource: 'agencies', richness: 1 });
    expect(payload.records).toHaveLength(1);
  });

  it('takes the mode from the page link when records do not say', () => {
    const page = {
      count: 1,
      next: 'https://ll.thespacedevs.com/2.3.0/launches/upcoming/?limit=10&mode=detailed&offset=10',
      previous: null,
      results: [{ id: 'x' }],
    };
    expect(readPayload(JSON.stringify(page), 'p.json')).toMatchObject({
      resource: 'launches',
      richness: 3,
    });
  });

  it('falls back to the file name used by public snapshots', () => {
    const read = (file: string) => readPayload('[{"id": 1}]', `/tmp/${file}`).resource;
    expect(read('previouslaunches500.json')).toBe('launches');
    expect(read('agencies0.json')).toBe('agencies');
    expect(read('spacestations.json')).toBe('space_stations');
    expect(read('spacecrafts.json')).toBe('spacecraft_configurations');
    expect(read('pads0.json')).toBe('pads');
    expect(read('astronauts0.json')).toBe('astronauts');
    expect(read('misc.json')).toBeNull();
  });

  it('treats files without a version as older, poorer copies', () => {
    expect(readPayload('[{"id": 1, "name": "x"}]', 'pads.json').richness).toBe(1);
  });

  it.each([
    ['help text without a body', 'Filters\nParameters - a, b\n'],
    ['broken JSON', '{"count": 1,'],
    ['a number', '42'],
    ['an object that is neither page nor record', '{"detail": "Not found."}'],
  ])('rejects %s with an ImportError naming the file', (_label, text) => {
    expect(() => readPayload(text, 'bad.json')).toThrow(ImportError);
    expect(() => readPayload(text, 'bad.json')).toThrow(/^bad\.json: /);
  });
});

describe('resourceFromUrl', () => {
  it.each([
    ['https://ll.thespacedevs.com/2.3.0/launches/upcoming/?limit=10', 'launches'],
    ['https://lldev.thespacedevs.com/2.0.0/launch/previous/', 'launches'],
    ['https://ll.thespacedevs.com/2.2.0/config/spacecraft/10/', 'spacecraft_configurations'],
    ['https://ll.thespacedevs.com/2.3.0/spacecraft/551/', 'spacecraft'],
    ['https://ll.thespacedevs.com/2.3.0/spacecraft_flights/777/', 'spacecraft_flights'],
    ['https://ll.thespacedevs.com/2.2.0/spacestation/4/', 'space_stations'],
    ['https://ll.thespacedevs.com/2.3.0/docking_events/611/', 'docking_events'],
    ['https://ll.thespacedevs.com/2.2.0/config/launcher/136/', 'launcher_configurations'],
    ['https://example.org/agencies/', null],
  ])('%s → %s', (url, resource) => {
    expect(resourceFromUrl(url)).toBe(resource);
  });
});
