import { describe, expect, it } from 'vitest';
import { filtersFromSearch, queryOfFilters, searchWithFilters } from './decision-filters';

describe('the register’s filters in the address', () => {
  it('round-trip through the query string, keeping other parameters and dropping bad values', () => {
    const search = new URLSearchParams('ar=2024&organ=b1&typ=assignment&fran=2024-01-01&till=fel');
    const filters = filtersFromSearch(search);
    expect(filters).toEqual({
      bodyId: 'b1',
      kind: 'assignment',
      from: '2024-01-01',
      to: '',
      onlyNoted: false,
    });
    const next = searchWithFilters(search, { ...filters, onlyNoted: true, kind: '' });
    expect(next.toString()).toBe('ar=2024&organ=b1&fran=2024-01-01&antecknade=ja');
    expect(filtersFromSearch(new URLSearchParams('typ=protokoll')).kind).toBe('');
  });

  it('asks the server for only noted items instead of a kind when that box is ticked', () => {
    expect(queryOfFilters('p', { bodyId: '', kind: 'decision', from: '', to: '', onlyNoted: true })).toEqual({
      planId: 'p',
      bodyId: undefined,
      kind: undefined,
      from: undefined,
      to: undefined,
      onlyNoted: 'true',
    });
  });
});
