import { describe, expect, it } from 'vitest';
import { splitSearchTerms } from '@/lib/query/search-terms';
import {
  dateTimeValue,
  numberValue,
  parseBoolean,
  parseDateTime,
} from '@/lib/query/values';
import { splitList } from '@/lib/resources/params';

describe('numberValue (django-filter NumberFilter → DecimalField)', () => {
  it.each([
    ['2015', 2015],
    [' 2015 ', 2015],
    ['2015.0', 2015],
    ['-3', -3],
    ['+4', 4],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('accepts %j', (text, value) => {
    expect(numberValue.parse(text)).toBe(value);
  });

  it.each(['abc', '', ' ', '1,000', '0x10', 'NaN', 'Infinity', '12abc', '1e999'])(
    'rejects %j with "Enter a number."',
    (text) => {
      const result = numberValue.safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Enter a number.');
    },
  );
});

describe('parseDateTime (Django DateTimeField, naive values in UTC)', () => {
  it.each([
    ['2024-09-28', '2024-09-28T00:00:00.000Z'],
    ['2024-09-28T14:00:00Z', '2024-09-28T14:00:00.000Z'],
    ['2024-09-28T14:00:00z', '2024-09-28T14:00:00.000Z'],
    ['2024-09-28 14:00', '2024-09-28T14:00:00.000Z'],
    ['2024-09-28T14:00:00.123456Z', '2024-09-28T14:00:00.123Z'],
    ['2024-09-28T16:00:00+02:00', '2024-09-28T14:00:00.000Z'],
    ['2024-09-28T09:30:00-0430', '2024-09-28T14:00:00.000Z'],
    ['2024-09-28T00:30:00+01', '2024-09-27T23:30:00.000Z'],
    ['  2024-02-29  ', '2024-02-29T00:00:00.000Z'],
  ])('reads %j', (text, iso) => {
    expect(parseDateTime(text)).toBe(iso);
  });

  it.each([
    'yesterday',
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-09-28T24:00',
    '2024-09-28T12:60',
    '2024',
    '28/09/2024',
    '0000-01-01',
    '',
  ])('rejects %j', (text) => {
    expect(parseDateTime(text)).toBeNull();
    expect(dateTimeValue.safeParse(text).error?.issues[0]?.message).toBe(
      'Enter a valid date/time.',
    );
  });
});

describe('parseBoolean (django-filter BooleanWidget)', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['1', true],
    ['false', false],
    ['False', false],
    ['0', false],
  ])('reads %j', (text, value) => {
    expect(parseBoolean(text)).toBe(value);
  });

  it.each(['yes', 'no', '', 'on', '2', 'null'])('does not read %j', (text) => {
    expect(parseBoolean(text)).toBeNull();
  });
});

describe('splitList (BaseInFilter)', () => {
  it('splits on commas, trims and drops empty items', () => {
    expect(splitList('2, 8,,9 ')).toEqual(['2', '8', '9']);
    expect(splitList('')).toEqual([]);
    expect(splitList(',')).toEqual([]);
  });
});

describe('splitSearchTerms (DRF SearchFilter)', () => {
  it.each([
    ['crew dragon', ['crew', 'dragon']],
    ['  crew   dragon  ', ['crew', 'dragon']],
    ['"crew dragon" iss', ['crew dragon', 'iss']],
    ["'crew dragon' iss", ['crew dragon', 'iss']],
    ['soyuz,ms', ['soyuz', 'ms']],
    ['"say \\"hi\\""', ['say "hi"']],
    ['a\u0000b', ['ab']],
    ['""', []],
    ['', []],
    ['   ', []],
  ])('%j', (text, terms) => {
    expect(splitSearchTerms(text)).toEqual(terms);
  });
});
