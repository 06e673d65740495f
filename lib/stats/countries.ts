import { getRecord } from '@/lib/data';
import type { WireRecord } from '@/lib/resources/types';
import type { GroupInfo } from './model';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * A provider's country as LL2 records it on the agency: its one country, or "Multinational" for
 * ESA-like agencies that list several. LL2 lists the Soviet programme under Russia.
 */
export function providerCountry(agency: WireRecord | null): GroupInfo | null {
  const list = Array.isArray(agency?.country) ? (agency.country as unknown[]) : [];
  const countries = list.filter(
    (c): c is Record<string, unknown> => typeof c === 'object' && c !== null,
  );
  if (countries.length > 1) return { key: 'multinational', label: 'Multinational' };
  const only = countries[0];
  const alpha3 = text(only?.alpha_3_code) ?? text(agency?.country_code);
  if (!alpha3) return null;
  const alpha2 = text(only?.alpha_2_code);
  let label = text(only?.name);
  if (!label && alpha2) {
    try {
      label = regionNames.of(alpha2.toUpperCase()) ?? null;
    } catch {
      label = null;
    }
  }
  return { key: alpha3.toUpperCase(), label: label ?? alpha3.toUpperCase() };
}

/** Each provider id's country, read from the stored agency records (a few hundred at most). */
export async function providerCountries(ids: readonly string[]): Promise<Map<string, GroupInfo>> {
  const found = await Promise.all(
    ids.map(async (id) => {
      const { record } = await getRecord('agencies', Number(id));
      return [id, providerCountry(record)] as const;
    }),
  );
  return new Map(found.flatMap(([id, country]) => (country ? [[id, country] as const] : [])));
}
