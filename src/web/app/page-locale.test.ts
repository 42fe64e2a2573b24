import { describe, expect, it } from 'vitest';
import { percentText } from '../../shared/percent';
import { formatShare } from '../features/overview/figures';
import { amountText, localNumber, localPercent, pageLanguage } from './page-locale';

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

describe('Swedish number texts of shared code, in the page language', () => {
  it('turns 1 234,5 into 1,234.5 and −2,5 % into -2.5% in English, and leaves Swedish as it is', () => {
    expect(localNumber('1\u00a0234,5', 'en')).toBe('1,234.5');
    expect(localNumber('\u22122,5', 'en')).toBe('-2.5');
    expect(localNumber('1\u00a0234,5', 'sv')).toBe('1\u00a0234,5');
    expect(localPercent('2,5', 'en')).toBe('2.5%');
    expect(localPercent('2,5', 'sv')).toBe('2,5\u00a0%');
  });
});
