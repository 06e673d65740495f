import { Skeleton, SkeletonCard, SkeletonText, LoadingRegion } from '@/components/ui/skeleton';

function Heading({ title }: { title: string }) {
  return (
    <div className="mb-4 flex items-end justify-between">
      <h2 className="text-ink text-xl font-semibold">{title}</h2>
      <Skeleton className="h-4 w-28" />
    </div>
  );
}

export function LaunchHighlightsSkeleton() {
  return (
    <LoadingRegion label="Loading launches…">
      <Heading title="Launches" />
      <div
        aria-hidden="true"
        className="border-line bg-surface shadow-card grid overflow-hidden rounded-2xl border md:grid-cols-2"
      >
        <div className="skeleton aspect-video rounded-none" />
        <div className="space-y-3 p-6">
          <Skeleton className="h-5 w-28 rounded-full" />
          <Skeleton className="h-7 w-3/4" />
          <SkeletonText lines={3} />
        </div>
      </div>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SkeletonCard />
        <SkeletonCard className="max-sm:hidden" />
        <SkeletonCard className="max-lg:hidden" />
      </div>
    </LoadingRegion>
  );
}

export function ListSkeleton({ title, rows = 4 }: { title: string; rows?: number }) {
  return (
    <LoadingRegion label={`Loading ${title.toLowerCase()}…`}>
      <Heading title={title} />
      <div
        aria-hidden="true"
        className="border-line bg-surface shadow-card divide-line divide-y rounded-2xl border"
      >
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="space-y-2 px-4 py-3">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-4 w-3/4" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}

export function NumbersSkeleton() {
  return (
    <LoadingRegion label="Loading counts…">
      <Heading title="By the numbers" />
      <div aria-hidden="true" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="border-line bg-surface rounded-xl border px-4 py-3">
            <Skeleton className="h-7 w-12" />
            <Skeleton className="mt-2 h-4 w-20" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}

export function QuickLinksSkeleton() {
  return (
    <LoadingRegion label="Loading shortcuts…">
      <Heading title="Jump in" />
      <div aria-hidden="true" className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className="space-y-2">
            <Skeleton className="h-3 w-24" />
            <div className="flex flex-wrap gap-2">
              <Skeleton className="h-8 w-24 rounded-full" />
              <Skeleton className="h-8 w-20 rounded-full" />
              <Skeleton className="h-8 w-28 rounded-full" />
            </div>
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
