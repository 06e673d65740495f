import { NextResponse, type NextRequest } from 'next/server';
import { handleApiRequest } from '@/lib/api/handler';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ path?: string[] }> }) {
  const { path = [] } = await params;
  const { status, body, headers } = await handleApiRequest(new URL(request.url), path, (name) => request.headers.get(name));
  return new NextResponse(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });
}
