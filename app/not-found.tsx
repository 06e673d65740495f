import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { GlobalSearch } from '@/components/search/global-search';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-center px-4 py-20 text-center sm:py-28">
      <p className="numeric text-accent text-sm font-semibold tracking-widest uppercase">
        Error 404 · Lost in space
      </p>
      <h1 className="text-ink mt-3 text-4xl font-bold tracking-tight sm:text-5xl">
        We couldn’t find that page
      </h1>
      <p className="text-ink-muted mt-4 max-w-prose">
        The launch, agency or page you were looking for is not in our index. It may have been
        renamed or merged in Launch Library 2. Try a search:
      </p>
      <GlobalSearch
        id="search-not-found"
        landmarkLabel="Search the index"
        className="mt-6 w-full max-w-md"
      />
      <div className="mt-8 flex flex-wrap justify-center gap-3 text-sm font-medium">
        <Link
          href="/"
          className="bg-accent text-accent-ink shadow-card hover:bg-accent-strong rounded-lg px-4 py-2"
        >
          Go to the home page
        </Link>
        <Link
          href="/search"
          className="border-line bg-surface text-ink shadow-card hover:border-line-strong rounded-lg border px-4 py-2"
        >
          Open search
        </Link>
      </div>
    </div>
  );
}
