import { listFeedResponse } from '@/lib/seo/routes';

export function GET(request: Request) {
  return listFeedResponse(request, {
    resource: 'launches',
    view: 'upcoming',
    listPath: '/launches/upcoming',
    title: 'Upcoming launches',
    description: 'Launches scheduled next, from The Space Devs’ Launch Library 2.',
  });
}
