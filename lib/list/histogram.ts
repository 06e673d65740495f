/** The compact date histogram above launch and event lists: buckets, gaps filled, linked bars. */
import type { HistogramBucket } from '@/lib/store/types';

export type HistogramUnit = 'year' | 'month';

export interface HistogramBar {
  /** `2024` or `2024-06`. */
  bucket: string;
  year: number;
  month: number | null;
  count: number;
  /** 0–1 of the tallest bar. */
  ratio: number;
}

/**
 * Calendar years a selection may span and still be drawn by month: at most 36 bars, each still
 * a few pixels wide on a phone, where three year bars would say little. Past that, years:
 * 1957–2025 is 69 bars, where months would be 828.
 */
export const MONTHS_UP_TO_YEARS = 3;

/** Months when the buckets span at most `MONTHS_UP_TO_YEARS` calendar years; years otherwise. */
export function histogramUnit(yearBuckets: readonly HistogramBucket[]): HistogramUnit {
  const years = yearBuckets.map((b) => Number(b.bucket)).filter(Number.isFinite);
  if (years.length === 0) return 'year';
  return Math.max(...years) - Math.min(...years) < MONTHS_UP_TO_YEARS ? 'month' : 'year';
}

function parseBucket(bucket: string): { year: number; month: number | null } | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(bucket);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null };
}

/** Bars from first to last bucket, with empty years/months between them shown as zero. */
export function histogramBars(
  buckets: readonly HistogramBucket[],
  unit: HistogramUnit,
): HistogramBar[] {
  const parsed = buckets
    .map((b) => ({ ...b, at: parseBucket(b.bucket) }))
    .filter(
      (b): b is HistogramBucket & { at: { year: number; month: number | null } } => b.at !== null,
    );
  if (parsed.length === 0) return [];
  const index = (y: number, m: number | null) => (unit === 'year' ? y : y * 12 + ((m ?? 1) - 1));
  const counts = new Map(parsed.map((b) => [index(b.at.year, b.at.month), b.count]));
  const keys = [...counts.keys()];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const max = Math.max(...counts.values(), 1);
  const bars: HistogramBar[] = [];
  for (let i = first; i <= last; i++) {
    const year = unit === 'year' ? i : Math.floor(i / 12);
    const month = unit === 'year' ? null : (i % 12) + 1;
    const count = counts.get(i) ?? 0;
    const bucket = month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
    bars.push({ bucket, year, month, count, ratio: count / max });
  }
  return bars;
}
