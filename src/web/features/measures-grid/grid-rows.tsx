import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMeasure } from '../../../shared/schemas/measure';
import { type CellContext, cellContent, GridAmount } from './cell-content';
import { canEditCell, type EditContext } from './cell-edit';
import type { ColumnDef, ColumnId } from './grid-columns';
import type { GridSort } from './grid-filters';
import { AMOUNT_COLUMNS, type AmountColumn, type AmountSums, type GridRow } from './grid-model';
import type { GridAmountUnit } from './use-grid-settings';

/**
 * The grid's rows. Every row has one cell per column (so arrow keys always land on a cell); `row` is the
 * grid row index from 0 = the header, and `activeCol` is the column of the active cell when it is in this
 * row (that cell alone is in the tab order).
 */

export const isAmountColumn = (id: ColumnId): id is AmountColumn =>
  (AMOUNT_COLUMNS as readonly string[]).includes(id);

export function cellKey(measureId: string, column: ColumnId): string {
  return `${measureId}:${column}`;
}

function cellPosition(row: number, col: number, activeCol: number | undefined) {
  return { tabIndex: col === activeCol ? 0 : -1, 'data-row': row, 'data-col': col };
}

export function useColumnLabel(year: number) {
  const { t } = useTranslation('grid');
  return (id: ColumnId) => t(`columns.${id}`, { year });
}

export function GridHeaderRow(props: {
  columns: readonly ColumnDef[];
  sort: GridSort | undefined;
  unit: GridAmountUnit;
  year: number;
  /** The period the follow-up columns are as of. */
  period?: string | undefined;
  activeCol: number | undefined;
}) {
  const { t } = useTranslation('grid');
  const label = useColumnLabel(props.year);
  return (
    <tr aria-rowindex={1}>
      {props.columns.map((column, col) => {
        const direction = props.sort?.column === column.id ? props.sort.direction : undefined;
        const note =
          column.id === 'planned'
            ? t('plannedNote', { unit: props.unit })
            : column.isFollowUp
              ? t(`followUp.note.${column.id}`, { unit: props.unit, period: props.period })
              : isAmountColumn(column.id)
                ? t('amountNote', { unit: props.unit })
                : undefined;
        return (
          <th
            key={column.id}
            scope="col"
            {...cellPosition(0, col, props.activeCol)}
            aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined}
            title={t('grid.sortBy', { column: label(column.id) })}
            className={column.isNumeric ? 'num' : undefined}
          >
            <span className="grid-header-label">
              {label(column.id)}
              {note ? <span className="grid-header-note">{note}</span> : null}
            </span>
            <span className="grid-sort-mark" aria-hidden="true">
              {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
            </span>
          </th>
        );
      })}
    </tr>
  );
}

/** A group heading or the total: the label spans the columns before the first amount, then the sums. */
export function GridSumRow(props: {
  row: number;
  columns: readonly ColumnDef[];
  label: ReactNode;
  sums: AmountSums;
  unit: GridAmountUnit;
  activeCol: number | undefined;
  className: string;
  /** A unit's group in the tree: its level (1 = top), whether it is expanded, its full name. */
  level?: number;
  isExpanded?: boolean;
  title?: string;
  unitId?: string;
}) {
  const { columns } = props;
  const firstAmount = columns.findIndex((column) => isAmountColumn(column.id));
  const labelWidth = columns
    .slice(0, firstAmount < 0 ? columns.length : firstAmount)
    .reduce((sum, column) => sum + column.width, 0);
  // The label shrinks as the grid scrolls sideways (--grid-scroll-left), so it never covers a sum.
  const width = `max(${(columns[0]?.width ?? 0) - 16}px, calc(${labelWidth - 16}px - var(--grid-scroll-left, 0px)))`;
  return (
    <tr
      aria-rowindex={props.row + 1}
      aria-level={props.level}
      aria-expanded={props.isExpanded}
      data-unit={props.unitId}
      className={props.className}
    >
      {columns.map((column, col) => {
        const position = cellPosition(props.row, col, props.activeCol);
        if (col === 0) {
          return (
            <th key={column.id} scope="row" {...position} title={props.title}>
              <span className="grid-sum-label" style={{ width }}>
                {props.label}
              </span>
            </th>
          );
        }
        return (
          <td key={column.id} {...position} className={column.isNumeric ? 'num' : undefined}>
            {isAmountColumn(column.id) ? (
              <GridAmount kronor={props.sums[column.id]} unit={props.unit} />
            ) : null}
          </td>
        );
      })}
    </tr>
  );
}

export function GridMeasureRow(props: {
  row: number;
  /** The row's level in the unit tree (grouped by unit). */
  level?: number | undefined;
  gridRow: GridRow;
  columns: readonly ColumnDef[];
  activeCol: number | undefined;
  /** The user may edit this measure (false for everyone in a read-only grid). */
  mayEdit: boolean;
  isReadOnly: boolean;
  editContext: EditContext;
  cellContext: CellContext;
  /** The column being edited in this row, if any. */
  editingColumn: ColumnId | undefined;
  renderEditor: (measure: TMeasure, column: ColumnDef, errorId: string) => ReactNode;
  /** The cells being saved, with the value each had before. */
  saving: ReadonlyMap<string, string | undefined>;
  errors: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('grid');
  const { gridRow, mayEdit } = props;
  const measure = gridRow.measure;
  return (
    <tr
      aria-rowindex={props.row + 1}
      aria-level={props.level}
      data-measure={measure.id}
      className={gridRow.followUp?.isStale ? 'is-stale' : undefined}
    >
      {props.columns.map((column, col) => {
        const key = cellKey(measure.id, column.id);
        const isEditable = mayEdit && canEditCell(column.id, measure, props.editContext);
        const isEditing = props.editingColumn === column.id;
        const isSaving = props.saving.has(key);
        const savingWas = props.saving.get(key);
        const error = props.errors.get(key);
        const errorId = `grid-error-${measure.id}-${column.id}`;
        const content = cellContent(column.id, gridRow, props.cellContext);
        const plannedElsewhere = column.id === 'planned' && mayEdit && !isEditable;
        const className = [
          column.isNumeric && 'num',
          isEditable && 'is-editable',
          isEditing && 'is-editing',
          error && 'is-invalid',
          isSaving && 'is-saving',
        ]
          .filter(Boolean)
          .join(' ');
        const cellProps = {
          ...cellPosition(props.row, col, props.activeCol),
          'data-column': column.id,
          className: className || undefined,
          title: error ?? (plannedElsewhere ? t('grid.plannedOnMeasurePage') : content.full),
          'aria-readonly': !props.isReadOnly && !isEditable ? true : undefined,
          'aria-busy': isSaving || undefined,
          'aria-describedby': error && !isEditing ? errorId : undefined,
        };
        const inner = isEditing ? (
          props.renderEditor(measure, column, errorId)
        ) : (
          <>
            <div className="grid-cell-text">{content.node}</div>
            {isSaving && savingWas !== undefined ? (
              <span className="grid-editor-was">{t('edit.was', { value: savingWas })}</span>
            ) : null}
            {error ? (
              <span id={errorId} className="visually-hidden">
                {error}
              </span>
            ) : null}
          </>
        );
        return column.id === 'code' ? (
          <th key={column.id} scope="row" {...cellProps}>
            {inner}
          </th>
        ) : (
          <td key={column.id} {...cellProps}>
            {inner}
          </td>
        );
      })}
    </tr>
  );
}
