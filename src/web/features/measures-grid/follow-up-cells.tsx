import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { type FollowUpTextColumn, followUpValue } from './follow-up-values';
import type { GridRow } from './grid-model';

/** The follow-up text cells: status in words (never by colour alone), comment, last reported and "Inaktuellt". */
export function followUpCell(
  column: FollowUpTextColumn,
  row: GridRow,
  t: TFunction,
  period: string | undefined,
): { node: ReactNode; full?: string } {
  const value = followUpValue(column, row.followUp);
  switch (value.kind) {
    case 'none':
      return { node: '' };
    case 'status': {
      const word = t(`report:status.${value.status}`);
      return {
        node: (
          <span className={`grid-report-status grid-report-status-${value.status}`}>
            <span className="grid-status-dot" aria-hidden="true" />
            {word}
          </span>
        ),
        full: word,
      };
    }
    case 'text':
      return { node: value.text, full: value.text };
    case 'lastReported': {
      const when = value.period ?? t('followUp.never');
      if (!value.isStale) return { node: when, full: when };
      const why = t('followUp.staleTitle', { period, last: when });
      return {
        node: (
          <>
            {when} <span className="grid-stale">{t('followUp.stale')}</span>
          </>
        ),
        full: why,
      };
    }
  }
}
