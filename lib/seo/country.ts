import { firstObj, str, type Rec } from '@/lib/ll2/read';

/** Country from a 2.3.0 `country` object/array, or a 2.0.0/2.2.0 `country_code` (alpha-3). */
export function readCountry(rec: Rec | null | undefined): {
  code: string | null;
  name: string | null;
} {
  const country = firstObj(rec?.country);
  const code = str(country?.alpha_2_code) ?? str(country?.alpha_3_code) ?? str(rec?.country_code);
  return { code, name: str(country?.name) };
}
