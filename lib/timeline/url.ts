import type { RangeNames } from './kinds';
import type { WindowParams } from './window';

type Search = Record<string, string | string[] | undefined>;

/** A timeline's range as the URL holds it under `names`; anything else is ignored. */
export function readRange(search: Search, names: RangeNames): WindowParams {
  const one = (v: string | string[] | undefined) =>
    typeof v === 'string' && v.length <= 40 ? v : undefined;
  return { docking__gte: one(search[names.gte]), docking__lte: one(search[names.lte]) };
}

/**
 * The page's link for one timeline's new range: the other timelines' ranges on the page
 * (`ranges`, all of them as the URL has them) stay, this one's are replaced.
 */
export function rangeHref(
  path: string,
  anchor: string,
  ranges: readonly { names: RangeNames; params: WindowParams }[],
  names: RangeNames,
  next: WindowParams,
): string {
  const query = new URLSearchParams();
  for (const r of ranges) {
    const p = r.names === names ? next : r.params;
    if (p.docking__gte) query.set(r.names.gte, p.docking__gte);
    if (p.docking__lte) query.set(r.names.lte, p.docking__lte);
  }
  const q = query.toString();
  return q ? `${path}?${q}#${anchor}` : `${path}#${anchor}`;
}

/** The current query string of every range on the page, for the drag-to-zoom enhancement. */
export function rangesQuery(
  ranges: readonly { names: RangeNames; params: WindowParams }[],
): string {
  const query = new URLSearchParams();
  for (const r of ranges) {
    if (r.params.docking__gte) query.set(r.names.gte, r.params.docking__gte);
    if (r.params.docking__lte) query.set(r.names.lte, r.params.docking__lte);
  }
  return query.toString();
}
