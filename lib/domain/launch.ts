import type { LL2Image } from '@/lib/format/images';
import { launches } from '@/lib/resources/launches';
import { detailHref } from '@/lib/resources/href';
import type { WireRecord } from '@/lib/resources/types';
import {
  at,
  bool,
  countries,
  image,
  iso,
  named,
  namedList,
  num,
  obj,
  precision,
  str,
  type Named,
} from '@/lib/ll2/read';

export interface LaunchSummary {
  id: string;
  href: string;
  name: string;
  status: Named | null;
  /** ISO time of lift-off ("no earlier than"). */
  net: string | null;
  netPrecision: { name: string | null; abbrev: string | null } | null;
  windowStart: string | null;
  windowEnd: string | null;
  image: LL2Image | null;
  provider: Named | null;
  rocket: string | null;
  mission: {
    name: string | null;
    type: string | null;
    description: string | null;
    orbit: Named | null;
  } | null;
  pad: string | null;
  location: string | null;
  /** Alpha-2 code of the launch site's country, for its flag. */
  countryCode: string | null;
  countryName: string | null;
  programs: string[];
  probability: number | null;
  webcastLive: boolean;
  failReason: string | null;
}

export function toLaunchSummary(record: WireRecord): LaunchSummary {
  const mission = obj(record.mission);
  const location = obj(at(record, 'pad.location'));
  const country = location ? (countries(location)[0] ?? null) : null;
  return {
    id: String(record.id),
    href: detailHref(launches, record),
    name: str(record.name) ?? 'Unnamed launch',
    status: named(record.status),
    net: iso(record.net),
    netPrecision: precision(record.net_precision),
    windowStart: iso(record.window_start),
    windowEnd: iso(record.window_end),
    image: image(record.image),
    provider: named(record.launch_service_provider),
    rocket:
      str(at(record, 'rocket.configuration.full_name')) ??
      str(at(record, 'rocket.configuration.name')),
    mission: mission
      ? {
          name: str(mission.name),
          type: str(mission.type),
          description: str(mission.description),
          orbit: named(mission.orbit),
        }
      : null,
    pad: str(at(record, 'pad.name')),
    location: str(location?.name),
    countryCode: country?.alpha2 ?? null,
    countryName: country?.name ?? null,
    programs: namedList(record.program).map((p) => p.name),
    probability: num(record.probability),
    webcastLive: bool(record.webcast_live) ?? false,
    failReason: str(record.failreason),
  };
}
