import { describe, expect, it } from 'vitest';
import { cardModel } from '@/lib/seo/og-card';
import { launch, NOW } from './fixtures';

describe('cardModel', () => {
  it('shows a launch with its status badge and key facts', () => {
    const card = cardModel('launches', launch(), NOW);
    expect(card.kind).toBe('Launch');
    expect(card.title).toBeTruthy();
    expect(card.badge?.label).toBeTruthy();
    expect(card.facts.map((f) => f.label)).toContain('NET');
    expect(card.facts.length).toBeLessThanOrEqual(4);
    expect(card.alt).toMatch(/^Launch: /);
  });

  it('survives a mini record with only an id and a name', () => {
    const card = cardModel('launches', { id: 'x', name: 'Falcon 9 | Crew-10' }, NOW);
    expect(card).toMatchObject({ kind: 'Launch', title: 'Falcon 9 | Crew-10', facts: [] });
    expect(cardModel('space_stations', { id: 4 }, NOW).title).toBe('Unnamed station');
  });

  it('gives an event its type as the badge', () => {
    const card = cardModel(
      'events',
      {
        id: 1,
        name: 'Spacewalk',
        type: { id: 2, name: 'EVA' },
        date: '2024-05-01T10:00:00Z',
        location: 'None',
      },
      NOW,
    );
    expect(card.badge).toEqual({ label: 'EVA', tone: 'info' });
    expect(card.facts).toEqual([{ label: 'Date', value: '1 May 2024 10:00 UTC' }]);
  });

  it('summarises an agency’s record', () => {
    const card = cardModel(
      'agencies',
      {
        id: 121,
        name: 'SpaceX',
        type: { name: 'Commercial' },
        country: [{ name: 'United States of America' }],
        founding_year: 2002,
        total_launch_count: 400,
        successful_launches: 390,
      },
      NOW,
    );
    expect(card.facts).toEqual([
      { label: 'Country', value: 'United States of America' },
      { label: 'Founded', value: '2002' },
      { label: 'Launches', value: '400 (98% success)' },
    ]);
  });

  it('tells a docking apart by time: scheduled, docked, departed', () => {
    const rec = (docking: string, departure: string | null) => ({
      id: 9,
      docking,
      departure,
      space_station_target: { name: 'ISS' },
      flight_vehicle_chaser: { spacecraft: { name: 'Dragon' } },
    });
    expect(cardModel('docking_events', rec('2027-01-01T00:00:00Z', null), NOW).badge?.label).toBe(
      'Scheduled',
    );
    expect(cardModel('docking_events', rec('2025-01-01T00:00:00Z', null), NOW).badge?.label).toBe(
      'Docked',
    );
    const done = cardModel(
      'docking_events',
      rec('2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z'),
      NOW,
    );
    expect(done.badge?.label).toBe('Departed');
    expect(done.title).toBe('Dragon → ISS');
  });

  it('shortens long values', () => {
    const card = cardModel('spacecraft', { id: 1, name: 'X', serial_number: 'S'.repeat(200) }, NOW);
    expect(card.facts[0]?.value.length).toBeLessThanOrEqual(60);
  });

  it('covers the reference resources', () => {
    const pad = cardModel(
      'pads',
      { id: 20, name: '31/6', location: { name: 'Baikonur Cosmodrome' }, total_launch_count: 422 },
      NOW,
    );
    expect(pad).toMatchObject({ kind: 'Launch pad', title: '31/6' });
    expect(pad.facts).toContainEqual({ label: 'Launches', value: '422' });
    const site = cardModel(
      'locations',
      { id: 3, name: 'Sea Launch', country: { alpha_3_code: '???' } },
      NOW,
    );
    expect(site.facts.find((f) => f.label === 'Country')).toBeUndefined();
    expect(
      cardModel('programs', { id: 8, name: 'Soyuz', start_date: '1966-11-28T11:02:00Z' }, NOW)
        .facts,
    ).toEqual([{ label: 'Started', value: '28 Nov 1966' }]);
    expect(
      cardModel('spacecraft_configurations', { id: 1, name: 'Soyuz', in_use: false }, NOW).badge
        ?.label,
    ).toBe('Retired');
  });
});
