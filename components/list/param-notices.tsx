import { Link } from '@/components/ui/link';
import type { ParamIssue } from '@/lib/query/types';
import { Notice } from '@/components/ui/notice';

/**
 * Names every parameter the page could not use and what it expects. LL2 answers 400 to the
 * `invalid` ones; the page still renders, leaving them out.
 */
export function ParamNotices({
  issues,
  cleanHref,
}: {
  issues: readonly ParamIssue[];
  cleanHref: string;
}) {
  if (issues.length === 0) return null;
  const invalid = issues.some((i) => i.severity === 'invalid');
  return (
    <Notice
      tone="warning"
      title={
        issues.length === 1
          ? 'One parameter was not used'
          : `${issues.length} parameters were not used`
      }
    >
      <ul className="mt-1 space-y-1">
        {issues.map((issue) => (
          <li key={`${issue.param}=${issue.value}`}>
            <code className="bg-surface/60 rounded px-1 font-mono text-[0.8125rem] break-all">
              {issue.param}={issue.value}
            </code>{' '}
            — {issue.message} Expected {issue.expected}.
          </li>
        ))}
      </ul>
      <p className="mt-2">
        {invalid ? 'The list below ignores them. ' : ''}
        <Link href={cleanHref} className="font-medium underline underline-offset-2">
          Remove {issues.length === 1 ? 'it' : 'them'} from the address
        </Link>
      </p>
    </Notice>
  );
}
