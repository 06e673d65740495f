import { highlightParts } from '@/lib/search/highlight';

/** `text` with each search word in bold, for suggestions and results. */
export function Highlighted({ text, term }: { text: string; term: string }) {
  return highlightParts(text, term).map((part, i) =>
    part.match ? (
      <mark key={i} className="text-ink bg-transparent font-semibold">
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
