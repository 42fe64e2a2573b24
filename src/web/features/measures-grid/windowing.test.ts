import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segments, visibleRange } from './windowing';

describe('windowing', () => {
  it('renders the rows in view with a margin', () => {
    expect(visibleRange(0, 320, 32, 5000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(3200, 320, 32, 5000, 5)).toEqual({ start: 95, end: 115 });
    expect(visibleRange(1e9, 320, 32, 50, 5)).toEqual({ start: 44, end: 50 });
    expect(visibleRange(0, 320, 32, 0)).toEqual({ start: 0, end: 0 });
  });

  it('keeps an extra row and fills every gap, so positions stay exact', () => {
    expect(segments({ start: 10, end: 12 }, [2], 20)).toEqual([
      { kind: 'gap', start: 0, rows: 2 },
      { kind: 'row', index: 2 },
      { kind: 'gap', start: 3, rows: 7 },
      { kind: 'row', index: 10 },
      { kind: 'row', index: 11 },
      { kind: 'gap', start: 12, rows: 8 },
    ]);
  });

  it('always accounts for every row exactly once', () => {
    fc.assert(
      fc.property(
        fc.nat(300),
        fc.nat(300),
        fc.nat(40),
        fc.array(fc.integer({ min: -5, max: 320 })),
        (count, start, length, extra) => {
          const range = { start: Math.min(start, count), end: Math.min(count, start + length) };
          const parts = segments(range, extra, count);
          const total = parts.reduce((sum, part) => sum + (part.kind === 'gap' ? part.rows : 1), 0);
          expect(total).toBe(count);
          for (const part of parts) if (part.kind === 'gap') expect(part.rows).toBeGreaterThan(0);
        },
      ),
    );
  });
});
