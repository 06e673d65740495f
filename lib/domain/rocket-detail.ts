import type { LL2Image } from '@/lib/format/images';
import {
  readLandingOutcomes,
  readLaunchOutcomes,
  type LandingOutcomes,
  type LaunchOutcomes,
} from './agency-detail';
import {
  count,
  listHref,
  readImage,
  readMoment,
  recordLink,
  webLink,
  webLinks,
  type Moment,
  type RecordLink,
  type WebLink,
} from './detail-shared';
import { bool, objs, type Rec, str } from '@/lib/ll2/read';
import { rocketFamily } from './rocket';

export interface RocketDetail {
  id: number;
  name: string;
  /** The short name variants share ("Falcon 9" of "Falcon 9 Block 5"). */
  baseName: string | null;
  variant: string | null;
  alias: string | null;
  family: string | null;
  /** 2.3.0 family ids, for the sibling variants; none in 2.2.0 records. */
  familyIds: number[];
  manufacturer: RecordLink | null;
  programs: RecordLink[];
  description: string | null;
  active: boolean | null;
  reusable: boolean | null;
  maidenFlight: Moment | null;
  /** US dollars per launch, as LL2 states it. */
  launchCost: number | null;
  /** Metres. */
  length: number | null;
  diameter: number | null;
  /** Tonnes at liftoff. */
  launchMass: number | null;
  /** Kilonewtons at liftoff. */
  thrust: number | null;
  minStages: number | null;
  maxStages: number | null;
  /** Kilograms. */
  leoCapacity: number | null;
  gtoCapacity: number | null;
  launches: LaunchOutcomes | null;
  landings: LandingOutcomes | null;
  image: LL2Image | null;
  links: WebLink[];
  launchesHref: string;
  boostersHref: string;
}

export function toRocketDetail(r: Rec): RocketDetail {
  const id = typeof r.id === 'number' ? r.id : Number(r.id);
  const name = str(r.full_name) ?? str(r.name) ?? `Rocket ${r.id}`;
  return {
    id,
    name,
    baseName: str(r.name) ?? null,
    variant: str(r.variant) ?? null,
    alias: str(r.alias),
    family: rocketFamily(r),
    familyIds: objs(r.families)
      .map((f) => f.id)
      .filter((v): v is number => typeof v === 'number'),
    manufacturer: recordLink('agencies', r.manufacturer),
    programs: objs(r.program).flatMap((p) => recordLink('programs', p) ?? []),
    description: str(r.description),
    active: bool(r.active),
    reusable: bool(r.reusable),
    maidenFlight: readMoment(r.maiden_flight, { name: 'Day' }),
    launchCost: count(r.launch_cost),
    length: count(r.length),
    diameter: count(r.diameter),
    launchMass: count(r.launch_mass),
    thrust: count(r.to_thrust),
    minStages: count(r.min_stage),
    maxStages: count(r.max_stage),
    leoCapacity: count(r.leo_capacity),
    gtoCapacity: count(r.gto_capacity),
    launches: readLaunchOutcomes(r),
    landings: readLandingOutcomes(r),
    image: readImage(r.image),
    links: webLinks([webLink('Official page', r.info_url), webLink('Wikipedia', r.wiki_url)]),
    launchesHref: listHref('launches', { launcher_config__id: id }),
    boostersHref: listHref('launchers', { launcher_config__ids: id, ordering: '-flights' }),
  };
}
