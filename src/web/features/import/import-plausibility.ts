import type { TImportResult } from '../../../shared/schemas/import';
import { findImplausible, type ImplausibleChange } from '../../app/plausibility';
import { type AmountLabels, labelledChange } from '../measure/amount-changes';

/**
 * The amounts an import would change implausibly (issue 11, item 2): each changed effect or cost of the dry
 * run's `amountChanges`, stored value against imported value, labelled with the measure's code
 * (`HS-07 Personal 2024`). The preview lists them and asks for confirmation before "Bekräfta import".
 */
export function implausibleImportChanges(
  result: Pick<TImportResult, 'amountChanges'>,
  limit: number,
  labels: AmountLabels,
): ImplausibleChange[] {
  const changes = (result.amountChanges ?? []).flatMap((measure) =>
    measure.changes.map((change) => labelledChange(change, labels, `${measure.code} `)),
  );
  return findImplausible(changes, limit);
}
