/**
 * `npm run api:shapes`: extracts from LL2's 2.3.0 OpenAPI schema (committed at
 * `test/fixtures/ll2/openapi-2.3.0.json`) what the API needs to answer in LL2's shapes, and
 * writes it to `lib/ll2/schema-shapes.json`: for each endpoint the component of each mode, and
 * for each component its keys in LL2's order, whether each is required, nullable or a list, and
 * the component it nests. The server reads only that extract; a unit test fails while it differs
 * from what this script makes of the schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCHEMA_DEVIATIONS } from '@/lib/ll2/schema-deviations';
import type { SchemaShapes, ShapeKey } from '@/lib/ll2/schema-shapes';

export const SCHEMA_FILE = path.join('test', 'fixtures', 'll2', 'openapi-2.3.0.json');
export const SHAPES_FILE = path.join('lib', 'll2', 'schema-shapes.json');

interface Property {
  type?: string;
  nullable?: boolean;
  $ref?: string;
  allOf?: { $ref?: string }[];
  items?: { $ref?: string; type?: string };
  default?: unknown;
}
interface Component {
  properties?: Record<string, Property>;
  required?: string[];
  oneOf?: { $ref: string }[];
  discriminator?: { mapping: Record<string, string> };
}
export interface OpenApi {
  paths: Record<
    string,
    {
      get?: {
        responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
      };
    }
  >;
  components: { schemas: Record<string, Component> };
}

const refName = (ref: string | undefined) => ref?.split('/').pop();
const VERSION_PREFIX = '/2.3.0/';

function responseComponent(openapi: OpenApi, route: string): string | undefined {
  return refName(
    openapi.paths[route]?.get?.responses?.['200']?.content?.['application/json']?.schema?.$ref,
  );
}

/** `{list: 'LaunchBasic', …}` for a paginated answer whose results are polymorphic by mode. */
function modeComponents(openapi: OpenApi, page: string): Record<string, string> {
  const { schemas } = openapi.components;
  const items = (schemas[page]?.properties?.results as { items?: { $ref?: string } } | undefined)
    ?.items;
  const item = refName(items?.$ref);
  if (!item) return {};
  const mapping = schemas[item]?.discriminator?.mapping;
  // One serializer for every request (`pads/`): LL2 calls that the normal answer.
  if (!mapping) return { normal: item };
  return Object.fromEntries(Object.entries(mapping).map(([mode, ref]) => [mode, refName(ref)!]));
}

const SCALAR_FLAGS: Record<string, string> = {
  string: 'S',
  integer: 'I',
  number: 'N',
  boolean: 'B',
};

function keyOf(
  name: string,
  prop: Property,
  required: Set<string>,
  deviation: string | undefined,
): ShapeKey {
  const nested = refName(prop.$ref ?? prop.allOf?.[0]?.$ref ?? prop.items?.$ref);
  let flags = '';
  if (required.has(name)) flags += 'r';
  if (prop.nullable || deviation === 'nullable') flags += 'n';
  if (prop.type === 'array') flags += 'a';
  flags += SCALAR_FLAGS[prop.type ?? ''] ?? '';
  return nested ? [name, flags, nested] : [name, flags];
}

/** The length of the longest common prefix of two names. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/** What an endpoint's component names share, in whole words, less a trailing `Endpoint`. */
function stemOf(names: string[]): string {
  const prefix = names.reduce((a, b) => a.slice(0, commonPrefix(a, b)));
  const whole = names.every((n) => n.length === prefix.length || /[A-Z]/.test(n[prefix.length]!));
  return (whole ? prefix : prefix.replace(/[A-Z][a-z]*$/, '')).replace(/Endpoint$/, '');
}

export function extractShapes(openapi: OpenApi): SchemaShapes {
  const { schemas } = openapi.components;
  const endpoints: SchemaShapes['endpoints'] = {};
  const pathOf = new Map<string, string>();
  const routes = Object.keys(openapi.paths).filter((r) => r.startsWith(VERSION_PREFIX));
  for (const route of routes) {
    if (route.includes('{')) continue;
    const apiPath = route.slice(VERSION_PREFIX.length);
    const page = responseComponent(openapi, route);
    const detail = responseComponent(openapi, `${route}{id}/`);
    if (!page || !detail) continue;
    const modes = modeComponents(openapi, page);
    endpoints[apiPath] = { modes, detail };
    // A component's own endpoint, for its `url`: the shortest path that answers with it
    // (`launches/`, not `launches/upcoming/`).
    for (const component of [...Object.values(modes), detail]) {
      const known = pathOf.get(component);
      if (!known || apiPath.length < known.length) pathOf.set(component, apiPath);
    }
  }

  // Every component an endpoint can answer with, and those they nest, transitively.
  const reachable = new Set<string>();
  const visit = (name: string) => {
    if (reachable.has(name) || !schemas[name]?.properties) return;
    reachable.add(name);
    for (const prop of Object.values(schemas[name].properties ?? {})) {
      const nested = refName(prop.$ref ?? prop.allOf?.[0]?.$ref ?? prop.items?.$ref);
      if (nested) visit(nested);
    }
  };
  for (const endpoint of Object.values(endpoints)) {
    for (const component of [...Object.values(endpoint.modes), endpoint.detail]) visit(component);
  }

  // A nested serializer of a resource (AgencyDetailed inside a launch) links to that resource's
  // endpoint too. An endpoint's stem is what its own components' names share (`Agency` for
  // AgencyMini, AgencyNormal, AgencyEndpointDetailed); a component belongs to the endpoint with
  // the longest stem its name starts with, word for word (`LauncherConfig…` is not `Launch…`).
  // Lookup tables under `config/` are matched by name only: EventType is no event.
  const stems: [string, string][] = [];
  for (const [apiPath, endpoint] of Object.entries(endpoints)) {
    if (apiPath.startsWith('config/') || pathOf.get(endpoint.detail) !== apiPath) continue;
    const stem = stemOf([...Object.values(endpoint.modes), endpoint.detail]);
    if (stem) stems.push([stem, apiPath]);
  }
  const startsWord = (name: string, stem: string) =>
    name.startsWith(stem) && (name.length === stem.length || /[A-Z]/.test(name[stem.length]!));
  const linkOf = (name: string): string | undefined => {
    if (pathOf.has(name)) return pathOf.get(name);
    const matches = stems
      .filter(([stem]) => startsWord(name, stem))
      .sort((a, b) => b[0].length - a[0].length);
    return matches[0]?.[1];
  };

  const components: SchemaShapes['components'] = {};
  for (const name of [...reachable].sort()) {
    const schema = schemas[name]!;
    const required = new Set(schema.required ?? []);
    const properties = Object.entries(schema.properties ?? {});
    const keys = properties.map(([key, prop]) =>
      keyOf(key, prop, required, SCHEMA_DEVIATIONS[`${name}.${key}`]?.change),
    );
    const mode = schema.properties?.response_mode?.default;
    const link = schema.properties?.url && schema.properties.id ? linkOf(name) : undefined;
    components[name] = {
      keys,
      ...(typeof mode === 'string' ? { mode } : {}),
      ...(link ? { path: link } : {}),
    };
  }
  return { version: '2.3.0', endpoints, components };
}

export function buildShapesJson(schemaFile = SCHEMA_FILE): string {
  const openapi = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as OpenApi;
  return `${JSON.stringify(extractShapes(openapi))}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!fs.existsSync(SCHEMA_FILE)) {
    console.error(
      `api:shapes: ${SCHEMA_FILE} is missing (a copy of LL2's ll_2.3.0.json OpenAPI schema)`,
    );
    process.exit(1);
  }
  const json = buildShapesJson();
  fs.writeFileSync(SHAPES_FILE, json);
  const shapes = JSON.parse(json) as SchemaShapes;
  process.stdout.write(
    `api:shapes: ${SHAPES_FILE} (${Object.keys(shapes.endpoints).length} endpoints, ${Object.keys(shapes.components).length} components, ${(json.length / 1024).toFixed(0)} kB)\n`,
  );
}
