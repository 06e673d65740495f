import type { Organization } from '@/lib/domain/detail-shared';
import { collapseWhitespace, truncate } from './text';

/** Shared plumbing for the JSON-LD builders: pruning, the root object and common nodes. */

export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonLd | JsonValue[];

export const CONTEXT = 'https://schema.org';
const LONG_TEXT = 1000;

/** Drops undefined/null/""/[]/{} recursively so the output only says what we know. */
function prune(value: unknown): JsonValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const clean = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
    return clean.trim() === '' ? undefined : clean;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v): v is JsonValue => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object') {
    const out: JsonLd = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== undefined) out[k] = p;
    }
    const keys = Object.keys(out).filter((k) => !k.startsWith('@'));
    return keys.length ? out : undefined;
  }
  return undefined;
}

export function root(type: string, props: Record<string, unknown>): JsonLd {
  const body = prune(props);
  return {
    '@context': CONTEXT,
    '@type': type,
    ...(typeof body === 'object' && !Array.isArray(body) ? body : {}),
  };
}

export function longText(text: string | null | undefined): string | undefined {
  return text ? truncate(collapseWhitespace(text), LONG_TEXT) : undefined;
}

export function organization(org: Organization | null | undefined): Record<string, unknown> | undefined {
  if (!org) return undefined;
  return {
    '@type': 'Organization',
    name: org.name,
    alternateName: org.abbrev,
    url: org.website,
    logo: org.logo,
  };
}

export function property(name: string, value: unknown, unitText?: string) {
  return value === undefined || value === null ? undefined : { '@type': 'PropertyValue', name, value, unitText };
}
