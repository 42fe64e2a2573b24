import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from '../../app/as-of-links';
import { amountText } from '../../app/page-locale';
import { followUpCell } from './follow-up-cells';
import type { ColumnId } from './grid-columns';
import { type AmountColumn, amountOf, type GridRow } from './grid-model';
import type { GridAmountUnit } from './use-grid-settings';

export interface CellContext {
  t: TFunction;
  /** The period the follow-up columns are as of. */
  period?: string | undefined;
  unit: GridAmountUnit;
  measureHref: (measureId: string) => string;
}

/** An amount for a dense column: no unit word (the header says it), exact kronor in the title. */
export function GridAmount({ kronor, unit }: { kronor: number | null; unit: GridAmountUnit }) {
  if (kronor === null) return null;
  return (
    <span
      className={kronor === 0 ? 'amount amount-zero' : 'amount'}
      title={amountText(kronor, { unit: 'kr' })}
      data-kronor={kronor}
    >
      {amountText(kronor, { unit, withUnit: false })}
    </span>
  );
}

function yesNo(t: TFunction, value: boolean): string {
  return value ? t('common:yes') : t('common:no');
}

/** What a measure's cell shows, and the full text for its title when it may be cut off. */
export function cellContent(
  column: ColumnId,
  row: GridRow,
  context: CellContext,
): { node: ReactNode; full?: string } {
  const { t, unit } = context;
  const m = row.measure;
  const text = (value: string | null) => ({ node: value ?? '', full: value ?? undefined });
  switch (column) {
    case 'code':
      return {
        node: (
          <Link to={context.measureHref(m.id)} tabIndex={-1} className="grid-link">
            {m.code}
          </Link>
        ),
        full: t('grid.open', { code: m.code }),
      };
    case 'title':
      return text(m.title);
    case 'orgUnit':
      return { node: row.unitName, full: row.unitPath };
    case 'responsibleName':
      return text(m.responsibleName);
    case 'status':
      return text(t(`enums:status.${m.status}`));
    case 'category':
      return text(m.category && t(`enums:category.${m.category}`));
    case 'savingsType':
      return text(m.savingsType && t(`enums:savingsType.${m.savingsType}`));
    case 'periodicity':
      return text(m.periodicity && t(`enums:periodicity.${m.periodicity}`));
    case 'group':
      return text(m.group);
    case 'feasibility':
      return text(m.feasibility === null ? null : String(m.feasibility));
    case 'isTemporary':
      return text(yesNo(t, m.isTemporary));
    case 'riskAnalysisRequired':
      return text(yesNo(t, m.riskAnalysisRequired));
    case 'startMonth':
    case 'endMonth':
    case 'fullEffectMonth':
    case 'riskAnalysisDoneOn':
    case 'followUpMetric':
      return text(m[column]);
    case 'programmes':
      return text(m.programmes.length > 0 ? m.programmes.join(', ') : null);
    case 'planned':
    case 'investment':
    case 'oneOffCost':
    case 'runningCostPerYear': {
      const node = <GridAmount kronor={amountOf(row, column as AmountColumn)} unit={unit} />;
      if (column === 'planned' && m.status === 'cancelled')
        return { node, full: t('grid.cancelledCountsZero') };
      return { node };
    }
    case 'target':
    case 'outcome':
    case 'forecast':
    case 'deviation': {
      const node = <GridAmount kronor={amountOf(row, column)} unit={unit} />;
      return {
        node,
        full: row.followUp ? t(`followUp.title.${column}`, { period: context.period }) : undefined,
      };
    }
    case 'reportStatus':
    case 'reportComment':
    case 'lastReported':
      return followUpCell(column, row, t, context.period);
  }
}
