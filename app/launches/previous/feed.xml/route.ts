import { listFeedResponse } from '@/lib/seo/routes';

export function GET(request: Request) {
  return listFeedResponse(request, {
    resource: 'launches',
    view: 'previous',
    listPath: '/launches/previous',
    title: 'Recent launches',
    description:
      'The most recent launches and their outcomes, from The Space Devs’ Launch Library 2.',
  });
}
