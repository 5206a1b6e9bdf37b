// Dates and name lists as the popup writes them.
import { describe, expect, it } from 'vitest';
import { formatPublished, joinNames } from '../../popup/format';

describe('formatPublished', () => {
  it('writes a bare date as that calendar day in any time zone', () => {
    expect(formatPublished('2024-02-28', 'en-US')).toBe('February 28, 2024');
    expect(formatPublished('2024-01-01', 'en-GB')).toBe('1 January 2024');
    expect(formatPublished('2024-10', 'en-US')).toBe('October 2024');
  });

  it('writes an instant with its time, and leaves unreadable values as they are', () => {
    expect(formatPublished('2024-02-28T09:52:00+03:00', 'en-US')).toMatch(/^February 28, 2024 at \d{1,2}:52/);
    expect(formatPublished('sometime in 2024', 'en-US')).toBe('sometime in 2024');
    expect(formatPublished(null)).toBeNull();
  });
});

describe('joinNames', () => {
  it('joins names the way a byline reads', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Sadiq S Bhat'])).toBe('Sadiq S Bhat');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
