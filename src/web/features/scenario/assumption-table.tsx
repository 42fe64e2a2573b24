import { type ClipboardEvent, type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenPlanLevel } from '../../../domain/scenario/plan-level';
import { ASSUMPTION_ROWS, type AssumptionKey, formatMnkr } from '../../../shared/scenario-assumptions';
import { localNumber } from '../../app/page-locale';
import type { TablePosition } from './assumption-paste';
import { cellPlace } from './parse-draft';
import type { ScenarioDraft } from './scenario-draft';
import { moveInTable } from './table-navigation';

interface Props {
  draft: ScenarioDraft;
  years: readonly number[];
  isEditable: boolean;
  /** The plan level row is typed only with levels given per year; otherwise it shows the plan's. */
  isPlanLevelEditable: boolean;
  chosen: readonly ChosenPlanLevel[] | undefined;
  /** The problem to show at a place, if any. */
  errorAt: (place: string) => string | undefined;
  onCellChange?: (column: number, key: AssumptionKey, text: string) => void;
  /** Returns whether the paste was taken over (a block); false lets the input paste the text itself. */
  onPaste?: (at: TablePosition, text: string) => boolean;
}

const cellId = (row: number, column: number) => `assumption-${row}-${column}`;

/**
 * The assumption table: one row per assumption (ASSUMPTION_ROWS), one column per year, a text input per cell
 * named by row and year ("Löneökning (%) 2025"). Tab goes through the cells row by row; the arrow keys and
 * Enter move as in a spreadsheet; a pasted block is handed to `onPaste`.
 */
export function AssumptionTable(props: Props) {
  const { draft, years, isEditable, isPlanLevelEditable, chosen, errorAt } = props;
  const { t } = useTranslation('scenario');
  const table = useRef<HTMLTableElement>(null);
  const editableRows = ASSUMPTION_ROWS.map((row, index) => ({ row, index }))
    .filter(({ row }) => row.key !== 'planLevel' || isPlanLevelEditable)
    .map(({ index }) => index);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, at: TablePosition) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const input = event.currentTarget;
    const nothingSelected = input.selectionStart === input.selectionEnd;
    const next = moveInTable(
      at,
      {
        key: event.key,
        shiftKey: event.shiftKey,
        isCaretAtStart: nothingSelected && input.selectionStart === 0,
        isCaretAtEnd: nothingSelected && input.selectionEnd === input.value.length,
      },
      { editableRows, columnCount: years.length },
    );
    if (!next) return;
    const target = table.current?.querySelector<HTMLInputElement>(`#${cellId(next.row, next.column)}`);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.select();
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>, at: TablePosition) => {
    if (props.onPaste?.(at, event.clipboardData.getData('text/plain'))) event.preventDefault();
  };

  return (
    <div className="table-scroll assumption-scroll">
      <table ref={table} className="table assumption-table" data-testid="assumption-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.assumption')}</th>
            {years.map((year) => (
              <th key={year} scope="col" className="num">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ASSUMPTION_ROWS.map((row, rowIndex) => {
            const label = t(`rows.${row.key}`);
            const isReadOnlyRow = !isEditable || (row.key === 'planLevel' && !isPlanLevelEditable);
            return (
              <tr
                key={row.key}
                data-row={row.key}
                className={row.key === 'planLevel' ? 'plan-level-row' : undefined}
              >
                <th scope="row">{label}</th>
                {years.map((year, column) => {
                  const place = cellPlace(column, row.key);
                  const error = errorAt(place);
                  const errorId = `${cellId(rowIndex, column)}-error`;
                  if (isReadOnlyRow) {
                    return (
                      <td key={year} className="num" data-cell={`${row.key}-${year}`}>
                        <ReadOnlyCell
                          text={draft.columns[column]?.[row.key] ?? ''}
                          choice={
                            row.key === 'planLevel' && !isPlanLevelEditable ? chosen?.[column] : undefined
                          }
                        />
                      </td>
                    );
                  }
                  return (
                    <td key={year} className="num" data-cell={`${row.key}-${year}`}>
                      <input
                        id={cellId(rowIndex, column)}
                        className="assumption-input"
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={t('table.cell', { row: label, year })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        value={draft.columns[column]?.[row.key] ?? ''}
                        onChange={(event) => props.onCellChange?.(column, row.key, event.target.value)}
                        onKeyDown={(event) => onKeyDown(event, { row: rowIndex, column })}
                        onPaste={(event) => onPaste(event, { row: rowIndex, column })}
                      />
                      {error ? (
                        <span id={errorId} className="cell-error">
                          {error}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A cell one cannot type in: its text, or for the plan level the level the plan gives and from where. */
function ReadOnlyCell({ text, choice }: { text: string; choice: ChosenPlanLevel | undefined }) {
  const { t, i18n } = useTranslation('scenario');
  if (!choice) return <>{text === '' ? '–' : text}</>;
  return (
    <>
      <span className="amount">{localNumber(formatMnkr(choice.planLevel), i18n.language)}</span>
      <span className="cell-note">{t(`planSource.${choice.source}`)}</span>
    </>
  );
}
