import { LoadingRegion, Skeleton, SkeletonText } from '@/components/ui/skeleton';

/** The shape of a detail page while it loads: crumbs, title, main column and side card. */
export function DetailSkeleton({ label = 'Loading…' }: { label?: string }) {
  return (
    <LoadingRegion label={label} className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-8 lg:px-8">
      <Skeleton className="h-4 w-56" />
      <Skeleton className="mt-6 h-3 w-24" />
      <Skeleton className="mt-3 h-9 w-2/3" />
      <Skeleton className="mt-4 h-6 w-40 rounded-full" />
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:gap-10">
        <div className="space-y-4 lg:order-2">
          <Skeleton className="aspect-video w-full rounded-2xl" />
          <SkeletonText lines={5} />
        </div>
        <div className="space-y-8 lg:order-1 lg:col-span-2">
          <SkeletonText lines={4} />
          <Skeleton className="h-40 w-full rounded-2xl" />
          <SkeletonText lines={3} />
        </div>
      </div>
    </LoadingRegion>
  );
}

/** A small placeholder for a related list that streams in after the main record. */
export function ListSkeleton({ rows = 3 }: { rows?: number }) {
  return (
    <LoadingRegion label="Loading list…" className="space-y-2">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-14 w-full rounded-xl" />
      ))}
    </LoadingRegion>
  );
}
