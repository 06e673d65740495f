import { LIST_EXPORTS } from '@/lib/seo/list-exports';
import { listCalendarResponse } from '@/lib/seo/routes';

export function GET(request: Request) {
  return listCalendarResponse(request, LIST_EXPORTS['/launches/upcoming']);
}
