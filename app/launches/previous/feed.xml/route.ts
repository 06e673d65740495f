import { LIST_EXPORTS } from '@/lib/seo/list-exports';
import { listFeedResponse } from '@/lib/seo/routes';

export function GET(request: Request) {
  return listFeedResponse(request, LIST_EXPORTS['/launches/previous']);
}
