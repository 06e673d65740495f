import { describe, expect, it } from 'vitest';
import { loadEnv } from '@/lib/env';

describe('DATABASE_URL', () => {
  it('is unset by default: the embedded SQLite store serves', () => {
    expect(loadEnv({}).DATABASE_URL).toBeUndefined();
  });

  it.each(['postgres://orbit@db.internal:5432/orbit', 'postgresql://u:p@127.0.0.1/orbit_index'])(
    'accepts %s',
    (url) => {
      expect(loadEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    },
  );

  it.each(['mysql://u@host/db', 'postgres://host-only', 'not a url', 'postgres:///db'])(
    'refuses %s, naming the variable',
    (url) => {
      expect(() => loadEnv({ DATABASE_URL: url })).toThrow(/DATABASE_URL: must be a postgres/);
    },
  );
});
