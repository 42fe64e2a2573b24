import { describe, expect, it } from 'vitest';
import { parseAsOf } from '../../shared/instant';
import { formatMoment } from '../features/measure/display';
import {
  asOfInputs,
  asOfValue,
  formatAsOf,
  instantBefore,
  isKnownAt,
  searchWithoutAsOf,
  withAsOf,
} from './as-of-model';

describe('the "per" of an in-app address', () => {
  it('is added to the views of a plan, keeping the path, the other parameters and the hash', () => {
    expect(withAsOf('/planer/p1/oversikt', '2024-08-31')).toBe('/planer/p1/oversikt?per=2024-08-31');
    expect(withAsOf('/planer/p1/atgarder?ar=2024&enhet=u1', '2024-08-31')).toBe(
      '/planer/p1/atgarder?ar=2024&enhet=u1&per=2024-08-31',
    );
    expect(withAsOf('/planer/p1/atgarder/m1#historik', '2024-08-31T10:15')).toBe(
      '/planer/p1/atgarder/m1?per=2024-08-31T10%3A15#historik',
    );
    expect(withAsOf('/', '2024-08-31')).toBe('/?per=2024-08-31');
  });

  it('is left alone when there is none, when the address has its own, and outside the app shell', () => {
    expect(withAsOf('/planer/p1/oversikt', undefined)).toBe('/planer/p1/oversikt');
    expect(withAsOf('/planer/p1/atgarder/m1?per=2024-01-01', '2024-08-31')).toBe(
      '/planer/p1/atgarder/m1?per=2024-01-01',
    );
    for (const to of ['/logga-in?next=%2F', '/tillganglighet', '/api/plans/p1/export', '#main', 'relative']) {
      expect(withAsOf(to, '2024-08-31')).toBe(to);
    }
  });

  it('is removed to go back to the present, keeping the rest', () => {
    expect(searchWithoutAsOf('?ar=2024&per=2024-08-31&enhet=u1')).toBe('?ar=2024&enhet=u1');
    expect(searchWithoutAsOf('?per=2024-08-31')).toBe('');
  });
});

describe('the "Visa per" inputs', () => {
  it('make a day, or a minute on the Swedish clock, that the server accepts', () => {
    expect(asOfValue('2024-08-31', '')).toBe('2024-08-31');
    expect(asOfValue('2024-08-31', '10:15')).toBe('2024-08-31T10:15');
    expect(parseAsOf(asOfValue('2024-08-31', '10:15'))).toBe('2024-08-31T08:15:59.999Z');
  });

  it("show the address's day and minute, and a timestamp in Swedish time", () => {
    expect(asOfInputs(undefined)).toEqual({ date: '', time: '' });
    expect(asOfInputs('2024-08-31')).toEqual({ date: '2024-08-31', time: '' });
    expect(asOfInputs('2024-08-31T10:15')).toEqual({ date: '2024-08-31', time: '10:15' });
    expect(asOfInputs('2024-08-31T22:30:00.000Z')).toEqual({ date: '2024-09-01', time: '00:30' });
    expect(asOfInputs('nonsense')).toEqual({ date: '', time: '' });
  });
});

describe('an instant in words', () => {
  it('is the Swedish day and minute at the end of a day or a minute, in the one format of every screen', () => {
    expect(formatAsOf(parseAsOf('2024-08-31')!)).toEqual({ date: '2024-08-31', time: '23:59' });
    expect(formatAsOf(parseAsOf('2024-01-05T07:05')!)).toEqual({ date: '2024-01-05', time: '07:05' });
  });

  it('has seconds for any other instant (just before a change)', () => {
    expect(formatAsOf('2024-08-31T08:15:30.122Z')).toEqual({ date: '2024-08-31', time: '10:15:30' });
  });

  it('shows the minute the history shows, and that minute typed into "Visa per" includes the change', () => {
    const changedAt = '2024-08-31T12:05:42.517Z'; // 14:05:42 in Swedish summer time
    const shown = formatMoment(changedAt);
    expect(shown).toBe('2024-08-31 14:05');
    const [date, time] = shown.split(' ') as [string, string];
    const per = asOfValue(date, time);
    expect(per).toBe('2024-08-31T14:05');
    const asOf = parseAsOf(per)!;
    expect(isKnownAt(changedAt, asOf)).toBe(true);
    expect(formatAsOf(asOf)).toEqual({ date, time });
    // A change in the next minute is not yet known.
    expect(isKnownAt('2024-08-31T12:06:00.000Z', asOf)).toBe(false);
  });
});

describe('just before a change', () => {
  it('is one millisecond before its time, as an ISO timestamp the server accepts', () => {
    const before = instantBefore('2024-08-31T08:15:30.123Z');
    expect(before).toBe('2024-08-31T08:15:30.122Z');
    expect(parseAsOf(before!)).toBe(before);
    expect(instantBefore('2024-08-31T08:15:30.000Z')).toBe('2024-08-31T08:15:29.999Z');
    expect(instantBefore('2024-08-31T10:15:30+02:00')).toBe('2024-08-31T08:15:29.999Z');
    expect(instantBefore('nonsense')).toBeUndefined();
  });

  it('does not know the change itself, and knows everything up to it', () => {
    const at = '2024-08-31T08:15:30.123Z';
    expect(isKnownAt(at, instantBefore(at)!)).toBe(false);
    expect(isKnownAt(at, at)).toBe(true);
    expect(isKnownAt('2024-08-31T08:15:30.122Z', instantBefore(at)!)).toBe(true);
  });
});
