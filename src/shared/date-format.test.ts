import { describe, expect, it } from 'vitest';
import {
  formatSwedishDate,
  formatSwedishDateTime,
  formatSwedishMonth,
  formatSwedishTime,
} from './date-format';
import { endOfSwedishMinute } from './instant';

describe('one clock: every time on the Swedish clock in one format', () => {
  it('shows an instant as YYYY-MM-DD HH:MM in Swedish time, summer (UTC+2) and winter (UTC+1)', () => {
    expect(formatSwedishDateTime('2024-08-31T12:05:42Z')).toBe('2024-08-31 14:05');
    expect(formatSwedishDateTime('2024-01-15T12:05:42Z')).toBe('2024-01-15 13:05');
    expect(formatSwedishDateTime('2024-08-31T12:05:42Z', { seconds: true })).toBe('2024-08-31 14:05:42');
    expect(formatSwedishTime(new Date('2024-08-31T12:05:42Z'))).toBe('14:05');
  });

  it('moves to the next Swedish day late in the UTC evening, and shows midnight as 00', () => {
    expect(formatSwedishDate('2024-08-31T22:30:00Z')).toBe('2024-09-01');
    expect(formatSwedishDateTime('2024-08-31T22:00:00Z')).toBe('2024-09-01 00:00');
    expect(formatSwedishDateTime('2024-12-31T23:30:00Z')).toBe('2025-01-01 00:30');
  });

  it('follows the DST changes: 31 March 2024 02:00 → 03:00, 27 October 2024 03:00 → 02:00', () => {
    expect(formatSwedishDateTime('2024-03-31T00:59:00Z')).toBe('2024-03-31 01:59');
    expect(formatSwedishDateTime('2024-03-31T01:00:00Z')).toBe('2024-03-31 03:00');
    expect(formatSwedishDateTime('2024-10-27T00:30:00Z')).toBe('2024-10-27 02:30');
    expect(formatSwedishDateTime('2024-10-27T01:30:00Z')).toBe('2024-10-27 02:30');
    expect(formatSwedishDateTime('2024-10-27T02:00:00Z')).toBe('2024-10-27 03:00');
  });

  it('keeps calendar days and months as they are (no zone shifts a date field)', () => {
    expect(formatSwedishDate('2024-03-01')).toBe('2024-03-01');
    expect(formatSwedishMonth('2024-03')).toBe('2024-03');
    expect(formatSwedishMonth('2024-03-31T22:30:00Z')).toBe('2024-04');
  });

  it('a minute it shows, read back as "Visa per", ends after every instant within that minute', () => {
    for (const at of [
      '2024-08-31T12:05:00.000Z',
      '2024-08-31T12:05:59.999Z',
      '2024-03-31T01:00:30Z',
      '2024-10-27T01:30:30Z',
    ]) {
      const [date, time] = formatSwedishDateTime(at).split(' ');
      const end = endOfSwedishMinute(`${date}T${time}`)!;
      expect(Date.parse(end), at).toBeGreaterThanOrEqual(Date.parse(at));
      expect(Date.parse(end) - Date.parse(at), at).toBeLessThan(60_000);
    }
  });

  it('gives back what is no instant as it is', () => {
    expect(formatSwedishDateTime('nonsense')).toBe('nonsense');
  });
});
