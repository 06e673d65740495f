import type { LandingOutcomes, LaunchOutcomes } from '@/lib/domain/agency-detail';

const numberFormat = new Intl.NumberFormat('en-US');
const percentFormat = new Intl.NumberFormat('en-US', {
  style: 'percent',
  maximumFractionDigits: 1,
});

const TONES = {
  success: 'fill-emerald-500 dark:fill-emerald-400',
  failure: 'fill-rose-500 dark:fill-rose-400',
  pending: 'fill-amber-400 dark:fill-amber-300',
  other: 'fill-slate-400 dark:fill-slate-500',
} as const;
const SWATCH = {
  success: 'bg-emerald-500 dark:bg-emerald-400',
  failure: 'bg-rose-500 dark:bg-rose-400',
  pending: 'bg-amber-400 dark:bg-amber-300',
  other: 'bg-slate-400 dark:bg-slate-500',
} as const;

type Tone = keyof typeof TONES;
interface Part {
  label: string;
  value: number;
  tone: Tone;
}

const WIDTH = 1000;
const HEIGHT = 28;

/** One stacked bar. The SVG stretches to its box; it holds only rectangles, so nothing distorts. */
function Bar({ parts, label }: { parts: readonly Part[]; label: string }) {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  let x = 0;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      className="bg-surface-muted h-7 w-full overflow-hidden rounded-md"
    >
      <title>{label}</title>
      {total > 0
        ? parts.map((p) => {
            const width = (p.value / total) * WIDTH;
            const rect =
              width > 0 ? (
                <rect
                  key={p.label}
                  x={x}
                  y={0}
                  width={width}
                  height={HEIGHT}
                  className={TONES[p.tone]}
                />
              ) : null;
            x += width;
            return rect;
          })
        : null}
    </svg>
  );
}

function Legend({ parts, total }: { parts: readonly Part[]; total: number }) {
  return (
    <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
      {parts
        .filter((p) => p.value > 0 || p.tone !== 'other')
        .map((p) => (
          <div key={p.label} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`size-2.5 rounded-sm ${SWATCH[p.tone]}`} />
            <dt className="text-ink-muted">{p.label}</dt>
            <dd className="numeric text-ink font-semibold">
              {numberFormat.format(p.value)}
              {total > 0 && p.tone !== 'pending' ? (
                <span className="text-ink-muted font-normal">
                  {' '}
                  ({percentFormat.format(p.value / total)})
                </span>
              ) : null}
            </dd>
          </div>
        ))}
    </dl>
  );
}

function sentence(parts: readonly Part[]): string {
  return parts.map((p) => `${numberFormat.format(p.value)} ${p.label.toLowerCase()}`).join(', ');
}

/**
 * Launch outcomes (successes, failures, pending) and landing outcomes (successful and failed out
 * of those attempted) as two stacked bars, drawn on the server, with every number as text.
 */
export function OutcomesChart({
  name,
  launches,
  landings,
}: {
  name: string;
  launches: LaunchOutcomes | null;
  landings: LandingOutcomes | null;
}) {
  const launchParts: Part[] = launches
    ? [
        { label: 'Successful', value: launches.successful, tone: 'success' },
        { label: 'Failed', value: launches.failed, tone: 'failure' },
        { label: 'Other outcome', value: launches.other, tone: 'other' },
        { label: 'Pending', value: launches.pending, tone: 'pending' },
      ]
    : [];
  const landingParts: Part[] = landings
    ? [
        { label: 'Successful', value: landings.successful, tone: 'success' },
        { label: 'Failed', value: landings.failed, tone: 'failure' },
        { label: 'Outcome unknown', value: landings.unknown, tone: 'other' },
      ]
    : [];

  return (
    <figure className="border-line bg-surface shadow-card space-y-6 rounded-2xl border p-5 sm:p-6">
      {launches ? (
        <div>
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4">
            <h3 className="text-ink font-semibold">Launches</h3>
            <p className="text-ink-muted text-sm">
              {launches.successRate !== null ? (
                <>
                  <span className="numeric text-ink font-semibold">
                    {percentFormat.format(launches.successRate)}
                  </span>{' '}
                  success rate over {numberFormat.format(launches.total)} flown
                </>
              ) : (
                'None flown yet'
              )}
            </p>
          </div>
          <Bar
            parts={launchParts}
            label={`${name} launches: ${sentence(launchParts.filter((p) => p.value > 0 || p.tone !== 'other'))}.`}
          />
          <Legend parts={launchParts} total={launches.total} />
          {launches.consecutiveSuccesses !== null ? (
            <p className="text-ink-muted mt-2 text-sm">
              Current streak:{' '}
              <span className="numeric text-ink font-semibold">
                {numberFormat.format(launches.consecutiveSuccesses)}
              </span>{' '}
              successful launches in a row
            </p>
          ) : null}
        </div>
      ) : null}
      {landings ? (
        <div>
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4">
            <h3 className="text-ink font-semibold">Landings</h3>
            <p className="text-ink-muted text-sm">
              {landings.successRate !== null ? (
                <>
                  <span className="numeric text-ink font-semibold">
                    {percentFormat.format(landings.successRate)}
                  </span>{' '}
                  of {numberFormat.format(landings.attempted)} attempted landings succeeded
                </>
              ) : null}
            </p>
          </div>
          <Bar
            parts={landingParts}
            label={`${name} landings: ${numberFormat.format(landings.attempted)} attempted; ${sentence(landingParts.filter((p) => p.value > 0 || p.tone !== 'other'))}.`}
          />
          <Legend parts={landingParts} total={landings.attempted} />
          {landings.consecutiveSuccesses !== null ? (
            <p className="text-ink-muted mt-2 text-sm">
              Current streak:{' '}
              <span className="numeric text-ink font-semibold">
                {numberFormat.format(landings.consecutiveSuccesses)}
              </span>{' '}
              successful landings in a row
            </p>
          ) : null}
        </div>
      ) : null}
      <figcaption className="sr-only">Launch and landing outcomes of {name}</figcaption>
    </figure>
  );
}
