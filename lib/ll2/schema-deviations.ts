/**
 * Where our answers knowingly differ from LL2's 2.3.0 OpenAPI schema, keyed `Component.key`.
 * `scripts/build-api-shapes.ts` applies them to the extract the API projects with, and the
 * schema test applies them to the schema it validates against, so this list is the whole of
 * what "validates against the 2.3.0 schema" leaves out. README lists them too.
 */
export interface SchemaDeviation {
  /** `nullable`: the key may be null although the schema says it cannot. */
  change: 'nullable';
  /** `ll2`: LL2 itself answers so; `older-data`: records converted from LL2's 2.0.0/2.2.0 shapes lack it. */
  source: 'll2' | 'older-data';
  why: string;
}

const ONE_PARTY =
  'A docking has one chaser and one target: LL2 fills the flight, payload flight or station that took part and answers null for the other two, as its captured 2.3.0 docking_events page shows, though the schema types each as a required object.';
const PORT_OWNER =
  'A docking port belongs to a station, a spacecraft or a payload: LL2 answers null for the other two (captured docking_events page).';
const NO_LANDING =
  'LL2 answers null for a payload flight that has not landed (captured docking_events page).';
const ROCKET_ID =
  "The launch's own rocket record id, which 2.2.0 snapshots (trimmed to the rocket's configuration) do not carry; we keep the configuration and answer the id null rather than drop the rocket.";
const FIRST_FLIGHT =
  'LL2 answers null for a flight with no previous one to turn around from (captured docking_events page).';

/**
 * Not a key but a format: LL2 passes its links on as stored, where the schema says `format: uri`
 * (RFC 3986, ASCII only). It answers "" for a link it does not have (Django's blank URLField:
 * `"wiki_link": ""` in its 2.3.0 spacecraft configurations) and keeps non-ASCII characters
 * unencoded (`…/wiki/Comisión_Nacional_de_Actividades_Espaciales`, an IRI). So do we.
 */
export const LINK_TEXT_DEVIATION =
  'LL2 passes links on as stored: "" for a link it does not have (`"wiki_link": ""` in its 2.3.0 spacecraft configurations) and non-ASCII characters unencoded (`…/wiki/Comisión_Nacional_de_Actividades_Espaciales`), where the schema says `format: uri`. We pass them on the same way.';

/** The same deviation at several `Component.key` places. */
const nullable = (source: SchemaDeviation['source'], why: string, ...targets: string[]) =>
  Object.fromEntries(
    targets.map((target) => [target, { change: 'nullable', source, why } as const]),
  );

const eachOf = (components: string[], keys: string[]) =>
  components.flatMap((component) => keys.map((key) => `${component}.${key}`));

export const SCHEMA_DEVIATIONS: Record<string, SchemaDeviation> = {
  ...nullable(
    'll2',
    ONE_PARTY,
    ...eachOf(
      ['DockingEventEndpointNormal', 'DockingEventEndpointDetailed'],
      [
        'space_station_target',
        'flight_vehicle_target',
        'payload_flight_target',
        'flight_vehicle_chaser',
        'space_station_chaser',
        'payload_flight_chaser',
      ],
    ),
  ),
  ...nullable(
    'll2',
    PORT_OWNER,
    ...eachOf(['DockingLocation'], ['spacestation', 'spacecraft', 'payload']),
  ),
  ...nullable(
    'll2',
    'LL2 answers null for a landing zone with no launch location, such as an ocean splashdown area (captured docking_events page).',
    'LandingLocation.location',
  ),
  ...nullable(
    'll2',
    NO_LANDING,
    ...eachOf(['PayloadFlightMini', 'PayloadFlightNormal', 'PayloadFlightDetailed'], ['landing']),
  ),
  ...nullable(
    'll2',
    FIRST_FLIGHT,
    ...eachOf(
      ['SpacecraftFlightMini', 'SpacecraftFlightNormal', 'SpacecraftFlightDetailed'],
      ['turn_around_time'],
    ),
  ),
  ...nullable(
    'll2',
    "A booster's first flight has no previous flight to name or turn around from, though the schema types both as required: we answer null, as LL2 does for a spacecraft's first flight (captured docking_events page), rather than drop the stage from its launch.",
    'FirstStageNormal.turn_around_time',
    'FirstStageNormal.previous_flight',
  ),
  ...nullable(
    'older-data',
    "The time since the previous launch from the same pad: launches stored from normal-mode pages or older snapshots never had it (and there is none before a pad's first launch). The schema types it as a required string; we answer null rather than a made-up duration.",
    'LaunchDetailed.pad_turnaround',
  ),
  ...nullable('older-data', ROCKET_ID, 'RocketNormal.id', 'RocketDetailed.id'),
  ...nullable(
    'older-data',
    "LL2 2.0.0 and 2.2.0 gave images as bare URLs, which the importer turns into 2.3.0 image objects without LL2's image id; we keep the image and answer its id null.",
    'Image.id',
  ),
  ...nullable(
    'older-data',
    "Those same converted images came with no license; we answer it null rather than make one up (LL2's own \"Unknown\" license is a statement LL2 made, which the bare URL never did).",
    'Image.license',
  ),
  ...nullable(
    'older-data',
    'Launches from the 2.2.0 snapshot carry their mission as name, description and type only; we keep the mission and answer its orbit null rather than drop the mission.',
    'Mission.orbit',
  ),
};
