import { describe, expect, it } from 'vitest';
import { orderingLabel, orderingOptions } from '@/lib/list/ordering';
import { resources } from '@/lib/resources';

describe('orderingOptions', () => {
  it('offers both directions of every ordering field, the default first and empty', () => {
    const { options, value } = orderingOptions(resources.agencies, undefined, '');
    expect(value).toBe('');
    expect(options[0]).toEqual({ value: '', label: 'ID, lowest first (default)' });
    expect(options).toHaveLength(1 + resources.agencies.ordering.length * 2 - 1);
    expect(options.map((o) => o.value)).toContain('-total_launch_count');
  });

  it('uses the view default', () => {
    const previous = resources.launches.views?.find((v) => v.name === 'previous');
    const { options } = orderingOptions(resources.launches, previous, '');
    expect(options[0]?.label).toBe('NET, latest first (default)');
    expect(options.map((o) => o.value)).toContain('net');
    expect(options.map((o) => o.value)).not.toContain('-net');
  });

  it('keeps a multi-field ordering from the URL', () => {
    const { options, value } = orderingOptions(resources.launches, undefined, '-net,name');
    expect(value).toBe('-net,name');
    expect(options.at(-1)).toEqual({
      value: '-net,name',
      label: 'NET, latest first; then Name, A → Z',
    });
  });

  it('describes directions by type', () => {
    expect(orderingLabel(resources.agencies, '-name')).toBe('Name, Z → A');
    expect(orderingLabel(resources.agencies, 'featured')).toBe('Featured, no first');
  });
});
