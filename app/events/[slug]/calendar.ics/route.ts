import { itemCalendarResponse } from '@/lib/seo/routes';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return itemCalendarResponse(request, 'events', slug);
}
