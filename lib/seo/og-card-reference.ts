import { formatDay } from './precision';
import { date, nameOf, num, obj, objs, str, unique, type Rec } from '@/lib/ll2/read';
import { badge, facts, model, type CardModel } from './og-card-core';

/** Cards for the reference resources: pads, launch sites, programmes, spacecraft types. */

function launchCount(value: unknown): string | undefined {
  const n = num(value);
  return n !== null ? n.toLocaleString('en-US') : undefined;
}

function countryText(value: unknown): string | undefined {
  const c = objs(value).map((o) => str(o.name) ?? str(o.alpha_3_code));
  return unique(c.filter((x) => x !== '???')).join(', ') || undefined;
}

export function padCard(rec: Rec): CardModel {
  const location = obj(rec.location);
  return model(
    'Launch pad',
    str(rec.name) ?? 'Unnamed pad',
    rec.active === false
      ? badge('Inactive', 'neutral')
      : rec.active === true
        ? badge('Active', 'success')
        : undefined,
    facts(
      ['Location', str(location?.name)],
      ['Launches', launchCount(rec.total_launch_count)],
      ['Country', countryText(rec.country) ?? countryText(location?.country)],
    ),
  );
}

export function locationCard(rec: Rec): CardModel {
  return model(
    'Launch site',
    str(rec.name) ?? 'Unnamed location',
    undefined,
    facts(
      ['Country', countryText(rec.country)],
      ['Launches', launchCount(rec.total_launch_count)],
      ['Landings', launchCount(rec.total_landing_count)],
    ),
  );
}

export function programCard(rec: Rec): CardModel {
  const start = date(rec.start_date);
  const end = date(rec.end_date);
  return model(
    'Programme',
    str(rec.name) ?? 'Unnamed programme',
    badge(nameOf(rec.type), 'info'),
    facts(
      ['Started', start ? formatDay(start) : undefined],
      ['Ended', end ? formatDay(end) : undefined],
      ['Agencies', unique(objs(rec.agencies).map((a) => str(a.abbrev) ?? str(a.name))).join(', ')],
    ),
  );
}

export function configurationCard(rec: Rec): CardModel {
  return model(
    'Spacecraft type',
    str(rec.name) ?? 'Unnamed spacecraft type',
    rec.in_use === true
      ? badge('In use', 'success')
      : rec.in_use === false
        ? badge('Retired', 'neutral')
        : undefined,
    facts(
      ['Type', nameOf(rec.type)],
      ['Agency', nameOf(rec.agency)],
      ['Family', unique(objs(rec.family).map((f) => str(f.name))).join(', ')],
      ['Crew capacity', launchCount(rec.crew_capacity)],
    ),
  );
}
