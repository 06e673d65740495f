import { listFeedResponse } from '@/lib/seo/routes';

export function GET(request: Request) {
  return listFeedResponse(request, {
    resource: 'events',
    listPath: '/events',
    title: 'Spaceflight events',
    description:
      'Dockings, spacewalks, tests and press events, from The Space Devs’ Launch Library 2.',
  });
}
