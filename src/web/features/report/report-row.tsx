import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_STATUSES, type ReportStatus } from '../../../shared/enums';
import type { TMyReport } from '../../../shared/schemas/report';
import { Link } from '../../app/as-of-links';
import { Amount } from '../../components/amount';
import { PlausibilityDialog } from '../../components/plausibility-dialog';
import { clockTime, type ReportField, rowState } from './report-form';
import { useReportRow } from './use-report-row';

export interface ReportRowProps {
  planId: string;
  period: string;
  item: TMyReport;
  permille: number;
  /** After every write: the page invalidates the queries that depend on reports. */
  onWritten: () => void;
  /** Whether the row holds typed values not yet stored ("Alla oförändrade" leaves those alone). */
  onDirty: (measureId: string, dirty: boolean) => void;
}

/**
 * One measure of "Att rapportera": prefilled inputs, a draft saved as one types (never over someone else's
 * save: a 409 offers their values), "Oförändrad" and "Skicka".
 */
export function ReportRow({ planId, period, item, permille, onWritten, onDirty }: ReportRowProps) {
  const { t } = useTranslation('report');
  const code = item.code;
  const {
    values,
    report,
    save,
    errors,
    other,
    conflict,
    notice,
    dirty,
    busy,
    implausible,
    setImplausible,
    limit,
    fieldRefs,
    change,
    submit,
    unchanged,
    saveDraft,
    loadTheirs,
    keepMine,
  } = useReportRow({ period, item, permille, onWritten, onDirty });
  const state = rowState(report);
  const submitted = report !== null && !report.isDraft;
  const canUnchanged = item.canConfirmUnchanged && !submitted;
  const disabled = item.isFrozen;
  const id = (field: string) => `report-${item.measureId}-${field}`;
  const fieldProps = (field: ReportField) => ({
    id: id(field),
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? id(`${field}-error`) : undefined,
    disabled,
  });
  const fieldError = (field: ReportField) =>
    errors[field] ? (
      <p id={id(`${field}-error`)} className="field-error report-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <tr data-measure={code} data-state={state} className={`report-row report-${state}`}>
      <th scope="row" className="report-measure">
        <Link to={`/planer/${planId}/atgarder/${item.measureId}`}>{code}</Link>
        <span className="report-title">{item.title}</span>
        <span className="report-unit">{item.orgUnitPath.split(' / ').at(-1)}</span>
      </th>
      <td className="report-planned">
        <CellLabel>{t('col.planned', { year: period.slice(0, 4) })}</CellLabel>
        <Amount kronor={item.plannedLevel} unit="tkr" />
      </td>
      <td className="report-previous">
        <CellLabel>{t('col.previous')}</CellLabel>
        {item.previous ? (
          <>
            <span className="report-period">{item.previous.period}</span>
            <span>
              <Amount kronor={item.previous.outcomeYtd} unit="tkr" /> /{' '}
              <Amount kronor={item.previous.forecastYear} unit="tkr" />
            </span>
            <span className={`status-chip status-${item.previous.status}`}>
              {t(`status.${item.previous.status}`)}
            </span>
          </>
        ) : (
          <span className="muted">{t('previousNone')}</span>
        )}
      </td>
      <td className="report-field">
        <CellLabel>{t('col.outcome')}</CellLabel>
        <input
          ref={(el) => {
            fieldRefs.current.outcomeYtd = el;
          }}
          className="report-amount"
          inputMode="decimal"
          autoComplete="off"
          aria-label={t('aria.outcome', { code })}
          value={values.outcome}
          onChange={(e) => change('outcome', e.target.value)}
          {...fieldProps('outcomeYtd')}
        />
        {fieldError('outcomeYtd')}
      </td>
      <td className="report-field">
        <CellLabel>{t('col.forecast')}</CellLabel>
        <input
          ref={(el) => {
            fieldRefs.current.forecastYear = el;
          }}
          className="report-amount"
          inputMode="decimal"
          autoComplete="off"
          aria-label={t('aria.forecast', { code })}
          value={values.forecast}
          onChange={(e) => change('forecast', e.target.value)}
          {...fieldProps('forecastYear')}
        />
        {fieldError('forecastYear')}
      </td>
      <td className="report-field">
        <CellLabel>{t('col.status')}</CellLabel>
        <select
          ref={(el) => {
            fieldRefs.current.status = el;
          }}
          aria-label={t('aria.status', { code })}
          value={values.status}
          onChange={(e) => change('status', e.target.value as ReportStatus)}
          {...fieldProps('status')}
        >
          {REPORT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        {fieldError('status')}
      </td>
      <td className="report-field">
        <CellLabel>{t('col.comment')}</CellLabel>
        <textarea
          ref={(el) => {
            fieldRefs.current.comment = el;
          }}
          className="report-comment"
          rows={2}
          aria-label={t('aria.comment', { code })}
          value={values.comment}
          onChange={(e) => change('comment', e.target.value)}
          {...fieldProps('comment')}
        />
        {fieldError('comment')}
      </td>
      <td className="report-actions">
        <span className="report-state" data-testid="row-state">
          {item.isFrozen ? t('frozen') : t(`state.${state}`)}
        </span>
        <span className="report-live" role="status" aria-live="polite" data-testid="row-live">
          {save.kind === 'saving' ? t('saving') : null}
          {save.kind === 'saved' ? t('draftSaved', { time: clockTime(save.at) }) : null}
          {save.kind === 'idle' && submitted && dirty ? t('changedSinceSubmit') : null}
          {save.kind === 'idle' && notice ? notice : null}
        </span>
        {save.kind === 'failed' ? (
          <span className="report-failed" role="alert">
            {t('saveFailed', { message: save.message })}{' '}
            <button
              type="button"
              className="button button-small"
              aria-label={t('aria.retry', { code })}
              onClick={() => void saveDraft()}
            >
              {t('retry')}
            </button>
          </span>
        ) : null}
        {other.length > 0 ? (
          <span className="report-failed" role="alert">
            {other.join('. ')}
          </span>
        ) : null}
        {conflict ? (
          <span className="report-conflict" role="alert">
            {t('conflict.message', { by: conflict.changedBy, time: clockTime(conflict.changedAt) })}
            <span className="report-buttons">
              <button type="button" className="button button-small button-primary" onClick={loadTheirs}>
                {t('conflict.load')}
              </button>
              <button type="button" className="button button-small" onClick={keepMine}>
                {t('conflict.keep')}
              </button>
            </span>
          </span>
        ) : null}
        <PlausibilityDialog
          changes={implausible}
          limit={limit}
          onConfirm={() => {
            setImplausible([]);
            void submit(true);
          }}
          onCancel={() => {
            setImplausible([]);
            fieldRefs.current.forecastYear?.focus();
          }}
        />
        {item.isFrozen ? null : (
          <span className="report-buttons">
            {canUnchanged ? (
              <button
                type="button"
                className="button button-small"
                aria-label={t('aria.unchanged', { code })}
                disabled={busy || conflict !== undefined}
                onClick={() => void unchanged()}
              >
                {t('unchanged')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button-small button-primary"
              aria-label={t('aria.submit', { code })}
              disabled={busy || conflict !== undefined}
              onClick={() => void submit()}
            >
              {t('submit')}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}

/**
 * A cell's column heading, shown only where the table is laid out as one card per measure (a phone), where the
 * column headings are not in view; screen readers have the column header and the field's own label.
 */
function CellLabel({ children }: { children: ReactNode }) {
  return (
    <span className="report-cell-label" aria-hidden="true">
      {children}
    </span>
  );
}
