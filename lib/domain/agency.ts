import type { LL2Image } from '@/lib/format/images';
import { agencies } from '@/lib/resources/agencies';
import { detailHref } from '@/lib/resources/href';
import type { WireRecord } from '@/lib/resources/types';
import { bool, countries, image, named, num, str, type Country } from '@/lib/ll2/read';

export interface AgencyCounts {
  total: number | null;
  successful: number | null;
  failed: number | null;
  pending: number | null;
  consecutiveSuccessful: number | null;
  attemptedLandings: number | null;
  successfulLandings: number | null;
  failedLandings: number | null;
}

export interface AgencySummary {
  id: number | string;
  href: string;
  name: string;
  abbrev: string | null;
  type: string | null;
  featured: boolean;
  countries: Country[];
  foundingYear: number | null;
  description: string | null;
  administrator: string | null;
  launchers: string | null;
  spacecraft: string | null;
  parent: string | null;
  logo: LL2Image | null;
  socialLogo: LL2Image | null;
  image: LL2Image | null;
  counts: AgencyCounts;
}

export function toAgencySummary(record: WireRecord): AgencySummary {
  const founding = num(record.founding_year);
  return {
    id: record.id,
    href: detailHref(agencies, record),
    name: str(record.name) ?? `Agency ${record.id}`,
    abbrev: str(record.abbrev),
    type: named(record.type)?.name ?? null,
    featured: bool(record.featured) ?? false,
    countries: countries(record),
    foundingYear: founding !== null && founding > 0 ? Math.trunc(founding) : null,
    description: str(record.description),
    administrator: str(record.administrator),
    launchers: str(record.launchers),
    spacecraft: str(record.spacecraft),
    // 2.3.0 names the parent; older snapshots nested an object.
    parent: str(record.parent) ?? named(record.parent)?.name ?? null,
    logo: image(record.logo),
    socialLogo: image(record.social_logo),
    image: image(record.image),
    counts: {
      total: num(record.total_launch_count),
      successful: num(record.successful_launches),
      failed: num(record.failed_launches),
      pending: num(record.pending_launches),
      consecutiveSuccessful: num(record.consecutive_successful_launches),
      attemptedLandings: num(record.attempted_landings),
      successfulLandings: num(record.successful_landings),
      failedLandings: num(record.failed_landings),
    },
  };
}
