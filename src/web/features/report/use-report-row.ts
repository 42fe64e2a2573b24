import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMyReport, TReport } from '../../../shared/schemas/report';
import { confirmUnchanged, saveReport, type TReportConflict } from '../../api/reports';
import { type ImplausibleChange, usePlausibilityLimit } from '../../app/plausibility';
import { unchangedCommentNeeded } from './all-unchanged';
import {
  classifyReportError,
  type FieldErrors,
  initialValues,
  parseValues,
  type ReportField,
  type ReportValues,
  type SaveState,
  sameValues,
  submissionErrors,
  VALUE_OF_FIELD,
  valuesOf,
} from './report-form';
import { reportChangesToConfirm } from './report-plausibility';

const DRAFT_DELAY_MS = 800;

export interface ReportRowInput {
  period: string;
  item: TMyReport;
  permille: number;
  /** After every write: the page invalidates the queries that depend on reports. */
  onWritten: () => void;
  /** Whether the row holds typed values not yet stored ("Alla oförändrade" leaves those alone). */
  onDirty: (measureId: string, dirty: boolean) => void;
}

/**
 * The state of one measure of "Att rapportera": the typed values, a draft saved as one types (never over
 * someone else's save: a 409 offers their values), submitting (checked, and asked about when implausible),
 * "Oförändrad", and a report from the server replacing or withdrawing what is shown.
 */
export function useReportRow({ period, item, permille, onWritten, onDirty }: ReportRowInput) {
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
  const stored = (saved: TReport | null) => {
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

  // An "Oförändrad" confirmation withdrawn (the undo of "Alla oförändrade"): the row is unreported again.
  const serverId = item.current?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the server's report going away matters
  useEffect(() => {
    const local = reportRef.current;
    if (item.current || !local?.isUnchanged || local.isDraft || dirtyRef.current) return;
    stored(null);
    show(initialValues(item));
    setSave({ kind: 'idle' });
    setNotice('');
  }, [serverId]);

  const handleError = (error: unknown, draft: boolean) => {
    const found = classifyReportError(error);
    if (found.kind === 'other') {
      if (draft) setSave({ kind: 'failed', message: found.message });
      else setOther([found.message]);
      return;
    }
    if (found.kind === 'conflict') setConflict(found.conflict);
    else {
      setErrors(found.fields);
      setOther(found.other);
    }
    setSave({ kind: 'idle' });
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
    // A repeated red or deviating report still needs its comment (issue 11): the one typed in the row.
    const needed = unchangedCommentNeeded(item, valuesRef.current.comment, permille);
    if (needed) {
      setErrors({ comment: needed });
      fieldRefs.current.comment?.focus();
      return;
    }
    setBusy(true);
    try {
      await inFlight.current;
      const comment = valuesRef.current.comment.trim() || null;
      const saved = await confirmUnchanged(item.measureId, period, reportRef.current?.version, comment);
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

  const state = { values, report, save, errors, other, conflict, notice, dirty, busy };
  const actions = { change, submit, unchanged, saveDraft, loadTheirs, keepMine };
  return { ...state, ...actions, implausible, setImplausible, limit, fieldRefs };
}
