import { useTranslation } from 'react-i18next';
import type { AmountUnit } from '../../shared/money';
import { amountText } from '../app/page-locale';

/**
 * An amount in the page's language (`557,7 mnkr`, English `557.7 mnkr`). The exact kronor are in the title, so
 * a reader can always see the figure to the krona behind a rounded one.
 */
export function Amount({ kronor, unit = 'mnkr' }: { kronor: number | null | undefined; unit?: AmountUnit }) {
  const { i18n } = useTranslation();
  if (kronor === null || kronor === undefined) return <span className="amount">–</span>;
  const language = i18n.language;
  const exact = amountText(kronor, { unit: 'kr', language });
  return (
    <span className="amount" title={unit === 'kr' ? undefined : exact} data-kronor={kronor}>
      {amountText(kronor, { unit, language })}
    </span>
  );
}
