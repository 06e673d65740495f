import { describe, expect, it } from 'vitest';
import { histogramBars, histogramUnit } from '@/lib/list/histogram';

describe('histogramUnit', () => {
  const years = (...list: number[]) => list.map((y) => ({ bucket: String(y), count: 1 }));

  it('uses months while the results span at most three calendar years', () => {
    expect(histogramUnit(years(2024))).toBe('month');
    expect(histogramUnit(years(2024, 2025))).toBe('month');
    expect(histogramUnit(years(2023, 2025))).toBe('month');
    expect(histogramUnit(years(2022, 2025))).toBe('year');
  });

  it('uses years for the whole record, 1957 to 2025', () => {
    expect(histogramUnit(years(1957, 1958, 1969, 2024, 2025))).toBe('year');
    expect(histogramUnit([])).toBe('year');
  });
});

describe('histogramBars', () => {
  it('fills empty years between the first and last', () => {
    const bars = histogramBars(
      [
        { bucket: '2020', count: 7 },
        { bucket: '2023', count: 3 },
      ],
      'year',
    );
    expect(bars.map((b) => [b.bucket, b.count])).toEqual([
      ['2020', 7],
      ['2021', 0],
      ['2022', 0],
      ['2023', 3],
    ]);
    expect(bars[0]?.ratio).toBe(1);
    expect(bars[3]?.ratio).toBeCloseTo(3 / 7);
  });

  it('fills empty months across a year boundary', () => {
    const bars = histogramBars(
      [
        { bucket: '2024-11', count: 2 },
        { bucket: '2025-02', count: 1 },
      ],
      'month',
    );
    expect(bars.map((b) => b.bucket)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(bars[1]).toMatchObject({ year: 2024, month: 12, count: 0 });
  });

  it('skips buckets it cannot read', () => {
    expect(histogramBars([{ bucket: 'n/a', count: 2 }], 'year')).toEqual([]);
  });
});
