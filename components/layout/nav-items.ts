/** The site's sections, in nav order. */
export const NAV_ITEMS = [
  { href: '/launches', label: 'Launches' },
  { href: '/events', label: 'Events' },
  { href: '/agencies', label: 'Agencies' },
  { href: '/rockets', label: 'Rockets' },
  { href: '/spacecraft', label: 'Spacecraft' },
  { href: '/space-stations', label: 'Stations' },
  { href: '/docking-events', label: 'Dockings' },
  { href: '/astronauts', label: 'Astronauts' },
  { href: '/statistics', label: 'Statistics' },
] as const;
