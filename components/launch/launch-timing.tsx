import { CountdownPanel } from '@/components/detail/countdown-panel';
import { LocalTime } from '@/components/time/local-time';
import { Card } from '@/components/ui/card';
import { precisionPhrase } from '@/lib/domain/detail-shared';
import type { LaunchDetail } from '@/lib/domain/launch-detail';
import { humaniseDuration } from '@/lib/format/duration';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-line flex flex-col gap-0.5 border-t py-2.5 first:border-t-0 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
      <dt className="text-ink-muted text-sm">{label}</dt>
      <dd className="text-ink font-medium sm:text-right">{children}</dd>
    </div>
  );
}

/**
 * When it launches: NET at LL2's precision ("NET June 2026", never a made-up time), the window,
 * and a live countdown only when the time of day is known.
 */
export function LaunchTiming({ launch }: { launch: LaunchDetail }) {
  const { net, windowStart, windowEnd, windowSeconds, upcoming } = launch;
  const showWindow = net?.timed && windowStart && windowEnd && windowSeconds !== null;
  return (
    <Card>
      {launch.countdown && net ? (
        <CountdownPanel iso={net.iso} label={`Countdown to ${launch.name}`} />
      ) : null}
      <dl>
        <Row label={upcoming ? 'No earlier than (NET)' : 'Launch time'}>
          {net ? (
            <>
              {upcoming && !net.timed ? 'NET ' : null}
              <LocalTime iso={net.iso} precision={net.precision} />
            </>
          ) : (
            'To be determined'
          )}
        </Row>
        {net && precisionPhrase(net) ? (
          <Row label="Precision">Known to the {precisionPhrase(net)}</Row>
        ) : null}
        {showWindow && windowSeconds > 0 ? (
          <>
            <Row label="Window opens">
              <LocalTime iso={windowStart.iso} precision={windowStart.precision} relative={false} />
            </Row>
            <Row label="Window closes">
              <LocalTime iso={windowEnd.iso} precision={windowEnd.precision} relative={false} />
            </Row>
            <Row label="Window length">{humaniseDuration(windowSeconds)}</Row>
          </>
        ) : null}
        {showWindow && windowSeconds === 0 ? <Row label="Launch window">Instantaneous</Row> : null}
        {launch.probability !== null ? <Row label="Weather go">{launch.probability}%</Row> : null}
        {launch.weatherConcerns ? (
          <Row label="Weather concerns">{launch.weatherConcerns}</Row>
        ) : null}
        {launch.lastUpdated ? (
          <Row label="Last updated">
            <LocalTime iso={launch.lastUpdated.iso} />
          </Row>
        ) : null}
      </dl>
    </Card>
  );
}
