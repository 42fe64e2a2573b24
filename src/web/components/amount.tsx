import { type AmountUnit, formatAmount } from '../../shared/money';

/**
 * An amount in Swedish format (`557,7 mnkr`). The exact kronor are in the title, so a reader can always see
 * the figure to the krona behind a rounded one.
 */
export function Amount({ kronor, unit = 'mnkr' }: { kronor: number | null | undefined; unit?: AmountUnit }) {
  if (kronor === null || kronor === undefined) return <span className="amount">–</span>;
  const exact = formatAmount(kronor, { unit: 'kr' });
  return (
    <span className="amount" title={unit === 'kr' ? undefined : exact} data-kronor={kronor}>
      {formatAmount(kronor, { unit })}
    </span>
  );
}
