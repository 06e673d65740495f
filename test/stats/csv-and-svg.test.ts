import { describe, expect, it } from 'vitest';
import type { StatsChart } from '@/lib/stats/charts';
import { chartCsv, csvField } from '@/lib/stats/csv';
import type { StackedChart } from '@/lib/stats/model';
import { labelEvery, niceScale, stackedLayout, STACKED_FRAME } from '@/lib/stats/svg';

const stacked: StackedChart = {
  kind: 'stacked',
  series: [
    { key: 'success', label: 'Success', tone: 'success' },
    { key: 'failure', label: 'Failure', tone: 'failure' },
  ],
  columns: [
    {
      label: '1957',
      total: 3,
      href: '/launches?year=1957',
      segments: [
        { series: 'success', count: 2, href: '/launches?status__ids=3&year=1957' },
        { series: 'failure', count: 1, href: '/launches?status__ids=4&year=1957' },
      ],
    },
    { label: '1958', total: 0, href: null, segments: [] },
    {
      label: '1959',
      total: 6,
      href: '/launches?year=1959',
      segments: [{ series: 'success', count: 6, href: null }],
    },
  ],
};

describe('chart CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvField('Soyuz, U')).toBe('"Soyuz, U"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(0.123456789)).toBe('0.123457');
  });

  it('writes one row per year with each series, the total and the list URL', () => {
    const chart: StatsChart = { id: 'outcomes', title: 'T', caption: 'C', data: stacked };
    const csv = chartCsv(chart, (href) => `https://example.org${href}`);
    expect(csv.split('\r\n')).toEqual([
      'year,Success,Failure,total,launches_url',
      '1957,2,1,3,https://example.org/launches?year=1957',
      '1958,0,0,0,',
      '1959,6,0,6,https://example.org/launches?year=1959',
      '',
    ]);
  });
});

describe('chart geometry', () => {
  it('rounds the value axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceScale(97)).toEqual({ top: 100, step: 50 });
    expect(niceScale(143)).toEqual({ top: 150, step: 50 });
    expect(niceScale(3)).toEqual({ top: 3, step: 1 });
    expect(niceScale(0)).toEqual({ top: 1, step: 1 });
    expect(labelEvery(69)).toBe(10);
    expect(labelEvery(10)).toBe(1);
  });

  it('stacks each year’s bars from the axis up, heights in proportion to the counts', () => {
    const layout = stackedLayout(stacked);
    const plot = STACKED_FRAME.height - STACKED_FRAME.top - STACKED_FRAME.bottom;
    const [first, empty, last] = layout.columns;
    expect(empty!.rects).toEqual([]);
    const [success, failure] = first!.rects;
    expect(success!.y + success!.height).toBeCloseTo(STACKED_FRAME.top + plot, 0);
    expect(failure!.y + failure!.height).toBeCloseTo(success!.y, 0);
    expect(success!.height / failure!.height).toBeCloseTo(2, 1);
    // The axis tops at 6 (the tallest column), so 1959's bar is the plot's full height.
    expect(last!.rects[0]!.height).toBeCloseTo(plot, 0);
    expect(first!.title).toBe('1957 · Success 2 · Failure 1');
    expect(last!.rects[0]!.href).toBeNull();
  });
});
