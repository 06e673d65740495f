import type { Mode, ResourceDef, WireRecord } from '@/lib/resources/types';

/**
 * Returns the keys LL2 returns for `mode`, with `response_mode` set as LL2 does. LL2 never omits
 * a key of its mode, so one the stored record lacks (an older shape, a record known only by
 * name from a link) is null: unknown, with the shape clients parse intact.
 */
export function projectRecord(def: ResourceDef, record: WireRecord, mode: Mode): Record<string, unknown> {
  const keys = def.modeFields[mode];
  const out: Record<string, unknown> = {};
  if (keys === null || keys === undefined) {
    Object.assign(out, record);
  } else {
    for (const key of keys) out[key] = key in record ? record[key] : null;
    if (!('id' in out)) out.id = record.id;
  }
  if ('response_mode' in out || keys === null || keys?.includes('response_mode')) out.response_mode = mode;
  return out;
}

const LL2_URL = /https?:\/\/ll(?:dev)?\.thespacedevs\.com\/2\.\d\.\d\/([^"?\s]*)(?:\?format=(?:api|json))?/g;

/**
 * Points LL2's self links (`url` fields) at this server's compatible API, so a client that
 * follows them stays here.
 */
export function rewriteSelfLinks(json: string, apiBase: string): string {
  return json.replace(LL2_URL, (_m, rest: string) => `${apiBase}/${rest}`);
}
