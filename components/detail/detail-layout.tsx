/**
 * The detail page frame: header, then a main column and a side column holding the picture
 * (`media`) above the key facts (`aside`). On phones the picture comes right under the title;
 * the facts follow it (`factsFirst`, for reference records) or come after the main column (for
 * launches and events, whose time and countdown matter most).
 */
export function DetailLayout({
  header,
  media,
  aside,
  factsFirst = true,
  children,
  after,
}: {
  header: React.ReactNode;
  media?: React.ReactNode;
  aside?: React.ReactNode;
  factsFirst?: boolean;
  children: React.ReactNode;
  /** Full-width sections under both columns (timelines, wide tables). */
  after?: React.ReactNode;
}) {
  const side = Boolean(media || aside);
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-8 lg:px-8">
      {header}
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:grid-rows-[auto_1fr] lg:gap-x-10 lg:gap-y-6">
        {media ? (
          <div className="order-1 min-w-0 lg:order-none lg:col-start-3 lg:row-start-1">{media}</div>
        ) : null}
        <div
          className={`min-w-0 space-y-10 lg:order-none lg:row-span-2 lg:row-start-1 ${factsFirst ? 'order-3' : 'order-2'} ${
            side ? 'lg:col-span-2 lg:col-start-1' : 'lg:col-span-3'
          }`}
        >
          {children}
        </div>
        {aside ? (
          <aside
            className={`min-w-0 space-y-6 lg:order-none lg:col-start-3 ${media ? 'lg:row-start-2' : 'lg:row-start-1'} ${factsFirst ? 'order-2' : 'order-3'}`}
          >
            {aside}
          </aside>
        ) : null}
      </div>
      {after ? <div className="mt-12 space-y-12">{after}</div> : null}
    </div>
  );
}
