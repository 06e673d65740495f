'use client';

import { DetailError } from '@/components/detail/detail-error';

export default function BoosterError({ error, retry }: { error: unknown; retry: () => void }) {
  return <DetailError error={error} retry={retry} what="booster" />;
}
