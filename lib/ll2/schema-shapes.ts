import shapes from './schema-shapes.json';

/**
 * One key of a component: its name, flags (`r` required, `n` nullable, `a` a list; `S`, `I`,
 * `N`, `B` a string, integer, number or boolean) and, for an object or a list of objects, the
 * component it holds.
 */
export type ShapeKey = [name: string, flags: string, nested?: string];

export interface ComponentShape {
  keys: ShapeKey[];
  /** The `response_mode` LL2 gives this serializer's objects. */
  mode?: string;
  /** The endpoint (`agencies/`) whose record this is, when the object links to one by `url`. */
  path?: string;
}

export interface SchemaShapes {
  version: string;
  /** By API path (`launches/`, `launches/upcoming/`): the component per mode, and the detail's. */
  endpoints: Record<string, { modes: Record<string, string>; detail: string }>;
  components: Record<string, ComponentShape>;
}

/** Extracted from LL2's 2.3.0 OpenAPI schema by `npm run api:shapes` (a test keeps it in step). */
export const schemaShapes = shapes as unknown as SchemaShapes;

export function componentShape(name: string): ComponentShape {
  const shape = schemaShapes.components[name];
  if (!shape) throw new Error(`No LL2 component ${name}`);
  return shape;
}

export function endpointShape(apiPath: string): SchemaShapes['endpoints'][string] {
  const endpoint = schemaShapes.endpoints[apiPath];
  if (!endpoint) throw new Error(`No LL2 endpoint ${apiPath}`);
  return endpoint;
}
