import { serializeJsonLd } from '@/lib/seo/json-ld';

/** schema.org data for search engines; `serializeJsonLd` escapes `<`, so upstream text cannot end the script. */
export function JsonLdScript({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
