/**
 * LL2 2.2.0 gave an astronaut's nationality as one demonym ("French", "American British"); 2.3.0
 * gives country objects with their ISO code. These are the demonyms the saved snapshot holds, so
 * its records show a country code too. A demonym not listed keeps its name without a code.
 */
const DEMONYMS: Record<string, string> = {
  Afghan: 'AF',
  American: 'US',
  Antiguan: 'AG',
  Australian: 'AU',
  Austrian: 'AT',
  Bahamian: 'BS',
  Belarusian: 'BY',
  Belgian: 'BE',
  Brazilian: 'BR',
  British: 'GB',
  Bulgarian: 'BG',
  Canadian: 'CA',
  Chinese: 'CN',
  Cuban: 'CU',
  Czech: 'CZ',
  Danish: 'DK',
  Dutch: 'NL',
  Egyptian: 'EG',
  Emirati: 'AE',
  French: 'FR',
  German: 'DE',
  Hungarian: 'HU',
  Indian: 'IN',
  Iranian: 'IR',
  Israeli: 'IL',
  Italian: 'IT',
  Japanese: 'JP',
  Kazakh: 'KZ',
  Kittitian: 'KN',
  Kiwi: 'NZ',
  Kyrgyz: 'KG',
  Malaysian: 'MY',
  Maltese: 'MT',
  Mexican: 'MX',
  Mongolian: 'MN',
  Norwegian: 'NO',
  Pakistani: 'PK',
  Panamanian: 'PA',
  Polish: 'PL',
  Portuguese: 'PT',
  'Puerto Rican': 'PR',
  Romanian: 'RO',
  Russian: 'RU',
  Saudi: 'SA',
  Singaporean: 'SG',
  Slovak: 'SK',
  'South African': 'ZA',
  'South Korean': 'KR',
  Spanish: 'ES',
  Swedish: 'SE',
  Swiss: 'CH',
  Syrian: 'SY',
  Turkish: 'TR',
  Ukrainian: 'UA',
  Vietnamese: 'VN',
};

export interface Nationality {
  /** "French". */
  name: string;
  /** ISO 3166-1 alpha-2 ("FR"), when known. */
  code: string | null;
}

/** "American British" → American (US), British (GB); two-word demonyms stay whole. */
export function splitDemonyms(text: string): Nationality[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const out: Nationality[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    if (DEMONYMS[pair]) {
      out.push({ name: pair, code: DEMONYMS[pair] });
      i++;
    } else {
      const word = words[i]!;
      out.push({ name: word, code: DEMONYMS[word] ?? null });
    }
  }
  // Unknown words ("Earthling") are not split from their neighbours: keep the text as LL2 has it.
  return out.every((n) => n.code) ? out : [{ name: text.trim(), code: null }];
}
