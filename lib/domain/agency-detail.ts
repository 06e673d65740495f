import type { LL2Image } from '@/lib/format/images';
import {
  count,
  listHref,
  readCountries,
  readImage,
  recordLink,
  splitList,
  webLink,
  webLinks,
  type Country,
  type RecordLink,
  type WebLink,
} from './detail-shared';
import { bool, nameOf, objs, type Rec, str } from '@/lib/ll2/read';

export interface LaunchOutcomes {
  /** Completed launches (successes and failures). */
  total: number;
  successful: number;
  failed: number;
  /** Flown launches that are neither (partial failures, or counts out of step). */
  other: number;
  pending: number;
  consecutiveSuccesses: number | null;
  /** Successes as a share of completed launches, 0–1; null when none have flown. */
  successRate: number | null;
}

export interface LandingOutcomes {
  attempted: number;
  successful: number;
  failed: number;
  /** Attempts whose outcome LL2 has not recorded. */
  unknown: number;
  consecutiveSuccesses: number | null;
  successRate: number | null;
}

export interface NamedWithLinks {
  name: string;
  /** This item's own page (a spacecraft configuration), when we have one. */
  href: string | null;
  /** A filtered list of what it flew: launches of a rocket, spacecraft of a configuration. */
  listHref: string | null;
  listLabel: string | null;
}

export interface AgencyDetail {
  id: number;
  name: string;
  abbrev: string | null;
  type: string | null;
  countries: Country[];
  foundingYear: number | null;
  administrator: string | null;
  parent: RecordLink | { name: string; href: null } | null;
  description: string | null;
  featured: boolean | null;
  logo: LL2Image | null;
  socialLogo: LL2Image | null;
  image: LL2Image | null;
  launchers: NamedWithLinks[];
  spacecraft: NamedWithLinks[];
  launches: LaunchOutcomes | null;
  landings: LandingOutcomes | null;
  links: WebLink[];
  /** This agency's launches on our launch list. */
  launchesHref: string;
  /** The agencies whose parent it is, on our agency list. */
  subsidiariesHref: string;
  spacecraftConfigsHref: string;
  /** The rockets it makes, on our rocket list. */
  rocketsHref: string;
}

function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.min(1, part / whole) : null;
}

export function readLaunchOutcomes(r: Rec): LaunchOutcomes | null {
  const successful = count(r.successful_launches);
  const failed = count(r.failed_launches);
  const pending = count(r.pending_launches);
  const totalField = count(r.total_launch_count);
  if (successful === null && failed === null && pending === null && totalField === null)
    return null;
  const s = successful ?? 0;
  const f = failed ?? 0;
  // LL2's total counts flown launches (successes + failures, partial failures included).
  const total = Math.max(totalField ?? 0, s + f);
  if (total === 0 && (pending ?? 0) === 0) return null;
  return {
    total,
    successful: s,
    failed: f,
    other: total - s - f,
    pending: pending ?? 0,
    consecutiveSuccesses: count(r.consecutive_successful_launches),
    successRate: rate(s, total),
  };
}

export function readLandingOutcomes(r: Rec): LandingOutcomes | null {
  const attempted = count(r.attempted_landings);
  const successful = count(r.successful_landings);
  const failed = count(r.failed_landings);
  if (attempted === null && successful === null && failed === null) return null;
  const s = successful ?? 0;
  const f = failed ?? 0;
  const a = Math.max(attempted ?? 0, s + f);
  if (a === 0) return null;
  return {
    attempted: a,
    successful: s,
    failed: f,
    unknown: a - s - f,
    consecutiveSuccesses: count(r.consecutive_successful_landings),
    successRate: rate(s, a),
  };
}

/** Rockets: LL2's `launcher_list` (with ids) when present, else the free-text `launchers`. */
function readLaunchers(r: Rec): NamedWithLinks[] {
  const listed = objs(r.launcher_list).flatMap((l): NamedWithLinks[] => {
    const name = str(l.full_name) ?? str(l.name);
    const id = typeof l.id === 'number' ? l.id : null;
    if (!name) return [];
    return [
      {
        name,
        href: recordLink('launcher_configurations', l)?.href ?? null,
        listHref: id !== null ? listHref('launches', { launcher_config__id: id }) : null,
        listLabel: id !== null ? `Launches of ${name}` : null,
      },
    ];
  });
  if (listed.length > 0) return listed;
  return splitList(r.launchers).map((name) => ({
    name,
    href: null,
    listHref: listHref('launches', { search: name }),
    listLabel: `Launches matching “${name}”`,
  }));
}

function readSpacecraft(r: Rec): NamedWithLinks[] {
  const listed = objs(r.spacecraft_list).flatMap((c): NamedWithLinks[] => {
    const link = recordLink('spacecraft_configurations', c);
    const id = typeof c.id === 'number' ? c.id : null;
    if (!link) return [];
    return [
      {
        name: link.name,
        href: link.href,
        listHref: id !== null ? listHref('spacecraft', { spacecraft_config: id }) : null,
        listLabel: `Spacecraft built as ${link.name}`,
      },
    ];
  });
  if (listed.length > 0) return listed;
  return splitList(r.spacecraft).map((name) => ({
    name,
    href: null,
    listHref: listHref('spacecraft', { search: name }),
    listLabel: `Spacecraft matching “${name}”`,
  }));
}

function readParent(value: unknown): AgencyDetail['parent'] {
  const link = recordLink('agencies', value);
  if (link) return link;
  const name = nameOf(value);
  return name ? { name, href: null } : null;
}

function readLinks(r: Rec): WebLink[] {
  const social = objs(r.social_media_links).map((s) =>
    webLink(nameOf(s.social_media) ?? 'Social media', s.url),
  );
  return webLinks([
    webLink('Official website', r.info_url),
    webLink('Wikipedia', r.wiki_url),
    ...social,
    webLink('Country profile', r.nation_url),
  ]);
}

export function toAgencyDetail(r: Rec): AgencyDetail {
  const id = typeof r.id === 'number' ? r.id : Number(r.id);
  const name = str(r.name) ?? `Agency ${r.id}`;
  const abbrev = str(r.abbrev);
  const year = count(r.founding_year);
  return {
    id,
    name,
    abbrev: abbrev && abbrev !== name ? abbrev : null,
    type: nameOf(r.type) ?? null,
    countries: readCountries(r),
    foundingYear: year !== null && Number.isInteger(year) && year > 0 ? year : null,
    administrator: str(r.administrator),
    parent: readParent(r.parent),
    description: str(r.description),
    featured: bool(r.featured),
    // 2.2.0 records carry bare `logo_url`/`image_url` strings instead of image objects.
    logo: readImage(r.logo) ?? readImage(r.logo_url),
    socialLogo: readImage(r.social_logo),
    image: readImage(r.image) ?? readImage(r.image_url),
    launchers: readLaunchers(r),
    spacecraft: readSpacecraft(r),
    launches: readLaunchOutcomes(r),
    landings: readLandingOutcomes(r),
    links: readLinks(r),
    launchesHref: listHref('launches', { lsp__id: id }),
    subsidiariesHref: listHref('agencies', { parent__id: id }),
    spacecraftConfigsHref: listHref('spacecraft_configurations', { agency: id }),
    rocketsHref: listHref('launcher_configurations', { manufacturer__name: name }),
  };
}
