import { z } from 'zod';

/**
 * Parsers for filter values, mirroring Django's form fields so that we accept and reject what
 * LL2 does. Each returns a zod schema over the raw query-string text.
 */

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** django-filter's NumberFilter is a DecimalField: "2015", "2015.0", "1e3" are all numbers. */
export const numberValue = z
  .string()
  .trim()
  .refine((s) => NUMBER.test(s) && Number.isFinite(Number(s)), { message: 'Enter a number.' })
  .transform(Number);

const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses what Django's DateTimeField accepts (ISO 8601 date or datetime, optional offset; naive
 * values are UTC as on LL2) into our stored form `YYYY-MM-DDTHH:MM:SS.mmmZ`, or null.
 */
export function parseDateTime(input: string): string | null {
  const m = DATETIME.exec(input.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const ms = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s), Math.floor(Number(`0.${frac}`) * 1000));
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59 ||
    year < 1
  ) {
    return null;
  }
  let offsetMs = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMs = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0')) * 60_000;
  }
  const date = new Date(ms - offsetMs);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export const dateTimeValue = z.string().transform((s, ctx) => {
  const parsed = parseDateTime(s);
  if (parsed === null) {
    ctx.addIssue({ code: 'custom', message: 'Enter a valid date/time.' });
    return z.NEVER;
  }
  return parsed;
});

/** django-filter's BooleanWidget: anything else means "no filter", not an error. */
export function parseBoolean(input: string): boolean | null {
  switch (input.trim()) {
    case 'true':
    case 'True':
    case '1':
      return true;
    case 'false':
    case 'False':
    case '0':
      return false;
    default:
      return null;
  }
}
