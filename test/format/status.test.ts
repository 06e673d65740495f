import { describe, expect, it } from 'vitest';
import { statusTone } from '@/lib/format/status';

describe('statusTone', () => {
  it.each([
    ['Launch Successful', 'success'],
    ['Success', 'success'],
    ['Launch Failure', 'failure'],
    ['Launch was a Partial Failure', 'failure'],
    ['Go for Launch', 'pending'],
    ['To Be Determined', 'pending'],
    ['On Hold', 'pending'],
    ['Launch in Flight', 'info'],
    ['Active', 'success'],
    ['Inactive', 'neutral'],
    ['Retired', 'neutral'],
    [null, 'neutral'],
  ])('%j → %s', (name, tone) => {
    expect(statusTone(name)).toBe(tone);
  });
});
