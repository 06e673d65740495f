'use client';

import { DetailError } from '@/components/detail/detail-error';

export default function RocketError({ error, retry }: { error: unknown; retry: () => void }) {
  return <DetailError error={error} retry={retry} what="rocket" />;
}
