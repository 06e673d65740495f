import { listCalendarResponse } from '@/lib/seo/routes';

export function GET(request: Request) {
  return listCalendarResponse(request, {
    resource: 'launches',
    listPath: '/launches',
    title: 'Launches',
    description: 'Orbital launches, past and future, from The Space Devs’ Launch Library 2.',
  });
}
