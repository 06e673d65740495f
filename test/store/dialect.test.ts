import { describe, expect, it } from 'vitest';
import { likePattern, toPositional } from '@/lib/store/dialect';

describe('toPositional', () => {
  it('numbers the placeholders in order', () => {
    expect(toPositional('SELECT id FROM t WHERE a = ? AND b IN (?, ?) LIMIT ?')).toBe(
      'SELECT id FROM t WHERE a = $1 AND b IN ($2, $3) LIMIT $4',
    );
  });

  it('leaves a ? inside a quoted literal or identifier alone', () => {
    expect(toPositional(`SELECT '?' AS "a?", x FROM t WHERE y = ?`)).toBe(
      `SELECT '?' AS "a?", x FROM t WHERE y = $1`,
    );
  });
});

describe('likePattern', () => {
  it('matches the term literally, wildcards and escapes included', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
