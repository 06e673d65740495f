import { listFeedResponse } from '@/lib/seo/routes';

export function GET(request: Request) {
  return listFeedResponse(request, {
    resource: 'launches',
    listPath: '/launches',
    title: 'Launches',
    description: 'Orbital launches, past and future, from The Space Devs’ Launch Library 2.',
  });
}
