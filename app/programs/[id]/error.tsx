'use client';

import { DetailError } from '@/components/detail/detail-error';

export default function ProgramError({ error, retry }: { error: unknown; retry: () => void }) {
  return <DetailError error={error} retry={retry} what="program" />;
}
