import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { TMeasure } from '../../../shared/schemas/measure';
import { useNavigate } from '../../app/as-of-links';
import type { CellContext } from './cell-content';
import { canEditCell, type EditableColumn, type EditContext } from './cell-edit';
import type { ColumnDef, ColumnId } from './grid-columns';
import type { GridSort } from './grid-filters';
import type { GridItem } from './grid-groups';
import { keyAction } from './grid-keys';
import type { AmountSums } from './grid-model';
import { type CellPosition, clampPosition, moveFocus } from './grid-navigation';
import { GridHeaderRow, GridMeasureRow, GridSumRow, useColumnLabel } from './grid-rows';
import { CountLabel, GroupLabel } from './group-label';
import { type GridSaver, useGridEditing } from './use-grid-editing';
import type { GridAmountUnit } from './use-grid-settings';
import { useGridViewport } from './use-grid-viewport';
import { segments, visibleRange } from './windowing';

/** Every body row has this height (CSS `.measures-grid tbody tr`), which is what makes windowing exact. */
export const ROW_HEIGHT = 32;

interface Props {
  items: readonly GridItem[];
  columns: readonly ColumnDef[];
  total: AmountSums;
  totalCount: number;
  year: number;
  /** The period the follow-up columns are as of (when shown). */
  period?: string | undefined;
  unit: GridAmountUnit;
  sort: GridSort | undefined;
  onSort: (column: ColumnId) => void;
  /** Expands or collapses a unit's group (grouped by unit). */
  onToggleGroup: (unitId: string) => void;
  editContext: EditContext;
  /** Whether the user may edit this measure (the server decides too). */
  canEdit: (measure: TMeasure) => boolean;
  /** No edit affordances at all (readers and auditors). */
  isReadOnly: boolean;
  groupOptions: readonly string[];
  measureHref: (measureId: string) => string;
  saver: GridSaver;
  labelId: string;
  helpId: string;
}

/**
 * The measures as an ARIA grid with a roving tabindex: one cell is in the tab order, arrows and the usual
 * spreadsheet keys move it, Enter/F2/typing edits. Only the rows in view are rendered.
 */
export function MeasuresGrid(props: Props) {
  const { items, columns, year, unit, sort, editContext, saver, isReadOnly } = props;
  const { t } = useTranslation('grid');
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<CellPosition>({ row: 1, col: 0 });
  const focusPending = useRef(false);
  const { view, onScroll, reveal } = useGridViewport(scrollRef, tableRef, ROW_HEIGHT);

  const rowCount = items.length + 2;
  const isTree = items.some((item) => item.kind === 'group');
  const bounds = {
    rowCount,
    colCount: columns.length,
    pageSize: Math.max(1, Math.floor((view.height - 2 * ROW_HEIGHT) / ROW_HEIGHT) - 1),
  };
  const position = clampPosition(active, bounds);
  const range = visibleRange(view.firstRow * ROW_HEIGHT, view.height, ROW_HEIGHT, items.length);
  const activeItem = position.row - 1;
  const parts = segments(range, [activeItem], items.length);

  const moveTo = (next: CellPosition) => {
    focusPending.current = true;
    setActive(clampPosition(next, bounds));
  };

  // After a keyboard move: scroll the active cell into view (clear of the sticky header and total row) and
  // give it focus. Mouse focus needs neither.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const cell = tableRef.current?.querySelector<HTMLElement>(
      `[data-row="${position.row}"][data-col="${position.col}"]`,
    );
    if (!cell) return;
    reveal(cell, position, rowCount, columns[0]?.width ?? 0);
    cell.focus({ preventScroll: true });
  });

  const cellContext: CellContext = { t, unit, period: props.period, measureHref: props.measureHref };
  const columnLabel = useColumnLabel(year);

  const editableMeasure = (
    item: GridItem | undefined,
    column: ColumnDef | undefined,
  ): TMeasure | undefined => {
    if (isReadOnly || !item || item.kind !== 'measure' || !column) return undefined;
    const measure = item.row.measure;
    if (!props.canEdit(measure) || !canEditCell(column.id, measure, editContext)) return undefined;
    return measure;
  };

  const { editing, startEditing, renderEditor, dialog } = useGridEditing({
    t,
    editContext,
    saver,
    groupOptions: props.groupOptions,
    columnLabel,
    position,
    moveTo,
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    const next = moveFocus(position, event, bounds);
    if (next) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    const column = columns[position.col];
    if (!column) return;
    const item = items[position.row - 1];
    const measure = position.row === 0 ? undefined : editableMeasure(item, column);
    const action = keyAction(event, {
      isHeader: position.row === 0,
      isMeasure: item?.kind === 'measure',
      isGroup: item?.kind === 'group',
      isEditable: measure !== undefined,
      opensMeasure: column.id === 'code' || column.id === 'title',
    });
    if (action.kind === 'none') return;
    event.preventDefault();
    if (action.kind === 'sort') props.onSort(column.id);
    else if (action.kind === 'toggle' && item?.kind === 'group') props.onToggleGroup(item.group.unitId);
    else if (action.kind === 'open' && item?.kind === 'measure')
      navigate(props.measureHref(item.row.measure.id));
    else if (action.kind === 'edit' && measure) startEditing(measure, column.id as EditableColumn);
    else if (action.kind === 'replace' && measure)
      startEditing(measure, column.id as EditableColumn, action.text);
  };

  const cellAt = (target: EventTarget): CellPosition | undefined => {
    const cell = (target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!cell || !tableRef.current?.contains(cell)) return undefined;
    return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
  };

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const at = cellAt(event.target);
    if (at && (at.row !== position.row || at.col !== position.col)) setActive(at);
  };

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const at = cellAt(event.target);
    if (at?.row === 0 && !editing) {
      const column = columns[at.col];
      if (column) props.onSort(column.id);
      return;
    }
    const item = at && !editing ? items[at.row - 1] : undefined;
    if (item?.kind === 'group' && at?.col === 0) props.onToggleGroup(item.group.unitId);
  };

  const onDoubleClick = (event: MouseEvent<HTMLTableElement>) => {
    const at = cellAt(event.target);
    if (!at || editing) return;
    const column = columns[at.col];
    const measure = editableMeasure(items[at.row - 1], column);
    if (measure && column) startEditing(measure, column.id as EditableColumn);
  };

  const activeCol = (row: number) => (row === position.row ? position.col : undefined);

  const renderItem = (index: number) => {
    const item = items[index]!;
    const row = index + 1;
    if (item.kind === 'group') {
      return (
        <GridSumRow
          key={`group-${item.group.unitId}`}
          row={row}
          columns={columns}
          label={<GroupLabel group={item.group} isExpanded={item.isExpanded} />}
          title={t('grid.groupTitle', { path: item.group.path })}
          level={item.group.depth + 1}
          isExpanded={item.isExpanded}
          unitId={item.group.unitId}
          sums={item.group.sums}
          unit={unit}
          activeCol={activeCol(row)}
          className={`grid-group-row grid-group-depth-${Math.min(item.group.depth, 3)}`}
        />
      );
    }
    const measure = item.row.measure;
    return (
      <GridMeasureRow
        key={measure.id}
        row={row}
        level={isTree ? (item.depth ?? 0) + 1 : undefined}
        gridRow={item.row}
        columns={columns}
        activeCol={activeCol(row)}
        mayEdit={!isReadOnly && props.canEdit(measure)}
        isReadOnly={isReadOnly}
        editContext={editContext}
        cellContext={cellContext}
        editingColumn={editing?.measureId === measure.id ? editing.column : undefined}
        renderEditor={renderEditor}
        saving={saver.saving}
        errors={saver.errors}
      />
    );
  };

  const totalWidth = columns.reduce((sum, column) => sum + column.width, 0);

  return (
    <div className="grid-scroll" ref={scrollRef} onScroll={onScroll}>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is grid or treegrid (grouped by unit), and both support aria-readonly; a table with that role is the ARIA data grid pattern (its cells keep their header associations) */}
      <table
        ref={tableRef}
        role={isTree ? 'treegrid' : 'grid'}
        className="measures-grid"
        aria-labelledby={props.labelId}
        aria-describedby={props.helpId}
        aria-rowcount={rowCount}
        aria-colcount={columns.length}
        aria-readonly={isReadOnly || undefined}
        style={{ width: totalWidth }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <GridHeaderRow
            columns={columns}
            sort={sort}
            unit={unit}
            year={year}
            period={props.period}
            activeCol={activeCol(0)}
          />
        </thead>
        <tbody>
          {parts.map((part) =>
            part.kind === 'row' ? (
              renderItem(part.index)
            ) : (
              <tr key={`gap-${part.start}`} className="grid-gap">
                <td aria-hidden="true" colSpan={columns.length} style={{ height: part.rows * ROW_HEIGHT }} />
              </tr>
            ),
          )}
        </tbody>
        <tfoot>
          <GridSumRow
            row={rowCount - 1}
            columns={columns}
            label={<CountLabel label={t('grid.total')} count={props.totalCount} />}
            sums={props.total}
            unit={unit}
            activeCol={activeCol(rowCount - 1)}
            className="grid-total-row"
          />
        </tfoot>
      </table>
      {dialog}
    </div>
  );
}
