'use client';

import { ListError } from '@/components/list/list-error';

export default function ListRouteError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ListError error={error} retry={retry} title="Boosters" home="/boosters" />;
}
