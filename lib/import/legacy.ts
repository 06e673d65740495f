/**
 * Converts older LL2 shapes (2.0.0 in the seed launch page, 2.2.0 in public snapshots) into the
 * 2.3.0 shape. Every step only fires on the old shape, so 2.3.0 records pass through unchanged.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** LL2's agency type ids, as 2.3.0 reports them. */
const AGENCY_TYPES: Record<string, number> = {
  Government: 1,
  Multinational: 2,
  Commercial: 3,
  Educational: 4,
  Private: 5,
  Unknown: 6,
};

/** 2.3.0 launch statuses by id (2.0.0 had shorter names and no abbrev). */
const LAUNCH_STATUSES: Record<number, { name: string; abbrev: string }> = {
  1: { name: 'Go for Launch', abbrev: 'Go' },
  2: { name: 'To Be Determined', abbrev: 'TBD' },
  3: { name: 'Launch Successful', abbrev: 'Success' },
  4: { name: 'Launch Failure', abbrev: 'Failure' },
  5: { name: 'On Hold', abbrev: 'Hold' },
  6: { name: 'Launch in Flight', abbrev: 'In Flight' },
  7: { name: 'Launch was a Partial Failure', abbrev: 'Partial Failure' },
  8: { name: 'To Be Confirmed', abbrev: 'TBC' },
  9: { name: 'Payload Deployed', abbrev: 'Deployed' },
};

/** Alpha-3 → alpha-2 for the countries LL2 records launches and agencies in, so flags work. */
const ALPHA2: Record<string, string> = {
  USA: 'US', RUS: 'RU', CHN: 'CN', JPN: 'JP', IND: 'IN', FRA: 'FR', GBR: 'GB', DEU: 'DE', ITA: 'IT',
  ESP: 'ES', CAN: 'CA', KAZ: 'KZ', NZL: 'NZ', AUS: 'AU', BRA: 'BR', ISR: 'IL', IRN: 'IR', PRK: 'KP',
  KOR: 'KR', UKR: 'UA', GUF: 'GF', NLD: 'NL', BEL: 'BE', SWE: 'SE', NOR: 'NO', FIN: 'FI', DNK: 'DK',
  AUT: 'AT', CHE: 'CH', POL: 'PL', CZE: 'CZ', ARG: 'AR', MEX: 'MX', ZAF: 'ZA', EGY: 'EG', SAU: 'SA',
  ARE: 'AE', TUR: 'TR', IDN: 'ID', MYS: 'MY', SGP: 'SG', THA: 'TH', VNM: 'VN', PHL: 'PH', PAK: 'PK',
  KEN: 'KE', NGA: 'NG', PRT: 'PT', GRC: 'GR', IRL: 'IE', LUX: 'LU', TWN: 'TW', MHL: 'MH', EST: 'EE',
  LTU: 'LT', LVA: 'LV', HUN: 'HU', ROU: 'RO', BGR: 'BG', CHL: 'CL', PER: 'PE', COL: 'CO', VEN: 'VE',
  DZA: 'DZ', MAR: 'MA', BLR: 'BY', AZE: 'AZ', KGZ: 'KG', UZB: 'UZ', BGD: 'BD', LKA: 'LK', NPL: 'NP',
};

const PATH_RENAMES: [RegExp, string][] = [
  [/\/launch\//, '/launches/'],
  [/\/pad\//, '/pads/'],
  [/\/location\//, '/locations/'],
  [/\/program\//, '/programs/'],
  [/\/config\/launcher\//, '/launcher_configurations/'],
  [/\/config\/spacecraft\//, '/spacecraft_configurations/'],
  [/\/spacestation\//, '/space_stations/'],
  [/\/event\//, '/events/'],
  [/\/astronaut\//, '/astronauts/'],
];

function rewriteUrl(url: string): string {
  const m = /^(https?:\/\/[^/]*thespacedevs\.com)\/2\.[012]\.0(\/.*)$/.exec(url);
  if (!m) return url;
  let rest = m[2] ?? '/';
  for (const [pattern, replacement] of PATH_RENAMES) rest = rest.replace(pattern, replacement);
  return `${m[1]}/2.3.0${rest}`;
}

function imageObject(url: string, name: string | null): Json {
  return {
    id: null,
    name,
    image_url: url,
    thumbnail_url: url,
    credit: null,
    // A bare URL says nothing of its license: null, not LL2's "Unknown", which is LL2's word.
    license: null,
    single_use: null,
    variants: [],
  };
}

const LEGACY_RENAMES: [string, string][] = [
  ['vidURLs', 'vid_urls'],
  ['infoURLs', 'info_urls'],
];

const isImageObject = (o: Json) => 'thumbnail_url' in o || 'license' in o || 'credit' in o;

function countries(codes: string): Json[] {
  return codes
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((code) => ({ id: null, name: null, alpha_2_code: ALPHA2[code] ?? null, alpha_3_code: code }));
}

/** Keys whose items hold a file URL of their own in every LL2 version, not an image to build. */
const FILE_NODES = new Set(['variants', 'mission_patches']);

function convertNode(node: Json, parentKey: string | null): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = convertValue(value, key);

  const name = typeof out.name === 'string' ? out.name : null;
  // `infographic` stays a URL: LL2 2.3.0 still sends it as one.
  for (const key of ['image', 'logo', 'social_logo']) {
    if (typeof out[key] === 'string') out[key] = imageObject(out[key], name);
  }
  // 2.3.0 image variants and mission patches carry their file as `image_url` themselves.
  if (!isImageObject(out) && !FILE_NODES.has(parentKey ?? '')) {
    if (typeof out.image_url === 'string' && !isObject(out.image)) out.image = imageObject(out.image_url, name);
    if (typeof out.logo_url === 'string' && !isObject(out.logo)) out.logo = imageObject(out.logo_url, name);
    delete out.image_url;
    delete out.logo_url;
    delete out.nation_url;
  }

  const url = typeof out.url === 'string' ? out.url : '';
  const isAgency = url.includes('/agencies/') || ['launch_service_provider', 'manufacturer', 'agencies', 'owners', 'agency', 'parent'].includes(parentKey ?? '');
  if (isAgency && typeof out.type === 'string') {
    out.type = { id: AGENCY_TYPES[out.type] ?? null, name: out.type };
  }
  if (isAgency && typeof out.founding_year === 'string' && /^\d+$/.test(out.founding_year)) {
    out.founding_year = Number(out.founding_year);
  }
  if (typeof out.country_code === 'string' && out.country === undefined) {
    const list = countries(out.country_code);
    out.country = isAgency ? list : (list[0] ?? null);
    delete out.country_code;
  }
  // 2.2.0 named the link lists `vidURLs` and `infoURLs`; 2.3.0 calls them `vid_urls`, `info_urls`.
  for (const [legacyKey, key] of LEGACY_RENAMES) {
    if (legacyKey in out) {
      if (out[key] === undefined) out[key] = out[legacyKey];
      delete out[legacyKey];
    }
  }
  // A public 2.2.0 snapshot nests a whole location object under `name`.
  if (isObject(out.name) && typeof out.name.name === 'string') out.name = out.name.name;
  for (const key of ['latitude', 'longitude']) {
    if (typeof out[key] === 'string' && out[key] !== '' && Number.isFinite(Number(out[key]))) out[key] = Number(out[key]);
  }
  return out;
}

function convertValue(value: unknown, key: string | null): unknown {
  if (typeof value === 'string') return key === 'url' || value.includes('thespacedevs.com/2.') ? rewriteUrl(value) : value;
  if (Array.isArray(value)) return value.map((v) => convertValue(v, key));
  if (isObject(value)) return convertNode(value, key);
  return value;
}

/** 2.2.0 astronauts carried `profile_image` URLs where 2.3.0 has an image object. */
function astronautImage(out: Json): void {
  if (typeof out.profile_image === 'string' && !isObject(out.image)) {
    out.image = {
      ...imageObject(out.profile_image, typeof out.name === 'string' ? out.name : null),
      ...(typeof out.profile_image_thumbnail === 'string' ? { thumbnail_url: out.profile_image_thumbnail } : {}),
    };
  }
  delete out.profile_image;
  delete out.profile_image_thumbnail;
}

const LEGACY_LAUNCH_KEYS = ['launch_library_id', 'tbdtime', 'tbddate', 'inhold', 'holdreason'];

/** Converts one top-level record of `resource` to the 2.3.0 shape. */
export function toCurrentShape(resource: string, record: Json): Json {
  const out = convertNode(record, resource === 'agencies' ? 'agencies' : null);
  if (resource === 'astronauts') astronautImage(out);
  if (resource === 'launches') {
    const status = out.status;
    if (isObject(status) && typeof status.id === 'number' && status.abbrev === undefined) {
      const known = LAUNCH_STATUSES[status.id];
      if (known) out.status = { ...status, ...known, description: status.description ?? null };
    }
    // 2.0.0 flagged uncertain times instead of giving a precision; keep that uncertainty.
    if (out.net_precision === undefined && (out.tbddate === true || out.tbdtime === true)) {
      out.net_precision = out.tbddate === true ? { id: 7, name: 'Month', abbrev: 'MON', description: null } : { id: 5, name: 'Day', abbrev: 'DAY', description: null };
    }
    for (const key of LEGACY_LAUNCH_KEYS) delete out[key];
    // 2.2.0 had one spacecraft stage object; 2.3.0 has a list of them.
    if (isObject(out.rocket) && isObject(out.rocket.spacecraft_stage)) {
      out.rocket = { ...out.rocket, spacecraft_stage: [out.rocket.spacecraft_stage] };
    }
    // 2.0.0–2.2.0 kept the COSPAR designator on the mission; 2.3.0 has it on the launch.
    if (out.launch_designator === undefined && isObject(out.mission) && out.mission.launch_designator !== undefined) {
      out.launch_designator = out.mission.launch_designator;
    }
    if (typeof out.slug !== 'string' && typeof out.name === 'string') out.slug = null;
  }
  return out;
}

/** True when a record still shows a pre-2.3.0 shape. */
export function isLegacy(record: Json): boolean {
  return typeof record.url === 'string' ? /\/2\.[012]\.0\//.test(record.url) : typeof record.image === 'string';
}
