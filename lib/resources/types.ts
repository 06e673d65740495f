/**
 * The declarative shape of one LL2 resource. A single definition drives URL validation,
 * the filter UI, the SQL query, the live LL2 call and the API docs.
 */

/** A stored record: the richest LL2 2.3.0 JSON object we have for it. */
export type WireRecord = Record<string, unknown> & { id: string | number };

export type ValueType =
  | 'int'
  | 'float'
  | 'string'
  | 'bool'
  /** ISO 8601 datetime, stored normalised to `YYYY-MM-DDTHH:MM:SS.mmmZ` so text order is time order. */
  | 'datetime'
  /** ISO 8601 duration such as `P372DT14H50M27S`, stored as seconds so it orders numerically. */
  | 'duration';

/** A scalar read from a record; arrays make a field multi-valued (stored in a side table). */
export type FieldValue = string | number | boolean | null;

export interface FieldDef {
  type: ValueType;
  /** Human label for filter UI and docs. */
  label: string;
  /** Reads the value from a stored record. Return an array for a multi-valued field. */
  get: (record: WireRecord) => FieldValue | FieldValue[] | undefined;
  /** The record path `get` reads, when it is a path reader (`lsp.id`, `agencies[].id`). */
  path?: string;
  /** True when `get` returns an array (e.g. an event's agencies). */
  multi?: boolean;
  /**
   * For id-like fields shown as selects: reads the option label that goes with each value
   * (e.g. `type.name` for `type__id`). Must return the same arity as `get`.
   */
  optionLabel?: (record: WireRecord) => string | null | (string | null)[] | undefined;
  /**
   * The resource whose record this field names: LL2 serialises the reference as that record's
   * `name` (an agency's `parent`), so the column holds the name and an id filter matches the
   * records named by the record with that id.
   */
  byNameOf?: string;
}

export type Lookup =
  | 'exact'
  /** Substring, case-sensitive (Django's `contains`, LIKE on LL2's PostgreSQL). */
  | 'contains'
  /** Substring, any case (Django's `icontains`). */
  | 'icontains'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  /** Comma-separated values, any of which may match (django-filter `BaseInFilter`). */
  | 'in'
  /** Parts of a datetime field, comma-separated numbers (LL2's `year`, `month`, `day`). */
  | 'year'
  | 'month'
  | 'day'
  /** Boolean: false excludes records where the field is true; true adds no condition. */
  | 'include';

export interface FilterDef<F extends string = string, P extends string = string> {
  /** The query-string parameter, exactly as LL2 names it (`founding_year__gte`, `status__ids`). */
  param: P;
  /** Key into the resource's `fields`. */
  field: F;
  lookup: Lookup;
  /** Repeated keys are OR-ed (`program=1&program=2`), LL2's "explode" form. */
  repeat?: boolean;
}

export type Mode = 'list' | 'normal' | 'detailed';

/** An `ordering` term: a field key, `-` first for descending. */
export type OrderingText<F extends string = string> = F | `-${F}`;

/** A named subset of a resource (`/launches/upcoming/`), evaluated at query time. */
export interface ViewDef<F extends string = string> {
  name: string;
  label: string;
  defaultOrdering: readonly OrderingText<F>[];
  /** Extra view-only boolean parameters (`hide_recent_previous`). */
  params?: readonly string[];
  where: (ctx: { now: Date; params: Record<string, boolean | undefined> }) => ViewCondition<F>[];
}

/** A condition on a datetime field for views; kept declarative so SQL and live calls share it. */
export interface ViewCondition<F extends string = string> {
  field: F;
  op: 'gt' | 'gte' | 'lt' | 'lte';
  value: string;
}

/**
 * `F` names the fields, `P` the filter parameters and `O` the ordering fields. Definitions made
 * with `defineResource` keep them literal, so a filter, search or ordering entry naming no field
 * fails to compile, and callers (`listRelated`) can only pass parameters the resource has.
 */
export interface ResourceDef<
  F extends string = string,
  P extends string = string,
  O extends string = string,
> {
  /** Store key and API path segment: `agencies`, `docking_events`. */
  key: string;
  /** LL2 API path below the version, with trailing slash: `agencies/`, `docking_events/`. */
  apiPath: string;
  /** Site route prefix: `/agencies`, `/docking-events`. */
  route: string;
  singular: string;
  plural: string;
  /** Type of `id` in LL2: launches use UUIDs. */
  idType: 'int' | 'uuid';
  /** Column definitions keyed by the name filters and ordering refer to. */
  fields: Readonly<Record<F, FieldDef>>;
  // `NoInfer`: the field names are read from `fields` alone, so a name elsewhere that is not
  // one of them is an error rather than another inferred name.
  filters: readonly FilterDef<NoInfer<F>, P>[];
  /** Field keys searched by `search` (DRF SearchFilter, case-insensitive substring). */
  search: readonly NoInfer<F>[];
  /**
   * The site's own search (not LL2's `search`, which the API keeps): fields that name a record,
   * so a search equal to one or starting one ranks first (`Apollo 11` is the mission of
   * "Saturn V | Apollo 11"). Default: `name`.
   */
  rankFields?: readonly NoInfer<F>[];
  /**
   * Multi-valued fields the site's search also matches, as a whole phrase in one value (a crew
   * member's name), though LL2's `search` does not look at them.
   */
  siteSearch?: readonly NoInfer<F>[];
  /** Order among equally good matches of the site's search; default: `defaultOrdering`. */
  searchOrdering?: readonly OrderingText<NoInfer<F>>[];
  /** Field keys allowed in `ordering`. */
  ordering: readonly O[];
  defaultOrdering: readonly OrderingText<NoInfer<F>>[];
  /** LL2's modes for the endpoint; what each returns is LL2's schema's (lib/api/project.ts). */
  modes: Mode[];
  defaultMode: Mode;
  /** The record's main date, for `year/month/day` and histograms. */
  dateField?: NoInfer<F>;
  views?: readonly ViewDef<NoInfer<F>>[];
  /** A readable slug for detail URLs (`121-spacex`), when the resource has one. */
  slug?: (record: WireRecord) => string | null;
  /** Display name of a record. */
  title: (record: WireRecord) => string;
  /** Nested objects that are records of other resources, for the importer. */
  nested?: NestedRef[];
  /** LL2 keeps the record's last change here; used for sitemaps and incremental sync. */
  lastUpdatedField?: NoInfer<F>;
}

/** Where, inside a record of this resource, a record of another resource is embedded. */
export interface NestedRef {
  /** Dot path; `[]` marks an array (`program[]`, `pad.location`). */
  path: string;
  resource: string;
  /**
   * Names the embedding record in the nested copy under this key when the copy lacks it: LL2's
   * `ExpeditionMini` inside a station's `active_expeditions` does not say which station it is on.
   */
  parentAs?: string;
  /**
   * Keys the embedded copy lacks but the enclosing record says, by dot path in it: a booster
   * inside a launch is LL2's LauncherNormal, without its rocket, which the launch names
   * (`{ launcher_config: 'rocket.configuration' }`). A key the copy has is never replaced.
   */
  inherit?: Readonly<Record<string, string>>;
}
