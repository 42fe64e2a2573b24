import i18next from 'i18next';
import { type FormatOptions, formatAmount } from '../../shared/money';

/**
 * One locale per page (issue 11, item 16): amounts and percentages follow the chosen language, as the words
 * do — `575,7 mnkr` and `115,1 %` in Swedish, `575.7 mnkr` and `115.1%` in English. Dates and times are the
 * same in both (src/shared/date-format.ts). Inputs keep Swedish notation, which `parseAmount` reads.
 */
export function pageLanguage(language: string | undefined = i18next.language): 'sv' | 'en' {
  return language?.startsWith('en') ? 'en' : 'sv';
}

/** An amount for display in the page's language (or the `language` given). */
export function amountText(kronor: number, options: FormatOptions = {}): string {
  return formatAmount(kronor, { ...options, language: pageLanguage(options.language) });
}

/**
 * A number already written the Swedish way (`1 234,5`, `−2,5`) in the page's language: English `1,234.5`,
 * `-2.5`. For the few exact texts that shared code writes in Swedish only (the forecast tool's rates and mnkr).
 */
export function localNumber(swedish: string, language: string | undefined = i18next.language): string {
  if (pageLanguage(language) === 'sv') return swedish;
  return swedish
    .replaceAll(',', '.')
    .replace(/(\d)[\u00a0\u202f ](?=\d{3})/g, '$1,')
    .replaceAll('\u2212', '-');
}

/** A percentage from a Swedish number text: `2,5 %` in Swedish, `2.5%` in English. */
export function localPercent(swedish: string, language: string | undefined = i18next.language): string {
  return pageLanguage(language) === 'sv' ? `${swedish}\u00a0%` : `${localNumber(swedish, language)}%`;
}
