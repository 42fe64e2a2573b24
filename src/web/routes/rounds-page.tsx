import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDay } from '../../shared/instant';
import type { TPlan } from '../../shared/schemas/plan';
import type { TRound } from '../../shared/schemas/round';
import { openRound } from '../api/rounds';
import { useAccess } from '../app/access';
import { Link, useNavigate } from '../app/as-of-links';
import { planSearch, useOrgUnits, usePlanLocation } from '../app/plan-context';
import { MissingAsOf, RoundsAreNow } from '../components/as-of';
import { IsoDateInput } from '../components/iso-date-input';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { PeriodFigures } from '../features/rounds/period-figures';
import { roundKey, useRounds, useRoundView } from '../features/rounds/queries';
import { fieldErrors, isMonth, periodYear, previousMonth, sortRounds } from '../features/rounds/rounds';

/**
 * Uppföljning (`/planer/:planId/uppfoljning?period=&ar=`): the plan's reporting rounds newest first, a form
 * for controllers to open one, and the follow-up figures of the plan as of a period.
 */
export function RoundsPage() {
  const { t } = useTranslation('rounds');
  const { plan, plans } = usePlanLocation();
  usePageTitle(t('title'));
  return (
    <QueryState query={plans}>
      {() =>
        plan ? (
          <FollowUp plan={plan} />
        ) : (
          <>
            <h1>{t('title')}</h1>
            <MissingAsOf what="plan">
              <p className="alert alert-error" role="alert">
                {t('planNotFound')}
              </p>
            </MissingAsOf>
          </>
        )
      }
    </QueryState>
  );
}

function FollowUp({ plan }: { plan: TPlan }) {
  const { t } = useTranslation('rounds');
  const access = useAccess();
  const rounds = useRounds(plan.id);
  const canOpen =
    !access.isAsOf && (access.canCreateAnyMeasure || (rounds.data ?? []).some((r) => r.canManage));
  return (
    <div className="rounds-page">
      <h1>{t('title')}</h1>
      <p className="rounds-lead">{plan.name}</p>
      <RoundsAreNow />
      <QueryState query={rounds}>
        {(list) => (
          <>
            <PeriodFigures plan={plan} rounds={list} />
            <RoundList planId={plan.id} rounds={list} />
          </>
        )}
      </QueryState>
      {canOpen ? <OpenRoundForm plan={plan} /> : null}
    </div>
  );
}

function RoundList({ planId, rounds }: { planId: string; rounds: TRound[] }) {
  const { t } = useTranslation('rounds');
  const sorted = useMemo(() => sortRounds(rounds), [rounds]);
  return (
    <section aria-labelledby="rounds-list-heading" className="rounds-section">
      <h2 id="rounds-list-heading">{t('list.heading')}</h2>
      {sorted.length === 0 ? (
        <p>{t('list.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table rounds-table" data-testid="rounds-list">
            <thead>
              <tr>
                <th scope="col">{t('list.period')}</th>
                <th scope="col">{t('list.unit')}</th>
                <th scope="col">{t('list.deadline')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col" className="num">
                  {t('list.progress')}
                </th>
                <th scope="col" className="num">
                  {t('list.overdue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((round) => (
                <RoundRow key={round.id} planId={planId} round={round} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RoundRow({ planId, round }: { planId: string; round: TRound }) {
  const { t } = useTranslation('rounds');
  const view = useRoundView(round.id);
  const { year, orgUnitId } = usePlanLocation();
  const totals = view.data?.totals;
  return (
    <tr data-round={round.id}>
      <th scope="row">
        <Link
          to={`/planer/${planId}/uppfoljning/${round.id}${planSearch(year, orgUnitId)}`}
          aria-label={t('list.open', { period: round.period, unit: round.orgUnitPath })}
        >
          {round.period}
        </Link>
      </th>
      <td>{round.orgUnitPath}</td>
      <td>{round.deadline}</td>
      <td>
        <StatusBadge status={round.status} />
      </td>
      <td className="num">
        {totals ? t('list.progressValue', { reported: totals.reported, due: totals.due }) : '…'}
      </td>
      <td className="num">{totals ? totals.overdue : '…'}</td>
    </tr>
  );
}

export function StatusBadge({ status }: { status: TRound['status'] }) {
  const { t } = useTranslation('rounds');
  return <span className={`badge rounds-status-${status}`}>{t(`status.${status}`)}</span>;
}

const FIELDS = ['period', 'orgUnitId', 'deadline'] as const;

function OpenRoundForm({ plan }: { plan: TPlan }) {
  const { t } = useTranslation('rounds');
  const access = useAccess();
  const units = useOrgUnits();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const id = useId();
  const managed = useMemo(
    () =>
      (units.data ?? [])
        .filter((unit) => access.canCreateMeasureIn(unit.id))
        .sort((a, b) => a.path.localeCompare(b.path, 'sv')),
    [units.data, access],
  );
  const [period, setPeriod] = useState(() => {
    const month = previousMonth(new Date());
    const year = periodYear(month);
    return year >= plan.firstYear && year <= plan.lastYear ? month : `${plan.lastYear}-12`;
  });
  const [orgUnitId, setOrgUnitId] = useState('');
  const [deadline, setDeadline] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isPending, setPending] = useState(false);
  if (managed.length === 0) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!isMonth(period)) local.period = t('form.periodRequired');
    if (!orgUnitId) local.orgUnitId = t('form.unitRequired');
    const lastDay = deadline.trim();
    if (!lastDay) local.deadline = t('form.deadlineRequired');
    else if (!isCalendarDay(lastDay)) local.deadline = t('form.deadlineInvalid');
    setErrors(local);
    if (Object.keys(local).length > 0) {
      const first = FIELDS.find((field) => local[field]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setPending(true);
    try {
      const round = await openRound(plan.id, { period, orgUnitId, deadline: lastDay });
      await queryClient.invalidateQueries({ queryKey: ['rounds'] });
      queryClient.removeQueries({ queryKey: roundKey(round.id) });
      await navigate(`/planer/${plan.id}/uppfoljning/${round.id}`);
    } catch (failure) {
      setErrors(fieldErrors(failure, FIELDS));
    } finally {
      setPending(false);
    }
  };

  const invalid = (field: string) => (errors[field] ? true : undefined);
  const describedBy = (field: string, help?: boolean) =>
    [help ? `${id}-${field}-help` : undefined, errors[field] ? `${id}-${field}-error` : undefined]
      .filter(Boolean)
      .join(' ') || undefined;
  const fieldError = (field: string) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <section aria-labelledby={`${id}-heading`} className="rounds-section card">
      <h2 id={`${id}-heading`}>{t('form.heading')}</h2>
      <p className="help">{t('form.lead')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        {errors.form ? (
          <p className="alert alert-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-period`}>{t('form.period')}</label>
            <IsoDateInput
              id={`${id}-period`}
              kind="month"
              value={period}
              required
              aria-invalid={invalid('period')}
              aria-describedby={describedBy('period', true)}
              onChange={setPeriod}
            />
            <p id={`${id}-period-help`} className="help">
              {t('form.periodHelp')}
            </p>
            {fieldError('period')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-orgUnitId`}>{t('form.unit')}</label>
            <select
              id={`${id}-orgUnitId`}
              value={orgUnitId}
              required
              aria-invalid={invalid('orgUnitId')}
              aria-describedby={describedBy('orgUnitId', true)}
              onChange={(event) => setOrgUnitId(event.target.value)}
            >
              <option value="">{t('form.chooseUnit')}</option>
              {managed.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.path}
                </option>
              ))}
            </select>
            <p id={`${id}-orgUnitId-help`} className="help">
              {t('form.unitHelp')}
            </p>
            {fieldError('orgUnitId')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-deadline`}>{t('form.deadline')}</label>
            <IsoDateInput
              id={`${id}-deadline`}
              value={deadline}
              required
              aria-invalid={invalid('deadline')}
              aria-describedby={describedBy('deadline', true)}
              onChange={setDeadline}
            />
            <p id={`${id}-deadline-help`} className="help">
              {t('common:date.help')}
            </p>
            {fieldError('deadline')}
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isPending}>
            {isPending ? t('form.opening') : t('form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
