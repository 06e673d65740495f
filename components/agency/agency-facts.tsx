import { Link } from '@/components/ui/link';
import { Facts } from '@/components/detail/facts';
import { WebLinks } from '@/components/detail/web-links';
import { CountryFlag } from '@/components/ui/country-flag';
import type { AgencyDetail } from '@/lib/domain/agency-detail';

/** The agency's key facts and its own links, for the side card. */
export function AgencyFacts({ agency }: { agency: AgencyDetail }) {
  const { countries, parent } = agency;
  return (
    <>
      <Facts
        facts={[
          { label: 'Abbreviation', value: agency.abbrev },
          { label: 'Type', value: agency.type },
          {
            label: countries.length > 1 ? 'Countries' : 'Country',
            value:
              countries.length > 0 ? (
                <span className="inline-flex flex-wrap justify-end gap-x-3 gap-y-1">
                  {countries.map((c) => (
                    <CountryFlag key={`${c.code}-${c.name}`} code={c.code} name={c.name} showName />
                  ))}
                </span>
              ) : null,
          },
          { label: 'Founded', value: agency.foundingYear },
          { label: 'Administrator', value: agency.administrator },
          {
            label: 'Parent',
            value: parent ? (
              parent.href ? (
                <Link href={parent.href} className="text-link hover:underline">
                  {parent.name}
                </Link>
              ) : (
                parent.name
              )
            ) : null,
          },
        ]}
      />
      {agency.links.length > 0 ? (
        <div className="border-line mt-4 border-t pt-4">
          <h2 className="text-ink mb-2 text-sm font-semibold">Links</h2>
          <WebLinks links={agency.links} />
        </div>
      ) : null}
    </>
  );
}
