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
