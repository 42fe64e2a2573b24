import { describe, expect, it } from 'vitest';
import { percentText } from '../../shared/percent';
import { formatShare } from '../features/overview/figures';
import { amountText, pageLanguage } from './page-locale';

describe('one locale per page (issue 11, item 16)', () => {
  it('reads the language as sv unless it is English', () => {
    expect(pageLanguage('en')).toBe('en');
    expect(pageLanguage('en-GB')).toBe('en');
    expect(pageLanguage('sv')).toBe('sv');
    expect(pageLanguage(undefined)).toBe('sv');
  });

  it('shows an amount next to a share of the target in one notation per language', () => {
    const swedish = `${amountText(575_700_000, { unit: 'mnkr', language: 'sv' })} · ${formatShare(1.151, 'sv')}`;
    expect(swedish).toBe('575,7\u00a0mnkr · 115,1\u00a0%');
    const english = `${amountText(575_700_000, { unit: 'mnkr', language: 'en' })} · ${formatShare(1.151, 'en')}`;
    expect(english).toBe('575.7\u00a0mnkr · 115.1%');
    expect(english).not.toMatch(/\d,\d(?!\d)/);
    expect(percentText(1151, 1000, 1, 'en')).toBe('115.1%');
  });
});
