import { CATEGORY_SV, COST_TYPE_SV, type Grouping, SAVINGS_TYPE_SV } from './enums';

/** The Swedish label of a summary row key (`efficiency` → `effektivisering`); "" means the attribute is missing. */
export function groupingKeyLabel(by: Grouping, key: string): string {
  if (key === '') return '(saknas)';
  switch (by) {
    case 'costType':
      return COST_TYPE_SV[key as keyof typeof COST_TYPE_SV] ?? key;
    case 'category':
      return CATEGORY_SV[key as keyof typeof CATEGORY_SV] ?? key;
    case 'savingsType':
      return SAVINGS_TYPE_SV[key as keyof typeof SAVINGS_TYPE_SV] ?? key;
    case 'feasibility':
      return `genomförbarhet ${key}`;
    default:
      return key;
  }
}
