import { buildQuery, histogram, type CodeParams } from './index';

/** One calendar year of a selection of launches, split by outcome. */
export interface YearOutcomes {
  year: number;
  successful: number;
  failed: number;
  partial: number;
  /** Not flown yet, or flown without a recorded outcome. */
  pending: number;
}

type LaunchWhere = Omit<
  CodeParams<'launches'>,
  'status' | 'status__ids' | 'ordering' | 'limit' | 'offset'
>;

/** LL2's launch status ids of the three outcomes. */
const OUTCOMES = { successful: '3', failed: '4', partial: '7' } as const;

/**
 * Launches per year of a selection (a rocket's, a booster's), by outcome: four counts of the
 * same histogram the list pages draw, with and without each outcome status, so each number is
 * what the linked list (`/launches?launcher_config__id=164&year=2024&status=3`) shows.
 */
export async function launchOutcomesByYear(where: LaunchWhere): Promise<YearOutcomes[]> {
  const count = (status?: string) =>
    histogram(
      'launches',
      buildQuery('launches', status ? { ...where, status } : { ...where }),
      'year',
    );
  const [all, successful, failed, partial] = await Promise.all([
    count(),
    count(OUTCOMES.successful),
    count(OUTCOMES.failed),
    count(OUTCOMES.partial),
  ]);
  const byYear = (buckets: { bucket: string; count: number }[]) =>
    new Map(buckets.map((b) => [Number(b.bucket), b.count]));
  const [s, f, p] = [byYear(successful), byYear(failed), byYear(partial)];
  const years = all.map((b) => Number(b.bucket)).filter(Number.isInteger);
  if (years.length === 0) return [];
  const totals = byYear(all);
  const rows: YearOutcomes[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    const total = totals.get(year) ?? 0;
    const row = {
      year,
      successful: s.get(year) ?? 0,
      failed: f.get(year) ?? 0,
      partial: p.get(year) ?? 0,
    };
    rows.push({ ...row, pending: Math.max(0, total - row.successful - row.failed - row.partial) });
  }
  return rows;
}
