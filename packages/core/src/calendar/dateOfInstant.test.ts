import { describe, expect, it } from 'vitest';
import { dateOfInstant } from './dateOfInstant.js';

describe('dateOfInstant (RULES C2: a day in Japan, whatever the machine time zone)', () => {
  it('turns the day at 15:00 UTC, midnight in Japan', () => {
    expect(dateOfInstant(new Date('2024-03-31T14:59:59.999Z'))).toBe('2024-03-31');
    expect(dateOfInstant(new Date('2024-03-31T15:00:00.000Z'))).toBe('2024-04-01');
    expect(dateOfInstant(new Date('2024-04-01T00:00:00+09:00'))).toBe('2024-04-01');
  });
  it('crosses months, years and leap days as the calendar does', () => {
    expect(dateOfInstant(new Date('2023-12-31T15:00:00Z'))).toBe('2024-01-01');
    expect(dateOfInstant(new Date('2024-02-28T15:00:00Z'))).toBe('2024-02-29');
    expect(dateOfInstant(new Date('2019-04-30T15:00:00Z'))).toBe('2019-05-01');
  });
  it('has no day for an invalid Date or a year outside 1000–9999', () => {
    expect(dateOfInstant(new Date(Number.NaN))).toBeUndefined();
    expect(dateOfInstant(new Date('0999-12-31T00:00:00Z'))).toBeUndefined();
    expect(dateOfInstant(new Date('9999-12-31T14:59:59Z'))).toBe('9999-12-31');
    expect(dateOfInstant(new Date('9999-12-31T15:00:00Z'))).toBeUndefined();
  });
});
