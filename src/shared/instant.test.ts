import { describe, expect, it } from 'vitest';
import { endOfSwedishDay, isCalendarDay, parseAsOf, swedishDateTime, swedishDay } from './instant';

describe('as-of instants', () => {
  it('takes a day as the end of that day in Swedish time, summer and winter', () => {
    expect(endOfSwedishDay('2024-08-31')).toBe('2024-08-31T21:59:59.999Z');
    expect(endOfSwedishDay('2024-12-31')).toBe('2024-12-31T22:59:59.999Z');
    expect(endOfSwedishDay('2024-03-31')).toBe('2024-03-31T21:59:59.999Z'); // the day summer time begins
    expect(endOfSwedishDay('2024-10-27')).toBe('2024-10-27T22:59:59.999Z'); // the day it ends
    expect(swedishDay('2024-08-31T21:59:59.999Z')).toBe('2024-08-31');
    expect(parseAsOf('2024-08-31T10:15')).toBe('2024-08-31T08:15:59.999Z');
    expect(parseAsOf('2024-12-02T00:00')).toBe('2024-12-01T23:00:59.999Z');
    expect(parseAsOf('2024-12-02T24:00')).toBeUndefined();
  });

  it('refuses days that do not exist, timestamps without an offset and the distant past', () => {
    expect(parseAsOf('2024-02-30')).toBeUndefined();
    expect(parseAsOf('2024-13-01')).toBeUndefined();
    expect(parseAsOf('2024-08-31T12:00:00')).toBeUndefined();
    expect(parseAsOf('igår')).toBeUndefined();
    expect(parseAsOf('1999-12-31')).toBeUndefined();
    expect(parseAsOf('2024-08-31T12:00:00+02:00')).toBe('2024-08-31T10:00:00.000Z');
    expect(parseAsOf('2024-08-31T10:00:00.123456Z')).toBe('2024-08-31T10:00:00.123Z');
  });
});

describe('isCalendarDay', () => {
  it('takes a day of the calendar written YYYY-MM-DD, and nothing else', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('1999-12-31')).toBe(true);
    for (const text of [
      '2023-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '08/31/2024',
      '2024-8-31',
      '',
    ]) {
      expect(isCalendarDay(text), text).toBe(false);
    }
    expect(isCalendarDay('2024-08-31T12:00')).toBe(false);
  });
});

describe('swedishDateTime', () => {
  it('prints an instant on the Swedish clock, winter and summer time', () => {
    expect(swedishDateTime('2025-01-31T22:59:59.999Z')).toBe('2025-01-31 23:59:59');
    expect(swedishDateTime('2025-05-02T12:30:00Z')).toBe('2025-05-02 14:30:00');
  });
});
