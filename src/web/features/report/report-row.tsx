import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_STATUSES, type ReportStatus } from '../../../shared/enums';
import type { TMyReport, TReport } from '../../../shared/schemas/report';
import { ApiError } from '../../api/client';
import { confirmUnchanged, saveReport, type TReportConflict, ZReportConflict } from '../../api/reports';
import { Link } from '../../app/as-of-links';
import { type ImplausibleChange, usePlausibilityLimit } from '../../app/plausibility';
import { Amount } from '../../components/amount';
import { PlausibilityDialog } from '../../components/plausibility-dialog';
import { errorMessage } from '../../components/query-state';
import {
  clockTime,
  errorsFromDetails,
  type FieldErrors,
  initialValues,
  parseValues,
  type ReportField,
  type ReportValues,
  rowState,
  sameValues,
  submissionErrors,
  valuesOf,
} from './report-form';
import { reportChangesToConfirm } from './report-plausibility';

const DRAFT_DELAY_MS = 800;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string };

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

const VALUE_OF_FIELD: Record<ReportField, keyof ReportValues> = {
  outcomeYtd: 'outcome',
  forecastYear: 'forecast',
  status: 'status',
  comment: 'comment',
};

/**
 * One measure of "Att rapportera": prefilled inputs, a draft saved as one types (never over someone else's
 * save: a 409 offers their values), "Oförändrad" and "Skicka".
 */
export function ReportRow({ planId, period, item, permille, onWritten, onDirty }: ReportRowProps) {
  const { t } = useTranslation('report');
  const code = item.code;
  const [values, setValues] = useState<ReportValues>(() => initialValues(item));
  const [report, setReport] = useState<TReport | null>(item.current);
  const [save, setSave] = useState<SaveState>(() =>
    item.current?.isDraft ? { kind: 'saved', at: item.current.reportedAt } : { kind: 'idle' },
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [conflict, setConflict] = useState<TReportConflict>();
  const [notice, setNotice] = useState('');
  const [dirty, setDirtyState] = useState(false);
  const [busy, setBusy] = useState(false);
  const [implausible, setImplausible] = useState<ImplausibleChange[]>([]);
  const limit = usePlausibilityLimit();

  const valuesRef = useRef(values);
  const reportRef = useRef(report);
  const dirtyRef = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | undefined>(undefined);
  const again = useRef(false);
  const fieldRefs = useRef<
    Partial<Record<ReportField, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null>>
  >({});

  const setDirty = useCallback(
    (value: boolean) => {
      dirtyRef.current = value;
      setDirtyState(value);
      onDirty(item.measureId, value);
    },
    [item.measureId, onDirty],
  );
  const stored = (saved: TReport) => {
    reportRef.current = saved;
    setReport(saved);
  };
  const show = (next: ReportValues) => {
    valuesRef.current = next;
    setValues(next);
  };

  // A newer report from the server (e.g. "Alla oförändrade") replaces the shown values, unless the manager
  // has typed something not yet stored: then the next save meets the conflict and he or she chooses.
  const serverVersion = item.current?.version;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version from the server matters
  useEffect(() => {
    const server = item.current;
    const local = reportRef.current;
    if (!server || (local && server.version <= local.version) || dirtyRef.current) return;
    stored(server);
    show(valuesOf(server));
    setSave(server.isDraft ? { kind: 'saved', at: server.reportedAt } : { kind: 'idle' });
  }, [serverVersion]);

  const handleError = (error: unknown, draft: boolean) => {
    if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
      const parsed = ZReportConflict.safeParse(error.current);
      if (parsed.success) {
        setConflict(parsed.data);
        setSave({ kind: 'idle' });
        return;
      }
    }
    if (error instanceof ApiError && error.status === 400 && error.details.length > 0) {
      const mapped = errorsFromDetails(error.details);
      setErrors(mapped.fields);
      setOther(mapped.other);
      setSave({ kind: 'idle' });
      return;
    }
    if (draft) setSave({ kind: 'failed', message: errorMessage(error) });
    else setOther([errorMessage(error)]);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the refs hold the live state
  const saveDraft = useCallback(async (): Promise<void> => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const current = reportRef.current;
    if (current && !current.isDraft) return; // a submitted report is changed by submitting again
    const sent = valuesRef.current;
    const parsed = parseValues(sent);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setSave({ kind: 'saving' });
    const run = (async () => {
      try {
        const saved = await saveReport(item.measureId, period, {
          ...parsed.input,
          isDraft: true,
          ...(current ? { version: current.version } : {}),
        });
        stored(saved);
        setSave({ kind: 'saved', at: saved.reportedAt });
        setOther([]);
        if (sameValues(valuesRef.current, sent)) setDirty(false);
        onWritten();
      } catch (error) {
        handleError(error, true);
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = undefined;
    if (again.current) {
      again.current = false;
      if (dirtyRef.current) await saveDraft();
    }
  }, [item.measureId, period, onWritten, setDirty]);

  // A draft typed just before leaving the page is still saved.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void saveDraft();
      }
    },
    [saveDraft],
  );

  const change = (field: keyof ReportValues, value: string) => {
    const next = { ...valuesRef.current, [field]: value } as ReportValues;
    show(next);
    setDirty(true);
    setNotice('');
    const errorField = (Object.keys(VALUE_OF_FIELD) as ReportField[]).find(
      (f) => VALUE_OF_FIELD[f] === field,
    );
    if (errorField && errors[errorField]) setErrors((e) => ({ ...e, [errorField]: undefined }));
    if (timer.current) clearTimeout(timer.current);
    if (reportRef.current && !reportRef.current.isDraft) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void saveDraft();
    }, DRAFT_DELAY_MS);
  };

  const focusFirst = (found: FieldErrors) => {
    const first = (['outcomeYtd', 'forecastYear', 'status', 'comment'] as const).find((f) => found[f]);
    if (first) fieldRefs.current[first]?.focus();
  };

  const submit = async (confirmed = false) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    setOther([]);
    setNotice('');
    const found = submissionErrors(valuesRef.current, item.plannedLevel, permille);
    if (Object.values(found).some(Boolean)) {
      setErrors(found);
      focusFirst(found);
      return;
    }
    const parsed = parseValues(valuesRef.current);
    if (!parsed.ok) return;
    if (!confirmed) {
      // A submitted report counts in every figure: an implausible amount is confirmed first (issue 11).
      const found = reportChangesToConfirm(
        { ...parsed.input, isDraft: false },
        { ...item, current: reportRef.current },
        { outcome: t('plausibility.outcome', { code }), forecast: t('plausibility.forecast', { code }) },
        limit,
      );
      if (found.length > 0) {
        setImplausible(found);
        return;
      }
    }
    setBusy(true);
    try {
      await inFlight.current;
      const current = reportRef.current;
      const saved = await saveReport(item.measureId, period, {
        ...parsed.input,
        isDraft: false,
        ...(current ? { version: current.version } : {}),
      });
      stored(saved);
      setErrors({});
      setSave({ kind: 'idle' });
      if (sameValues(valuesRef.current, valuesOf(saved))) setDirty(false);
      setNotice(t('submitted', { code }));
      onWritten();
    } catch (error) {
      handleError(error, false);
    } finally {
      setBusy(false);
    }
  };

  const unchanged = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    setOther([]);
    setBusy(true);
    try {
      await inFlight.current;
      const saved = await confirmUnchanged(item.measureId, period, reportRef.current?.version);
      stored(saved);
      show(valuesOf(saved));
      setErrors({});
      setSave({ kind: 'idle' });
      setDirty(false);
      setNotice(t('confirmed', { code }));
      onWritten();
    } catch (error) {
      handleError(error, false);
    } finally {
      setBusy(false);
    }
  };

  const loadTheirs = () => {
    if (!conflict) return;
    stored(conflict.report);
    show(valuesOf(conflict.report));
    setConflict(undefined);
    setErrors({});
    setDirty(false);
    setSave(conflict.report.isDraft ? { kind: 'saved', at: conflict.report.reportedAt } : { kind: 'idle' });
    onWritten();
  };
  const keepMine = () => {
    if (!conflict) return;
    stored(conflict.report);
    setConflict(undefined);
    if (conflict.report.isDraft) void saveDraft();
  };

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
        <Amount kronor={item.plannedLevel} unit="tkr" />
      </td>
      <td className="report-previous">
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
      <td>
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
      <td>
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
      <td>
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
      <td>
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
