import { describe, expect, it } from 'vitest';
import { resources } from '@/lib/resources';
import { commaParams, listDefaults } from '@/lib/resources/params';
import { cleanListParams, cleanOptions } from '@/lib/url/list-params';

const agencies = cleanOptions(resources.agencies);
const launches = resources.launches;
const previous = launches.views?.find((v) => v.name === 'previous');

describe('listDefaults', () => {
  it('uses the resource defaults', () => {
    expect(listDefaults(resources.agencies)).toMatchObject({
      offset: '0',
      limit: '10',
      mode: 'normal',
      ordering: 'id',
    });
  });

  it('uses the view ordering when there is a view', () => {
    expect(listDefaults(launches, previous).ordering).toBe('-net');
  });
});

describe('commaParams', () => {
  it('lists `in` and date-part parameters but not repeated ones', () => {
    const keys = commaParams(launches);
    expect(keys.has('status__ids')).toBe(true);
    expect(keys.has('year')).toBe(true);
    expect(keys.has('program')).toBe(false);
    expect(keys.has('name')).toBe(false);
  });
});

describe('cleanListParams', () => {
  it('leaves a clean query alone', () => {
    const entries = [
      ['founding_year__gte', '2015'],
      ['ordering', '-total_launch_count'],
    ] as const;
    expect(cleanListParams(entries, agencies)).toEqual({ entries, changed: false });
  });

  it('does not redirect only because keys are out of order', () => {
    const entries = [
      ['search', 'x'],
      ['featured', 'true'],
    ] as const;
    expect(cleanListParams(entries, agencies).changed).toBe(false);
  });

  it('drops the empty fields a GET form sends', () => {
    const result = cleanListParams(
      [
        ['search', ''],
        ['type__id', ''],
        ['founding_year__gte', '2015'],
        ['founding_year__lte', ' '],
      ],
      agencies,
    );
    expect(result).toEqual({ entries: [['founding_year__gte', '2015']], changed: true });
  });

  it('drops values equal to their default', () => {
    const result = cleanListParams(
      [
        ['limit', '10'],
        ['ordering', 'id'],
        ['mode', 'normal'],
        ['offset', '0'],
      ],
      agencies,
    );
    expect(result).toEqual({ entries: [], changed: true });
  });

  it('merges one-key-per-checkbox into a comma list', () => {
    const result = cleanListParams(
      [
        ['country_code', 'USA'],
        ['search', 'a'],
        ['country_code', 'CHN'],
      ],
      agencies,
    );
    expect(result).toEqual({
      entries: [
        ['country_code', 'USA,CHN'],
        ['search', 'a'],
      ],
      changed: true,
    });
  });

  it('splits merged values as the parser does: trimmed, blanks dropped', () => {
    const merged = cleanListParams(
      [
        ['country_code', 'USA, CHN'],
        ['country_code', 'RUS,'],
      ],
      agencies,
    );
    expect(merged).toEqual({ entries: [['country_code', 'USA,CHN,RUS']], changed: true });
    const blank = cleanListParams(
      [
        ['country_code', ','],
        ['country_code', ' ,'],
      ],
      agencies,
    );
    expect(blank).toEqual({ entries: [], changed: true });
  });

  it('keeps repeated keys LL2 ORs (explode form)', () => {
    const result = cleanListParams(
      [
        ['program', '1'],
        ['program', '2'],
      ],
      cleanOptions(launches),
    );
    expect(result.changed).toBe(false);
    expect(result.entries).toHaveLength(2);
  });

  it('keeps invalid and unknown values so the page can name them', () => {
    const result = cleanListParams(
      [
        ['founding_year__gte', 'soon'],
        ['bogus', '1'],
        ['search', ''],
      ],
      agencies,
    );
    expect(result.entries).toEqual([
      ['bogus', '1'],
      ['founding_year__gte', 'soon'],
    ]);
  });

  it('is idempotent', () => {
    const once = cleanListParams(
      [
        ['country_code', 'USA'],
        ['country_code', 'USA,GBR'],
        ['limit', '10'],
        ['q', ''],
      ],
      agencies,
    );
    const twice = cleanListParams(once.entries, agencies);
    expect(once.entries).toEqual([['country_code', 'USA,GBR']]);
    expect(twice).toEqual({ entries: once.entries, changed: false });
  });
});
