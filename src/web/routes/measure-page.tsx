import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import type { TMeasure } from '../../shared/schemas/measure';
import type { TPlan } from '../../shared/schemas/plan';
import { ApiError } from '../api/client';
import { deleteMeasure } from '../api/endpoints';
import { useAccess } from '../app/access';
import { useAsOf } from '../app/as-of';
import { Link, useNavigate } from '../app/as-of-links';
import { useOrgUnits, usePlans } from '../app/plan-context';
import { MissingAsOf, NotAsOf } from '../components/as-of';
import { ConfirmDialog } from '../components/confirm-dialog';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { formatMoment, unitPath } from '../features/measure/display';
import { newMeasureInput } from '../features/measure/draft';
import { planYears } from '../features/measure/effects-grid';
import type { MeasureContext } from '../features/measure/form-api';
import { MeasureEditor, type SaveOutcome } from '../features/measure/measure-editor';
import { MeasureView } from '../features/measure/measure-view';
import { historyKey, invalidateAfterChange, useMeasure, useUsers } from '../features/measure/queries';

function useMeasureContext(plan: TPlan | undefined): MeasureContext | undefined {
  const units = useOrgUnits().data;
  const { users } = useUsers();
  if (!plan || !units) return undefined;
  return { plan, years: planYears(plan), units, users };
}

function Breadcrumbs({ planId, current }: { planId: string; current: string }) {
  const { t } = useTranslation('measure');
  return (
    <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
      <ol>
        <li>
          <Link to={`/planer/${planId}/atgarder`}>{t('common:nav.measures')}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

/** A message after a save, announced to screen readers and focused so keyboard users land on it. */
function Notice({ notice }: { notice: { text: string; at: number } | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  return (
    <div role="status" className="notice-region">
      {notice ? (
        <p ref={ref} tabIndex={-1} className="alert alert-ok" data-testid="notice">
          {notice.text}
        </p>
      ) : null}
    </div>
  );
}

function ExistingMeasure({
  planId,
  measure,
  context,
}: {
  planId: string;
  measure: TMeasure;
  context: MeasureContext;
}) {
  const { t } = useTranslation('measure');
  const access = useAccess();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [mode, setMode] = useState<'view' | 'edit'>('view');
  const [notice, setNotice] = useState<{ text: string; at: number } | undefined>(() =>
    (location.state as { created?: boolean } | null)?.created
      ? { text: t('notice.created'), at: 0 }
      : undefined,
  );
  // The "created" message belongs to the moment of creation, not to a later visit through the history.
  useEffect(() => {
    if (location.state) navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [location, navigate]);
  const heading = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const canEdit = access.canEditMeasure(measure);
  const name = `${measure.code} ${measure.title}`;
  usePageTitle(mode === 'edit' ? t('title.edit', { name }) : name);

  const toView = (message?: string) => {
    setMode('view');
    setNotice(message ? { text: message, at: Date.now() } : undefined);
    if (!message) requestAnimationFrame(() => editButton.current?.focus());
  };
  const onSaved = (_saved: TMeasure, outcome: SaveOutcome) => toView(t(`notice.${outcome}`));
  const onDelete = async () => {
    await deleteMeasure(measure.id, measure.version).catch(async (error: unknown) => {
      await client.invalidateQueries({ queryKey: ['measure', measure.id] });
      throw error;
    });
    navigate(`/planer/${planId}/atgarder`, { state: { deleted: name } });
    client.removeQueries({ queryKey: ['measure', measure.id] });
    client.removeQueries({ queryKey: historyKey(measure.id) });
    await invalidateAfterChange(client, undefined);
  };
  const unitIds = context.units
    .filter((u) => access.canEditMeasure({ orgUnitId: u.id, responsibleUserId: measure.responsibleUserId }))
    .map((u) => u.id);

  return (
    <article className="measure-page" data-mode={mode}>
      <Breadcrumbs planId={planId} current={measure.code} />
      <header className="measure-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {mode === 'edit' ? <span className="heading-prefix">{t('title.editPrefix')} </span> : null}
            <span className="measure-code">{measure.code}</span> {measure.title}
          </h1>
          <p className="measure-meta">
            <span>{unitPath(context.units, measure.orgUnitId)}</span>
            <span className={`badge status-${measure.status}`}>{t(`enums:status.${measure.status}`)}</span>
            <span>
              {t('meta.updated', {
                at: formatMoment(measure.updatedAt),
                version: measure.version,
              })}
            </span>
          </p>
        </div>
        {canEdit && mode === 'view' ? (
          <div className="measure-actions">
            <button
              ref={editButton}
              type="button"
              className="button button-primary"
              onClick={() => {
                setNotice(undefined);
                setMode('edit');
                requestAnimationFrame(() => heading.current?.focus());
              }}
            >
              {t('common:edit')}
            </button>
            <ConfirmDialog
              trigger={t('delete.trigger')}
              triggerClassName="button button-danger"
              title={t('delete.title')}
              confirm={t('delete.confirm')}
              onConfirm={onDelete}
              isDanger
            >
              <p>{t('delete.message', { name })}</p>
              <p className="help">{t('delete.history')}</p>
            </ConfirmDialog>
          </div>
        ) : null}
      </header>
      <Notice notice={notice} />
      {mode === 'edit' ? (
        <MeasureEditor
          mode="edit"
          measure={measure}
          context={context}
          unitIds={unitIds}
          onSaved={onSaved}
          onCancel={() => toView()}
        />
      ) : (
        <MeasureView measure={measure} context={context} />
      )}
    </article>
  );
}

/** A measure that did not exist as of the address's `per` (nor, perhaps, its plan). */
function MissingMeasure({ planId, what = 'measure' }: { planId: string; what?: 'plan' | 'measure' }) {
  const { t } = useTranslation();
  const heading = t('asOf.missing.measureHeading');
  usePageTitle(heading);
  return (
    <article className="measure-page">
      <Breadcrumbs planId={planId} current={heading} />
      <h1>{heading}</h1>
      <MissingAsOf what={what}>{null}</MissingAsOf>
    </article>
  );
}

function MeasureLoader({ planId, id, context }: { planId: string; id: string; context: MeasureContext }) {
  const query = useMeasure(id);
  const asOf = useAsOf();
  // As of an instant before the measure was created (or after it was deleted) the server answers 404.
  if (asOf && query.error instanceof ApiError && query.error.status === 404) {
    return <MissingMeasure planId={planId} />;
  }
  return (
    <QueryState query={query}>
      {(measure) => <ExistingMeasure key={measure.id} planId={planId} measure={measure} context={context} />}
    </QueryState>
  );
}

function NewMeasure({ planId, context }: { planId: string; context: MeasureContext }) {
  const { t } = useTranslation('measure');
  const access = useAccess();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  usePageTitle(t('title.create'));
  const unitIds = context.units.filter((u) => access.canCreateMeasureIn(u.id)).map((u) => u.id);
  const wanted = search.get('enhet');
  const [initial] = useState(() => newMeasureInput(wanted && unitIds.includes(wanted) ? wanted : ''));
  return (
    <article className="measure-page" data-mode="create">
      <Breadcrumbs planId={planId} current={t('title.create')} />
      <header className="measure-header">
        <h1>{t('title.create')}</h1>
      </header>
      {access.isAsOf ? (
        <NotAsOf>{null}</NotAsOf>
      ) : unitIds.length === 0 ? (
        <p className="alert alert-warning">{t('form.cannotCreate')}</p>
      ) : (
        <MeasureEditor
          mode="create"
          initial={initial}
          context={context}
          unitIds={unitIds}
          onSaved={(created) =>
            navigate(`/planer/${planId}/atgarder/${created.id}`, { state: { created: true } })
          }
          onCancel={() => navigate(`/planer/${planId}/atgarder`)}
        />
      )}
    </article>
  );
}

/**
 * One measure (`/planer/:planId/atgarder/:measureId`): every field of SPEC §2 in sections, read-only by
 * default; "Ändra" for those who may edit. `/planer/:planId/atgarder/ny?enhet=…` creates a measure.
 */
export function MeasurePage() {
  const { t } = useTranslation('measure');
  const { planId = '', measureId } = useParams();
  const asOf = useAsOf();
  const plans = usePlans();
  const context = useMeasureContext(plans.data?.find((p) => p.id === planId));
  return (
    <QueryState query={plans}>
      {() => {
        if (!plans.data?.some((p) => p.id === planId)) {
          if (asOf) return <MissingMeasure planId={planId} what="plan" />;
          return (
            <p className="alert alert-error" role="alert">
              {t('noPlan')}
            </p>
          );
        }
        if (!context) {
          return (
            <p className="loading" role="status">
              {t('common:loading')}
            </p>
          );
        }
        return measureId ? (
          <MeasureLoader planId={planId} id={measureId} context={context} />
        ) : (
          <NewMeasure planId={planId} context={context} />
        );
      }}
    </QueryState>
  );
}
