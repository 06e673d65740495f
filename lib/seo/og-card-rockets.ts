import { badge, facts, model, type CardModel } from './og-card-core';
import { formatDay } from './precision';
import { date, nameOf, num, obj, objs, str, unique, type Rec, text } from '@/lib/ll2/read';

/** Cards for rockets (launcher configurations) and boosters (launchers). */

const counted = (value: unknown) => {
  const n = num(value);
  return n !== null ? n.toLocaleString('en-US') : undefined;
};

export function rocketCard(rec: Rec): CardModel {
  const families = unique(objs(rec.families).map((f) => str(f.name)));
  const total = num(rec.total_launch_count);
  const ok = num(rec.successful_launches);
  const maiden = date(rec.maiden_flight);
  return model(
    'Rocket',
    str(rec.full_name) ?? str(rec.name) ?? 'Unnamed rocket',
    rec.active === true
      ? badge('Active', 'success')
      : rec.active === false
        ? badge('Retired', 'neutral')
        : undefined,
    facts(
      ['Maker', nameOf(rec.manufacturer)],
      ['Family', families.join(', ') || str(rec.family)],
      [
        'Launches',
        total !== null
          ? `${counted(total)}${ok !== null && total ? ` (${counted(ok)} successful)` : ''}`
          : undefined,
      ],
      ['First flight', maiden ? formatDay(maiden) : undefined],
    ),
  );
}

export function boosterCard(rec: Rec): CardModel {
  const config = obj(rec.launcher_config);
  return model(
    'Booster',
    text(rec.serial_number) ?? 'Unnamed booster',
    badge(nameOf(rec.status)),
    facts(
      ['Rocket', str(config?.full_name) ?? str(config?.name)],
      ['Flights', counted(rec.flights)],
      ['Landings', counted(rec.successful_landings)],
      [
        'Flight-proven',
        rec.flight_proven === true ? 'Yes' : rec.flight_proven === false ? 'No' : undefined,
      ],
    ),
  );
}
