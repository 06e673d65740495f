import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DockingHistory } from '@/components/docking/docking-history';
import { DockingTable } from '@/components/timeline/docking-table';
import { DockingTimeline } from '@/components/timeline/docking-timeline';
import { TimelinePresets } from '@/components/timeline/timeline-presets';
import { generateDockingHistory } from './fixtures';
import { familyColor } from '@/lib/timeline/colors';
import { defaultWindow, layoutTimeline } from '@/lib/timeline/layout';
import { dockingEventsToTimelineEvents } from '@/lib/timeline/model';
import { readBar, toPlotData } from '@/lib/timeline/plot-data';
import { readSeedDockingEvents } from './seed';

const now = new Date('2025-05-01T00:00:00Z');

describe('DockingTimeline markup', () => {
  const events = dockingEventsToTimelineEvents(readSeedDockingEvents(), 'port');
  const html = renderToStaticMarkup(
    createElement(DockingTimeline, { events, now, title: 'ISS dockings', laneBy: 'port' }),
  );

  it('draws one link per docking, each named once by its <title> with chaser, port, times and duration', () => {
    const links = [...html.matchAll(/<a href="([^"]+)"><title>([^<]+)<\/title>/g)];
    expect(links.map((m) => m[1]).sort()).toEqual(events.map((e) => e.href).sort());
    expect(html).toContain(
      '<title>Crew Dragon Freedom, Harmony forward (International Space Station), docked 2024-09-29 21:31 UTC, departed 2024-11-03 11:35 UTC, 34 days 14 h</title>',
    );
    // The <title> is the name and the tooltip: an aria-label would only repeat it.
    expect(html).not.toMatch(/<a [^>]*aria-label/);
  });

  it('marks current dockings and draws the now line', () => {
    expect(html).toContain(
      '<title>Soyuz MS-27, docked now at Prichal nadir (International Space Station) since 2025-04-08 08:57 UTC, 22 days 15 h so far</title>',
    );
    expect(html).toContain('docked now');
    expect(html.match(/fill="url\(#[^)]+-stripes\)"/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('>now</text>');
  });

  it('lists lanes for assistive technology, and pins their labels outside the scrolling plot', () => {
    expect(html).toContain('role="list" aria-label="Harmony forward: 3 dockings"');
    expect(html).toMatch(
      /<div aria-hidden="true"[^>]*>.*Harmony forward.*<\/div><div dir="rtl" class="overflow-x-auto">/,
    );
    expect(html).toContain('aria-label="Vehicle families"');
  });

  it('places bars from their lane, so a first-row bar carries no y of its own', () => {
    // Axis 32 px + lane padding 6 + (row 26 - bar 20) / 2.
    expect(html).toContain('aria-label="Harmony forward: 3 dockings" transform="translate(0 41)"');
    expect(html).toMatch(
      /<a href="\/docking-events\/\d+"><title>[^<]+<\/title><rect x="[\d.]+" width=/,
    );
    expect(html).not.toContain('$undefined');
  });

  it('says so when nothing is in range', () => {
    const empty = renderToStaticMarkup(
      createElement(DockingTimeline, {
        events,
        now,
        title: 'Empty',
        laneBy: 'port',
        window: { start: new Date('2000-01-01'), end: new Date('2000-02-01') },
      }),
    );
    expect(empty).toContain('No dockings in this range.');
    expect(empty).toContain('6 outside this range');
    expect(empty).not.toContain('<svg');
  });
});

describe('DockingTable and TimelinePresets markup', () => {
  it('renders a row per docking with a link and "Docked now" for open stays', () => {
    const events = dockingEventsToTimelineEvents(readSeedDockingEvents(), 'port');
    const html = renderToStaticMarkup(
      createElement(DockingTable, { events, now, laneBy: 'port', caption: 'All dockings' }),
    );
    expect(html.match(/<tr>/g)).toHaveLength(events.length + 1);
    expect(html).toContain('href="/docking-events/611"');
    expect(html.match(/Docked now/g)).toHaveLength(3);
    expect(html).toContain('<caption');
    // Cell and swatch styles live on the table, not on each of up to 2,000 rows.
    expect(html).not.toMatch(/<td class=/);
    expect(html).toMatch(
      /<th scope="row"><span class="bg-[a-z]+-700 dark:bg-[a-z]+-300"><\/span><a href=/,
    );
  });

  it('builds preset and zoom links through the page callback', () => {
    const hrefs: object[] = [];
    const html = renderToStaticMarkup(
      createElement(TimelinePresets, {
        window: { start: new Date('2024-01-01T00:00:00Z'), end: new Date('2024-01-03T00:00:00Z') },
        now,
        current: {},
        buildHref: (params) => {
          hrefs.push(params);
          return `/x?${new URLSearchParams(params as Record<string, string>).toString()}`;
        },
      }),
    );
    expect(hrefs).toContainEqual({ docking__gte: '2025-04-01T00:00:00Z' });
    expect(hrefs).toContainEqual({});
    expect(hrefs).toContainEqual({
      docking__gte: '2024-01-01T12:00:00Z',
      docking__lte: '2024-01-02T12:00:00Z',
    });
    expect(html).toMatch(/aria-current="true"[^>]*>All time</);
  });
});

describe('server render performance', () => {
  it('lays out and renders 1,000 dockings in well under 100 ms', () => {
    const fixtureNow = new Date('2025-06-01T00:00:00Z');
    const events = dockingEventsToTimelineEvents(
      generateDockingHistory({ seed: 7, count: 1000, now: fixtureNow }),
      'port',
    );
    const render = () =>
      renderToStaticMarkup(
        createElement(DockingTimeline, {
          events,
          now: fixtureNow,
          title: 'Load',
          laneBy: 'port',
          width: 1600,
        }),
      );
    render(); // warm-up: JIT and module initialisation are not what we measure
    const runs = 5;
    let best = Infinity;
    let html = '';
    // CPU time of this process, not wall time: other processes on a busy machine (a parallel
    // test file, a build) stretch the wall clock without the render costing more.
    for (let i = 0; i < runs; i++) {
      const t0 = process.cpuUsage();
      html = render();
      const used = process.cpuUsage(t0);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    console.log(
      `1,000-event timeline: ${best.toFixed(1)} ms of CPU (best of ${runs}), ${(html.length / 1024).toFixed(0)} KiB of markup`,
    );
    expect(html.match(/<a href="\/docking-events\/9\d{5}"/g)).toHaveLength(1000);
    // The markup is sent twice (HTML and RSC payload): one name per bar, ~300 bytes a bar in all.
    expect(html.match(/<title>/g)).toHaveLength(1000);
    expect(html.length / 1000).toBeLessThan(350);
    expect(best).toBeLessThan(100);
  });

  it('sends the bars to the browser as data: each name once, far smaller than the markup', () => {
    const fixtureNow = new Date('2025-06-01T00:00:00Z');
    const events = dockingEventsToTimelineEvents(
      generateDockingHistory({ seed: 7, count: 1000, now: fixtureNow }),
      'port',
    );
    const layout = layoutTimeline({
      events,
      window: defaultWindow(events, fixtureNow),
      now: fixtureNow,
      width: 1600,
    });
    const data = toPlotData(layout, familyColor);
    const bars = data.lanes.flatMap((lane) => lane.bars);
    expect(bars).toHaveLength(1000);
    expect(new Set(data.strings).size).toBe(data.strings.length);
    // What the RSC payload carries for the plot, against ~300 bytes of markup per bar before.
    expect(JSON.stringify(data).length / 1000).toBeLessThan(90);
    // Read back, every bar names its own docking.
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const bar of bars.map((b) => readBar(b, data.strings))) {
      const event = byId.get(bar.id)!;
      expect([bar.chaser, bar.port, bar.start.getTime()]).toEqual([
        event.chaser.label,
        event.port,
        event.start.getTime(),
      ]);
    }
  });
});

describe('DockingHistory table', () => {
  const fixtureNow = new Date('2025-06-01T00:00:00Z');
  const history = (count: number) =>
    renderToStaticMarkup(
      createElement(DockingHistory, {
        title: 'ISS dockings',
        events: dockingEventsToTimelineEvents(
          generateDockingHistory({ seed: 3, count, now: fixtureNow }),
          'port',
        ),
        now: fixtureNow,
        laneBy: 'port',
        allHref: '/docking-events?space_station_target__id=4',
      }),
    );
  const tableRows = (html: string) => html.slice(html.indexOf('<tbody')).match(/<tr/g)?.length;

  it('lists every docking of a short history', () => {
    const html = history(40);
    expect(tableRows(html)).toBe(40);
    expect(html).toContain('Show all 40 dockings as a table');
    expect(html).toContain('ISS dockings: every docking, newest first');
  });

  it('lists the newest 100 of a long one, while the plot draws them all and links to the log', () => {
    const html = history(250);
    expect(html.match(/<a href="\/docking-events\/\d+"><title>/g)).toHaveLength(250);
    expect(tableRows(html)).toBe(100);
    expect(html).toContain('Show the newest 100 of 250 dockings as a table');
    expect(html).toContain('ISS dockings: the newest 100 of 250 dockings');
    expect(html).toMatch(
      /href="\/docking-events\?space_station_target__id=4"[^>]*>All 250 dockings in the docking log/,
    );
  });
});
