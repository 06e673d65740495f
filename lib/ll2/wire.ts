import { z } from 'zod';

/**
 * zod schemas for LL2 2.3.0 payloads entering the system (files, sync, live mode). They check
 * the fields our indexes, pages and links rely on and let every other field through untouched,
 * so a new LL2 field never breaks an import.
 */

const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/, 'Expected an ISO 8601 date-time');
const intId = z.number().int().nonnegative();
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'Expected a UUID');
const optText = z.string().nullish();
const idName = z.looseObject({ id: z.number().int().nullish(), name: z.string().nullish() }).nullish();
const optCount = z.number().nullish();

export const imageSchema = z
  .looseObject({
    image_url: z.string().nullish(),
    thumbnail_url: z.string().nullish(),
    credit: optText,
    license: z.looseObject({ name: optText, link: optText }).nullish(),
  })
  .nullish();

export const wireSchemas = {
  agencies: z.looseObject({
    id: intId,
    name: z.string(),
    abbrev: optText,
    type: idName,
    founding_year: z.union([z.number(), z.string()]).nullish(),
    country: z.array(z.looseObject({ alpha_2_code: optText, alpha_3_code: optText, name: optText })).nullish(),
    total_launch_count: optCount,
    image: imageSchema,
    logo: imageSchema,
    social_logo: imageSchema,
  }),
  spacecraft: z.looseObject({
    id: intId,
    name: z.string(),
    status: idName,
    in_space: z.boolean().nullish(),
    time_in_space: optText,
    time_docked: optText,
    flights_count: optCount,
    spacecraft_config: z.looseObject({ id: intId, name: optText }).nullish(),
    image: imageSchema,
  }),
  events: z.looseObject({
    id: intId,
    name: z.string(),
    slug: optText,
    date: isoDateTime.nullish(),
    type: idName,
    last_updated: isoDateTime.nullish(),
    image: imageSchema,
  }),
  docking_events: z.looseObject({
    id: intId,
    docking: isoDateTime.nullish(),
    departure: isoDateTime.nullish(),
    docking_location: z.looseObject({ id: intId.nullish(), name: optText }).nullish(),
  }),
  launches: z.looseObject({
    id: uuid,
    name: z.string().nullish(),
    slug: optText,
    net: isoDateTime.nullish(),
    window_start: isoDateTime.nullish(),
    window_end: isoDateTime.nullish(),
    last_updated: isoDateTime.nullish(),
    status: z.looseObject({ id: z.number().int(), name: optText, abbrev: optText }).nullish(),
    image: imageSchema,
  }),
  space_stations: z.looseObject({ id: intId, name: z.string(), status: idName, image: imageSchema }),
  spacecraft_flights: z.looseObject({ id: intId, destination: optText, mission_end: isoDateTime.nullish() }),
  spacecraft_configurations: z.looseObject({ id: intId, name: z.string(), image: imageSchema }),
  pads: z.looseObject({
    id: intId,
    name: z.string().nullish(),
    latitude: z.union([z.number(), z.string()]).nullish(),
    longitude: z.union([z.number(), z.string()]).nullish(),
  }),
  locations: z.looseObject({ id: intId, name: z.string().nullish() }),
  programs: z.looseObject({ id: intId, name: z.string() }),
  landings: z.looseObject({ id: intId, attempt: z.boolean().nullish(), success: z.boolean().nullish() }),
  payload_flights: z.looseObject({ id: intId, payload: z.looseObject({ id: intId.nullish(), name: optText }).nullish() }),
  launcher_configurations: z.looseObject({
    id: intId,
    name: z.string(),
    full_name: optText,
    maiden_flight: isoDateTime.nullish(),
    manufacturer: z.looseObject({ id: intId.nullish(), name: optText }).nullish(),
    total_launch_count: optCount,
    image: imageSchema,
  }),
  launchers: z.looseObject({
    id: intId,
    serial_number: optText,
    flight_proven: z.boolean().nullish(),
    status: idName,
    flights: optCount,
    first_launch_date: isoDateTime.nullish(),
    last_launch_date: isoDateTime.nullish(),
    launcher_config: z.looseObject({ id: intId.nullish(), name: optText }).nullish(),
    image: imageSchema,
  }),
  astronauts: z.looseObject({
    id: intId,
    name: z.string(),
    date_of_birth: isoDateTime.nullish(),
    date_of_death: isoDateTime.nullish(),
    first_flight: isoDateTime.nullish(),
    last_flight: isoDateTime.nullish(),
    agency: z.looseObject({ id: intId.nullish(), name: optText }).nullish(),
    image: imageSchema,
  }),
  expeditions: z.looseObject({
    id: intId,
    name: z.string(),
    start: isoDateTime.nullish(),
    end: isoDateTime.nullish(),
    spacestation: z.looseObject({ id: intId, name: optText }).nullish(),
    crew: z
      .array(
        z.looseObject({
          role: z.looseObject({ id: intId.nullish(), role: optText }).nullish(),
          astronaut: z.looseObject({ id: intId, name: optText }).nullish(),
        }),
      )
      .nullish(),
  }),
} as const;

export type WireResourceKey = keyof typeof wireSchemas;

export const paginatedSchema = z.looseObject({
  count: z.number().int().nonnegative(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  results: z.array(z.unknown()),
});

/** One problem with one record, for error messages that point at it. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`)
    .join('; ');
}
