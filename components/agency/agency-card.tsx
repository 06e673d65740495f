import { Blurb, CardTitle, creditLine, Facts, formatCount } from '@/components/list/card-parts';
import { AgencyLogo } from '@/components/media/agency-logo';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { CountryFlag } from '@/components/ui/country-flag';
import type { AgencySummary } from '@/lib/domain/agency';

export function AgencyCountries({ agency }: { agency: AgencySummary }) {
  if (agency.countries.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap gap-x-3 gap-y-1">
      {agency.countries.map((c) => (
        <CountryFlag
          key={c.alpha3 ?? c.alpha2 ?? c.name}
          code={c.alpha2}
          name={c.name ?? c.alpha3}
          showName
        />
      ))}
    </span>
  );
}

/** An agency in a list: logo for the theme, type, countries, founding year, launch record. */
export function AgencyCard({
  agency,
  detailed = false,
}: {
  agency: AgencySummary;
  detailed?: boolean;
}) {
  const c = agency.counts;
  const hasCounts = c.total !== null || c.successful !== null;
  const logoCredit = creditLine(agency.logo ?? agency.socialLogo);
  return (
    <Card as="article" padding="sm" interactive className="flex w-full flex-col gap-3">
      <div className="flex items-start gap-3">
        <AgencyLogo
          name={agency.name}
          abbrev={agency.abbrev}
          logo={agency.logo}
          socialLogo={agency.socialLogo}
          size="md"
        />
        <div className="min-w-0 flex-1 space-y-1">
          <CardTitle href={agency.href}>{agency.name}</CardTitle>
          <div className="text-ink-muted flex flex-wrap items-center gap-2 text-sm">
            {agency.abbrev ? <span>{agency.abbrev}</span> : null}
            {agency.type ? <Badge>{agency.type}</Badge> : null}
            {agency.featured ? <Badge tone="info">Featured</Badge> : null}
          </div>
        </div>
      </div>
      <Facts
        items={[
          ['Country', agency.countries.length > 0 ? <AgencyCountries agency={agency} /> : null],
          ['Founded', agency.foundingYear !== null ? String(agency.foundingYear) : null],
          ['Launchers', agency.launchers],
          ['Parent', agency.parent],
          ...(detailed
            ? ([
                ['Administrator', agency.administrator],
                ['Spacecraft', agency.spacecraft],
              ] as [string, React.ReactNode][])
            : []),
        ]}
      />
      {hasCounts ? (
        <dl className="bg-surface-muted grid grid-cols-4 gap-2 rounded-xl p-2 text-center">
          {(
            [
              ['Launches', c.total],
              ['Success', c.successful],
              ['Failed', c.failed],
              ['Pending', c.pending],
            ] as const
          ).map(([label, value]) => (
            <div key={label}>
              <dt className="text-ink-muted text-[11px]">{label}</dt>
              <dd className="numeric text-ink text-sm font-semibold">
                {formatCount(value) ?? '—'}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {detailed ? (
        <>
          <Blurb text={agency.description} />
          {logoCredit ? <p className="text-ink-muted text-xs">Logo: {logoCredit}</p> : null}
        </>
      ) : null}
    </Card>
  );
}
