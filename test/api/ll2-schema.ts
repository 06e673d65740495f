import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { SCHEMA_DEVIATIONS } from '@/lib/ll2/schema-deviations';

/**
 * LL2's 2.3.0 OpenAPI schema as validators of JSON Schema draft 7, for Ajv. OpenAPI 3.0's
 * `nullable: true` is not JSON Schema: a typed property becomes `type: [t, "null"]` (and an enum
 * gains null), an `allOf: [$ref]` one becomes `anyOf: [{type: "null"}, {allOf: …}]`. Every
 * object component forbids keys it does not list, so a validated answer has no key LL2's
 * serializer lacks. The documented deviations (lib/ll2/schema-deviations.ts) are applied first.
 */

export const SCHEMA_FIXTURE = path.join(__dirname, '..', 'fixtures', 'll2', 'openapi-2.3.0.json');

type Schema = Record<string, unknown>;
interface OpenApi {
  components: { schemas: Record<string, Schema> };
}

const DROPPED = new Set(['discriminator', 'example', 'nullable']);

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (node === null || typeof node !== 'object') return node;
  const input = node as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(input)) {
    if (DROPPED.has(key)) continue;
    if (key === '$ref' && typeof value === 'string')
      out.$ref = value.replace('#/components/schemas/', '#/definitions/');
    else if (key === 'properties')
      out.properties = Object.fromEntries(
        Object.entries(value as Schema).map(([k, v]) => [k, convert(v)]),
      );
    else out[key] = convert(value);
  }
  if (input.properties && input.type === 'object') out.additionalProperties = false;
  if (input.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    return out;
  }
  return { anyOf: [{ type: 'null' }, out] };
}

export function loadOpenApi(file = SCHEMA_FIXTURE): OpenApi {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as OpenApi;
}

export interface Ll2Validator {
  /** Validates one record against a component (`LaunchNormal`); the errors, empty when valid. */
  record(component: string, value: unknown): ErrorObject[];
  /** Validates a list answer whose results are all of `component`. */
  page(component: string, value: unknown): ErrorObject[];
}

export function ll2Validator(openapi = loadOpenApi()): Ll2Validator {
  const schemas = structuredClone(openapi.components.schemas);
  for (const [target, deviation] of Object.entries(SCHEMA_DEVIATIONS)) {
    const [component, key] = target.split('.') as [string, string];
    const property = (schemas[component]?.properties as Record<string, Schema> | undefined)?.[key];
    if (!property) throw new Error(`Deviation ${target}: no such property in the schema`);
    if (deviation.change === 'nullable') property.nullable = true;
  }
  const definitions = Object.fromEntries(
    Object.entries(schemas).map(([name, s]) => [name, convert(s)]),
  );
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  addFormats(ajv);
  // LINK_TEXT_DEVIATION: LL2's empty links, and its links with unencoded non-ASCII characters.
  const uri = fullFormats.uri as (value: string) => boolean;
  const asciiOnly = (value: string) =>
    value.replace(/[^\x00-\x7f]/gu, (c) => encodeURIComponent(c));
  ajv.addFormat('uri', {
    type: 'string',
    validate: (value: string) => value === '' || uri(asciiOnly(value)),
  });
  ajv.addSchema({ $id: 'll2', definitions });
  const compiled = new Map<string, ValidateFunction>();
  const validator = (key: string, schema: () => Schema) => {
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile(schema());
      compiled.set(key, fn);
    }
    return fn;
  };
  const errors = (fn: ValidateFunction, value: unknown) =>
    fn(value) ? [] : [...(fn.errors ?? [])];
  return {
    record: (component, value) =>
      errors(
        validator(component, () => ({ $ref: `ll2#/definitions/${component}` })),
        value,
      ),
    page: (component, value) =>
      errors(
        validator(`page:${component}`, () => ({
          type: 'object',
          required: ['count', 'next', 'previous', 'results'],
          additionalProperties: false,
          properties: {
            count: { type: 'integer', minimum: 0 },
            next: { type: ['string', 'null'], format: 'uri' },
            previous: { type: ['string', 'null'], format: 'uri' },
            results: { type: 'array', items: { $ref: `ll2#/definitions/${component}` } },
          },
        })),
        value,
      ),
  };
}

/** Errors as readable lines: where, what, and the value found there. */
export function describeErrors(errors: ErrorObject[], value: unknown, max = 8): string {
  const at = (pointer: string) =>
    pointer
      .split('/')
      .slice(1)
      .reduce<unknown>(
        (v, part) =>
          v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined,
        value,
      );
  return errors
    .slice(0, max)
    .map(
      (e) =>
        `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}: ${JSON.stringify(at(e.instancePath))?.slice(0, 120)}`,
    )
    .join('\n');
}
