import ical, { type CalendarResponse, type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { buildCalendar, eventToVEvent, launchToVEvent, type CalendarEvent } from '@/lib/seo/ics';
import {
  eventView,
  hostileLaunch,
  imprecise,
  launch,
  launchView,
  loadSeed,
  NOW,
  PRECISION,
  SITE,
  toV230Launch,
} from './fixtures';

const opts = { siteUrl: SITE, now: NOW };

function parse(text: string): CalendarResponse {
  return ical.sync.parseICS(text);
}

function vevent(cal: CalendarResponse, uid: string): VEvent {
  const item = cal[uid];
  if (!item || item.type !== 'VEVENT') throw new Error(`no VEVENT ${uid}`);
  return item as VEvent;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = (value as { val?: unknown } | undefined)?.val;
  return typeof v === 'string' ? v : '';
}

/** node-ical gives DATE values as local midnight: compare the calendar day, not the instant. */
function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function calendarOf(...items: (CalendarEvent | null)[]): string {
  return buildCalendar({ name: 'Orbit Index — launches', items, url: `${SITE}/launches` });
}

describe('buildCalendar envelope', () => {
  const cal = calendarOf(launchToVEvent(launchView(launch()), opts));

  it('has the required VCALENDAR properties', () => {
    const lines = cal.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('CALSCALE:GREGORIAN');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(parse(cal).vcalendar?.['WR-CALNAME']).toBe('Orbit Index — launches');
  });

  it('uses CRLF for every line break and ends with one', () => {
    expect(cal.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(/\r(?!\n)|(?<!\r)\n/.test(cal)).toBe(false);
  });
});

describe('launches from the seed page', () => {
  const raw = loadSeed('004');
  const variants = { '2.0.0 as captured': raw, 'converted to 2.3.0': raw.map(toV230Launch) };

  for (const [label, records] of Object.entries(variants)) {
    it(`emits one VEVENT per launch with a stable UID (${label})`, () => {
      const cal = parse(calendarOf(...records.map((r) => launchToVEvent(launchView(r), opts))));
      const events = Object.values(cal).filter((c) => c?.type === 'VEVENT');
      expect(events).toHaveLength(records.length);
      for (const r of records) {
        const ev = vevent(cal, `launch-${String(r.id)}@orbit-index`);
        expect(text(ev.summary)).toBe(r.name);
        // ical-generator writes `URL;VALUE=URI:`, which node-ical reads as { params, val }.
        expect(text(ev.url)).toBe(`${SITE}/launches/${String(r.id)}`);
      }
    });
  }

  it('takes DTSTART/DTEND from the window, with 1 h when the window is a single instant', () => {
    const cal = parse(calendarOf(...raw.map((r) => launchToVEvent(launchView(r), opts))));
    const soyuz = vevent(cal, 'launch-cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d@orbit-index');
    expect(soyuz.datetype).toBe('date-time');
    expect(soyuz.start.toISOString()).toBe('2024-09-11T16:23:12.000Z');
    expect(soyuz.end?.toISOString()).toBe('2024-09-11T17:23:12.000Z');
    const kosmos = vevent(cal, 'launch-95a9c95c-1a30-4b34-8b11-16e765a26eb6@orbit-index');
    expect(kosmos.start.toISOString()).toBe('2024-10-31T07:00:00.000Z');
    expect(kosmos.end?.toISOString()).toBe('2024-10-31T09:00:00.000Z');
  });

  it('describes status, provider, rocket, mission, pad and the page', () => {
    const cal = parse(calendarOf(launchToVEvent(launchView(toV230Launch(raw[0]!)), opts)));
    const desc = text(vevent(cal, `launch-${String(raw[0]!.id)}@orbit-index`).description);
    expect(desc).toContain('Status: Launch Successful');
    expect(desc).toContain('Provider: Russian Federal Space Agency (ROSCOSMOS)');
    expect(desc).toContain('Rocket: Soyuz 2.1a');
    expect(desc).toContain('Mission: Soyuz MS-26');
    expect(desc).toContain('Pad: 31/6, Baikonur Cosmodrome, Republic of Kazakhstan');
    expect(desc).toContain(`${SITE}/launches/${String(raw[0]!.id)}`);
  });

  it('uses the 2.0.0 tbdtime flag as day precision', () => {
    const unknownPayload = raw.find((r) => r.tbdtime === true);
    expect(unknownPayload).toBeDefined();
    const ev = vevent(
      parse(calendarOf(launchToVEvent(launchView(unknownPayload!), opts))),
      `launch-${String(unknownPayload!.id)}@orbit-index`,
    );
    expect(ev.datetype).toBe('date');
  });
});

describe('launch fields', () => {
  it('maps a hand-written 2.3.0 launch', () => {
    const raw = calendarOf(launchToVEvent(launchView(launch()), opts));
    expect(raw).toContain('\r\nGEO:28.561941;-80.577357\r\n');
    expect(raw).toContain('\r\nTRANSP:TRANSPARENT\r\n');
    const cal = parse(raw);
    const ev = vevent(cal, 'launch-0102940a-4a60-4686-b34d-ced3fed6c595@orbit-index');
    expect(ev.status).toBe('CONFIRMED');
    expect(ev.start.toISOString()).toBe('2024-09-28T17:17:21.000Z');
    expect(ev.end?.toISOString()).toBe('2024-09-28T18:17:21.000Z');
    expect(text(ev.location)).toBe('Space Launch Complex 40, Cape Canaveral SFS, FL, USA');
    expect(ev.categories).toEqual(['Launch', 'SpaceX', 'Tourism', 'Low Earth Orbit']);
    expect(ev.dtstamp.toISOString()).toBe('2024-10-01T08:15:30.000Z');
    expect(ev.sequence).toBe(Math.floor(Date.parse('2024-10-01T08:15:30Z') / 60_000));
  });

  it('falls back to the passed `now` for DTSTAMP and keeps SEQUENCE stable and growing', () => {
    const noUpdate = launchToVEvent(launchView(launch({ last_updated: undefined })), opts);
    expect(noUpdate?.dtstamp).toEqual(NOW);
    const a = launchToVEvent(launchView(launch()), opts);
    const b = launchToVEvent(launchView(launch()), { ...opts, now: new Date() });
    const later = launchToVEvent(launchView(launch({ last_updated: '2024-10-01T09:00:00Z' })), opts);
    expect(a?.sequence).toBe(b?.sequence);
    expect(later!.sequence).toBeGreaterThan(a!.sequence);
    expect(calendarOf(a)).toBe(calendarOf(b));
  });

  it.each([
    [{ id: 1, name: 'Go for Launch', abbrev: 'Go' }, 'CONFIRMED'],
    [{ id: 4, name: 'Launch Failure', abbrev: 'Failure' }, 'CONFIRMED'],
    [{ id: 7, name: 'Launch was a Partial Failure', abbrev: 'Partial Failure' }, 'CONFIRMED'],
    [{ id: 6, name: 'Launch in Flight', abbrev: 'In Flight' }, 'CONFIRMED'],
    [{ id: 8, name: 'To Be Confirmed', abbrev: 'TBC' }, 'TENTATIVE'],
    [{ id: 5, name: 'On Hold', abbrev: 'Hold' }, 'TENTATIVE'],
    [{ id: 99, name: 'Launch Cancelled' }, 'CANCELLED'],
  ])('maps status %o to %s', (status, expected) => {
    expect(launchToVEvent(launchView(launch({ status })), opts)?.status).toBe(expected);
  });

  it('honours a page URL given by the caller and never emits a non-http one', () => {
    expect(launchToVEvent(launchView(launch()), { ...opts, url: '/launches/crew-9' })?.url).toBe(
      `${SITE}/launches/crew-9`,
    );
    const bad = calendarOf(launchToVEvent(launchView(launch()), { siteUrl: 'javascript:alert(1)', now: NOW }));
    const body = bad.slice(bad.indexOf('BEGIN:VEVENT'));
    expect(body).not.toMatch(/^URL/m);
    expect(body).not.toContain('Details:');
    expect(bad).not.toContain('javascript:');
  });
});

describe('imprecise NETs become all-day spans', () => {
  const cases = [
    ['Month', imprecise('2026-06-30T00:00:00Z', PRECISION.month), '2026-06-01', '2026-07-01'],
    ['Quarter 3', imprecise('2026-09-30T00:00:00Z', PRECISION.q3), '2026-07-01', '2026-10-01'],
    ['Half 2', imprecise('2026-12-31T00:00:00Z', PRECISION.h2), '2026-07-01', '2027-01-01'],
    ['Year', imprecise('2026-12-31T00:00:00Z', PRECISION.year), '2026-01-01', '2027-01-01'],
    ['Day', imprecise('2026-03-04T15:00:00Z', PRECISION.day), '2026-03-04', '2026-03-05'],
    [
      'Morning (local time)',
      imprecise('2026-03-04T11:00:00Z', { id: 3, name: 'Morning (local time)', abbrev: 'AM' }),
      '2026-03-04',
      '2026-03-05',
    ],
  ] as const;

  for (const [label, record, start, end] of cases) {
    it(`${label}: VALUE=DATE ${start} → ${end} and says so`, () => {
      const item = launchToVEvent(launchView(record), opts);
      const raw = calendarOf(item);
      expect(raw).toContain(`DTSTART;VALUE=DATE:${start.replace(/-/g, '')}`);
      const ev = vevent(parse(raw), item!.uid);
      expect(ev.datetype).toBe('date');
      expect(localDay(ev.start)).toBe(start);
      expect(ev.end && localDay(ev.end)).toBe(end);
      expect(ev.status).toBe('TENTATIVE');
      expect(text(ev.description)).toContain(`NET precision: ${label} — exact time not yet known`);
    });
  }

  it('treats a TBD launch with a to-the-second NET as a whole day', () => {
    const item = launchToVEvent(launchView(imprecise('2026-03-04T15:30:00Z', PRECISION.second)), opts);
    const ev = vevent(parse(calendarOf(item)), item!.uid);
    expect(ev.datetype).toBe('date');
    expect(localDay(ev.start)).toBe('2026-03-04');
    expect(text(ev.description)).toContain(
      'NET precision: Day — exact time not yet known (status To Be Determined)',
    );
  });

  it('keeps a Go launch with hour precision timed', () => {
    const item = launchToVEvent(
      launchView(imprecise(
        '2026-03-04T15:00:00Z',
        { id: 2, name: 'Hour', abbrev: 'HR' },
        { status: { id: 1, name: 'Go for Launch', abbrev: 'Go' } },
      )),
      opts,
    );
    expect(item?.timing.allDay).toBe(false);
    expect(calendarOf(item)).toContain('DTSTART:20260304T150000Z');
  });
});

describe('events', () => {
  const events = loadSeed('002');

  it('emits every seed event with UID event-<id>@orbit-index', () => {
    const cal = parse(calendarOf(...events.map((e) => eventToVEvent(eventView(e), opts))));
    for (const e of events) {
      const ev = vevent(cal, `event-${String(e.id)}@orbit-index`);
      expect(text(ev.summary)).toBe(e.name);
      expect(ev.start.toISOString()).toBe(new Date(String(e.date)).toISOString());
    }
  });

  it('uses the ISO 8601 duration, else one hour', () => {
    const withDuration = events.find((e) => e.duration === 'PT51M19S')!;
    const a = eventToVEvent(eventView(withDuration), opts)!;
    expect(a.timing.end.getTime() - a.timing.start.getTime()).toBe((51 * 60 + 19) * 1000);
    const noDuration = events.find((e) => e.duration === null)!;
    const b = eventToVEvent(eventView(noDuration), opts)!;
    expect(b.timing.end.getTime() - b.timing.start.getTime()).toBe(3_600_000);
  });

  it('spans the month for a month-precision event date', () => {
    const item = eventToVEvent(
      eventView({ ...events[0]!, date: '2026-08-31T00:00:00Z', date_precision: PRECISION.month }),
      opts,
    );
    const ev = vevent(parse(calendarOf(item)), item!.uid);
    expect(ev.datetype).toBe('date');
    expect(localDay(ev.start)).toBe('2026-08-01');
    expect(ev.end && localDay(ev.end)).toBe('2026-09-01');
    expect(text(ev.description)).toContain('Date precision: Month — exact time not yet known');
  });
});

describe('escaping and folding', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    const item = launchToVEvent(launchView(launch({ name: 'a\\b;c,d\ne\r\nf' })), opts);
    expect(calendarOf(item)).toContain('\r\nSUMMARY:a\\\\b\\;c\\,d\\ne\\nf\r\n');
  });

  it('escapes the calendar name, which the library writes as given', () => {
    const name = 'Launches: SpaceX, NASA; a\\b\nsecond line';
    const cal = buildCalendar({ name, items: [launchToVEvent(launchView(launch()), opts)] });
    expect(parse(cal).vcalendar?.['WR-CALNAME']).toBe(name);
    expect(cal.split('\r\n').filter((l) => /^(BEGIN|END):VEVENT$/.test(l))).toHaveLength(2);
  });

  it('round-trips commas, semicolons, backslashes and newlines through a parser', () => {
    const name = 'Falcon 9, Block 5; "Group 10\\1"\nsecond line';
    const desc = 'Line one, with comma; and semicolon\nLine two \\ backslash';
    const item = launchToVEvent(launchView(launch({ name, mission: { name: 'M', description: desc } })), opts);
    const ev = vevent(parse(calendarOf(item)), item!.uid);
    expect(text(ev.summary)).toBe(name);
    expect(text(ev.description)).toContain(desc);
  });

  it('drops control characters', () => {
    const item = launchToVEvent(launchView(hostileLaunch()), opts);
    const cal = calendarOf(item);
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(cal)).toBe(false);
    expect(text(vevent(parse(cal), item!.uid).summary)).toBe(
      'Evil <script>alert("x")</script> & Co; rocket, "quoted" \'single\'\nsecond line',
    );
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const name = 'Ünïcødé 🚀 東方紅 — Долгий путь к звёздам, ' + '🛰️ '.repeat(40) + 'é'.repeat(90);
    const item = launchToVEvent(launchView(launch({ name })), opts);
    const cal = calendarOf(item);
    const bytes = Buffer.from(cal, 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const line = bytes.subarray(start, i);
        expect(line.length).toBeLessThanOrEqual(75);
        expect(() => decoder.decode(line)).not.toThrow();
        start = i + 2;
      }
    }
    expect(cal.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
    expect(text(vevent(parse(cal), item!.uid).summary)).toBe(name);
  });

  it('folds long ASCII lines into continuation lines that unfold to the value', () => {
    const name = 'x'.repeat(200);
    const item = launchToVEvent(launchView(launch({ name })), opts);
    const lines = calendarOf(item).split('\r\n');
    const start = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(lines[start + 1]).toMatch(/^ x+$/);
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(text(vevent(parse(calendarOf(item)), item!.uid).summary)).toBe(name);
  });
});

describe('odd data', () => {
  it('never throws and skips what cannot be an event', () => {
    const junk: Record<string, unknown>[] = [
      {},
      { id: 'x' },
      { id: 'y', net: 'not a date', window_start: null },
      { net: '2026-01-01T00:00:00Z' },
      {
        id: 'z',
        net: '2026-01-01T00:00:00Z',
        status: 42,
        pad: 'string',
        net_precision: [1],
        mission: [],
      },
    ];
    const items = junk.map((r) => launchToVEvent(launchView(r), opts));
    expect(items.slice(0, 4)).toEqual([null, null, null, null]);
    const cal = parse(calendarOf(...items));
    expect(vevent(cal, 'launch-z@orbit-index').status).toBe('TENTATIVE');
    expect(eventToVEvent(eventView({ id: 3, date: 17 }), opts)).not.toBeNull();
    expect(eventToVEvent(eventView({ id: 4 }), opts)).toBeNull();
  });

  it('keeps the first of two items with the same UID', () => {
    const cal = calendarOf(
      launchToVEvent(launchView(launch()), opts),
      launchToVEvent(launchView(launch({ name: 'Again' })), opts),
    );
    expect(cal.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(cal).not.toContain('SUMMARY:Again');
  });
});
