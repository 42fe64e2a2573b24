import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subtreeIds } from '../../../domain/org-tree';
import { DEFAULT_GROUPS } from '../../../shared/enums';
import type { TMeasure } from '../../../shared/schemas/measure';
import type { TOrgUnit } from '../../../shared/schemas/org-unit';
import type { TPlan } from '../../../shared/schemas/plan';
import { useAccess } from '../../app/access';
import { Link } from '../../app/as-of-links';
import { planSearch } from '../../app/plan-context';
import { Amount } from '../../components/amount';
import type { EditContext } from './cell-edit';
import { ColumnChooser } from './column-chooser';
import { visibleColumns } from './grid-columns';
import { filterRows, type GridFilters, hasNarrowingFilters } from './grid-filters';
import { gridItems } from './grid-groups';
import { buildRows, sumRows } from './grid-model';
import { useMeasureFollowUp, useTenantGroups, useUnitSummary } from './grid-queries';
import { sortRows } from './grid-sort';
import { GridToolbar } from './grid-toolbar';
import { MeasuresGrid } from './measures-grid';
import { useGridSettings } from './use-grid-settings';
import { useGridUndo } from './use-grid-undo';
import { type SaveEvent, useMeasureSaver } from './use-measure-saver';
import { useStableOrder } from './use-stable-order';

interface Props {
  plan: TPlan;
  year: number;
  units: readonly TOrgUnit[];
  measures: readonly TMeasure[];
  filters: GridFilters;
  /** `?period=`: the period the follow-up columns are as of (absent: the year's latest with reports). */
  period?: string | undefined;
  onFilters: (changes: Partial<GridFilters>, options?: { replace?: boolean }) => void;
}

/** The measures grid page body: heading, filters, column chooser, the grid and its totals. */
export function MeasuresView({ plan, year, units, measures, filters, period, onFilters }: Props) {
  const { t } = useTranslation('grid');
  const access = useAccess();
  const labelId = useId();
  const helpId = useId();
  const { settings, update, reset } = useGridSettings();
  const [announcement, setAnnouncement] = useState('');
  const tenantGroups = useTenantGroups();
  const summary = useUnitSummary(plan.id, year, filters.unitId);

  const unit = units.find((u) => u.id === filters.unitId);
  const scope = useMemo(() => (unit ? subtreeIds(units, unit.id) : undefined), [units, unit]);
  const followUp = useMeasureFollowUp(plan.id, year, period);
  const followUpPeriod = followUp.data?.period ?? undefined;
  const followUpById = useMemo(
    () => (followUp.data ? new Map(followUp.data.items.map((item) => [item.measureId, item])) : undefined),
    [followUp.data],
  );
  const rows = useMemo(
    () => buildRows(measures, units, plan.convention, year, followUpById),
    [measures, units, plan, year, followUpById],
  );
  const viewKey = useMemo(
    () => JSON.stringify([filters, year, followUpPeriod, measures.map((m) => m.id).sort()]),
    [filters, year, followUpPeriod, measures],
  );
  const ordered = useStableOrder(rows, viewKey, (all) =>
    sortRows(filterRows(all, filters, scope), filters.sort),
  );
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const items = useMemo(
    () => gridItems(ordered, filters.groupBy, { units, rootId: filters.unitId, collapsed }),
    [ordered, filters.groupBy, units, filters.unitId, collapsed],
  );
  const onToggleGroup = useCallback(
    (unitId: string) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (!next.delete(unitId)) next.add(unitId);
        return next;
      }),
    [],
  );
  const total = useMemo(() => sumRows(ordered), [ordered]);
  const columns = useMemo(
    () => visibleColumns(settings.columns, followUpPeriod ? { hidden: settings.hiddenFollowUp } : undefined),
    [settings.columns, settings.hiddenFollowUp, followUpPeriod],
  );
  const staleCount = ordered.filter((row) => row.followUp?.isStale).length;

  const groupOptions = useMemo(() => {
    const list: string[] = [...(tenantGroups.data ?? DEFAULT_GROUPS)];
    for (const m of measures) if (m.group && !list.includes(m.group)) list.push(m.group);
    return list;
  }, [tenantGroups.data, measures]);

  const editContext: EditContext = useMemo(
    () => ({ convention: plan.convention, year, unit: settings.unit }),
    [plan.convention, year, settings.unit],
  );
  const recordRef = useRef<(event: Extract<SaveEvent, { kind: 'saved' }>) => void>(() => {});
  const onSaveEvent = useCallback(
    (event: SaveEvent) => {
      const values = { column: event.request.column, code: event.request.measure.code };
      const undone = event.request.undoes;
      if (event.kind === 'saved' && undone) {
        setAnnouncement(
          t('undo.done', { label: undone.label, from: undone.beforeText, to: undone.savedText }),
        );
      } else if (event.kind === 'saved') {
        recordRef.current(event);
        setAnnouncement(t('edit.saved', values));
      } else if (event.kind === 'failed')
        setAnnouncement(t('edit.failed', { ...values, message: event.message }));
      else setAnnouncement(t('edit.kept', values));
    },
    [t],
  );
  const saver = useMeasureSaver(plan.id, onSaveEvent);
  const undo = useGridUndo({ t, measures, editContext, save: saver.save, announce: setAnnouncement });
  recordRef.current = undo.record;
  const search = planSearch(year, filters.unitId);
  const measureHref = useCallback(
    (id: string) => `/planer/${plan.id}/atgarder/${id}${search}`,
    [plan.id, search],
  );
  const onSort = (column: (typeof columns)[number]['id']) => {
    const direction = filters.sort?.column === column && filters.sort.direction === 'asc' ? 'desc' : 'asc';
    onFilters({ sort: { column, direction } });
  };

  const narrowed = hasNarrowingFilters(filters);
  const serverTotal = summary.data?.total.planned;

  return (
    <>
      <div className="grid-heading">
        <h1 id={labelId}>{t('title')}</h1>
        <div className="grid-heading-actions">
          {access.isReadOnly ? null : (
            <button
              type="button"
              className="button"
              disabled={!undo.last}
              onClick={undo.undo}
              title={
                undo.last
                  ? t('undo.what', {
                      label: undo.last.label,
                      from: undo.last.beforeText,
                      to: undo.last.savedText,
                    })
                  : t('undo.nothing')
              }
              data-testid="grid-undo"
            >
              {t('undo.button')}
            </button>
          )}
          <ColumnChooser
            settings={settings}
            year={year}
            period={followUpPeriod}
            onChange={update}
            onReset={reset}
          />
          {access.canCreateAnyMeasure ? (
            <Link
              className="button button-primary"
              to={`/planer/${plan.id}/atgarder/ny${planSearch(year, filters.unitId)}`}
            >
              {t('newMeasure')}
            </Link>
          ) : null}
        </div>
      </div>
      <p className="grid-context" data-testid="grid-context">
        {t('context', {
          unit: unit?.name ?? t('wholeOrganisation'),
          year,
          shown: ordered.length,
          total: scope ? measures.filter((m) => scope.has(m.orgUnitId)).length : measures.length,
        })}
      </p>
      {followUpPeriod ? (
        <p className="grid-follow-up" data-testid="grid-follow-up">
          {t('followUp.context', { period: followUpPeriod })}{' '}
          {staleCount > 0 ? (
            <span className="grid-stale" title={t('followUp.staleExplained')}>
              {t('followUp.staleCount', { count: staleCount })}
            </span>
          ) : null}
        </p>
      ) : null}
      <GridToolbar filters={filters} groupOptions={groupOptions} onChange={onFilters} />
      <p id={helpId} className="help grid-help">
        {t('grid.help')} {access.isReadOnly ? null : t('grid.editHelp')}{' '}
        {filters.groupBy === 'unit' ? t('grid.treeHelp') : null}
      </p>
      <MeasuresGrid
        items={items}
        columns={columns}
        total={total}
        totalCount={ordered.length}
        year={year}
        period={followUpPeriod}
        unit={settings.unit}
        sort={filters.sort}
        onSort={onSort}
        onToggleGroup={onToggleGroup}
        editContext={editContext}
        canEdit={access.canEditMeasure}
        isReadOnly={access.isReadOnly}
        groupOptions={groupOptions}
        measureHref={measureHref}
        saver={saver}
        labelId={labelId}
        helpId={helpId}
      />
      {ordered.length === 0 ? <p className="grid-empty">{t('grid.noRows')}</p> : null}
      <p className="grid-totals" data-testid="grid-totals">
        <span>
          {t('totals.planned', { year })}:{' '}
          <strong data-testid="grid-total">
            <Amount kronor={total.planned} unit="mnkr" />
          </strong>
        </span>
        {serverTotal !== undefined ? (
          <span>
            {t('totals.server')}:{' '}
            <strong data-testid="summary-total">
              <Amount kronor={serverTotal} unit="mnkr" />
            </strong>{' '}
            {narrowed ? (
              <span className="help">({t('totals.filtered')})</span>
            ) : summary.isFetching || saver.saving.size > 0 ? null : serverTotal === total.planned ? (
              <span className="grid-total-ok">✓ {t('totals.matches')}</span>
            ) : (
              <span className="grid-total-differs" role="alert">
                {t('totals.differs')}
              </span>
            )}
          </span>
        ) : null}
      </p>
      <p className="grid-status" role="status" data-testid="grid-status">
        {announcement}
      </p>
      {saver.dialog}
    </>
  );
}
