import { permanentRedirect } from 'next/navigation';

/** The API reference is the only documentation; `/docs` is where people look for it first. */
export default function DocsIndex(): never {
  permanentRedirect('/docs/api');
}
