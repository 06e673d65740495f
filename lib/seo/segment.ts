/** A detail segment that is not valid percent-encoding (`%E0`) names no record; other errors stand. */
export function malformedSegment(error: unknown): null {
  if (error instanceof URIError) return null;
  throw error;
}
