import { describeFilters } from '@/lib/resources/describe';
import type { ResourceDef } from '@/lib/resources/types';

const code = 'rounded bg-surface-muted px-1.5 py-0.5 font-mono text-[0.85em]';

export function ResourceDoc({ def }: { def: ResourceDef }) {
  const endpoint = `/api/2.3.0/${def.apiPath}`;
  const filters = describeFilters(def);
  return (
    <section aria-labelledby={`doc-${def.key}`} className="scroll-mt-24 border-t border-line pt-8">
      <h2 id={`doc-${def.key}`} className="text-xl font-semibold">
        {def.plural}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-ink-muted">List</dt>
        <dd>
          <code className={code}>GET {endpoint}</code>
          {def.views?.map((v) => (
            <span key={v.name}>
              {' '}
              · <code className={code}>GET {endpoint}{v.name}/</code>
            </span>
          ))}
        </dd>
        <dt className="text-ink-muted">Detail</dt>
        <dd>
          <code className={code}>GET {endpoint}{'{id}'}/</code>
        </dd>
        <dt className="text-ink-muted">Modes</dt>
        <dd>
          {def.modes.join(', ')} (default {def.defaultMode})
        </dd>
        <dt className="text-ink-muted">Search</dt>
        <dd>{def.search.length ? def.search.join(', ') : 'not available'}</dd>
        <dt className="text-ink-muted">Ordering</dt>
        <dd>
          {def.ordering.length ? def.ordering.join(', ') : 'not available'} (default {def.defaultOrdering.join(', ')})
        </dd>
        <dt className="text-ink-muted">Paging</dt>
        <dd>
          <code className={code}>limit</code> (default 10, max 100), <code className={code}>offset</code>
        </dd>
      </dl>
      {filters.length > 0 && (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">{def.plural} filters</caption>
            <thead className="text-ink-muted">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">Parameter</th>
                <th scope="col" className="py-2 pr-4 font-medium">Value</th>
                <th scope="col" className="py-2 font-medium">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {filters.map((f) => (
                <tr key={f.param} className="border-t border-line">
                  <td className="py-1.5 pr-4 font-mono">{f.param}</td>
                  <td className="py-1.5 pr-4">{f.type}</td>
                  <td className="py-1.5">{f.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
