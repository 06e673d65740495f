/**
 * The shapes search hands to pages and to the browser. The typeahead imports only these types,
 * so it ships no resource logic: titles, subtitles and links are all made on the server.
 */

export interface SearchItem {
  title: string;
  /** One line of context ("Roscosmos · 11 Sep 2024 · Launch Successful"); null when there is none. */
  subtitle: string | null;
  href: string;
}

export interface SearchGroup {
  /** Resource key, e.g. `launches`, `space_stations`. */
  resource: string;
  /** Plural label, e.g. "Space stations". */
  label: string;
  /** Every match, not only the items shown. */
  total: number;
  /** The resource's list page filtered by the same search. */
  href: string;
  items: SearchItem[];
}

/** Body of `GET /api/search`. */
export interface SearchResponse {
  q: string;
  groups: SearchGroup[];
}

/** Body of a 400 from `GET /api/search`: each bad parameter with its messages. */
export interface SearchErrorResponse {
  errors: Record<string, string[]>;
}
