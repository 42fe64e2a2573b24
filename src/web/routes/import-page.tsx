import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TImportResult } from '../../shared/schemas/import';
import type { TPlan } from '../../shared/schemas/plan';
import { planExportUrl } from '../api/endpoints';
import { uploadPlanWorkbook } from '../api/upload';
import { useAccess } from '../app/access';
import { Link } from '../app/as-of-links';
import { useOrgUnits, usePlans } from '../app/plan-context';
import { NotAsOf } from '../components/as-of';
import { usePageTitle } from '../components/page-title';
import { errorMessage, QueryState } from '../components/query-state';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** How many codes a preview lists before it says "and N more". */
const MAX_CODES = 40;

type Target = 'new' | 'existing';

type Step =
  | { kind: 'idle' }
  | { kind: 'sending'; dryRun: boolean; phase: 'upload' | 'server'; percent: number }
  | { kind: 'preview'; result: TImportResult; fileName: string; planLabel: string }
  | { kind: 'done'; result: TImportResult }
  | { kind: 'failed'; message: string };

interface FieldErrors {
  file?: string;
  name?: string;
}

/** The name the server would take from the file name: what a new plan is called unless the user types one. */
function nameFromFile(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, '').trim();
}

function Issues({
  id,
  heading,
  caption,
  messageHeader,
  issues,
}: {
  id: string;
  heading: string;
  caption: string;
  messageHeader: string;
  issues: TImportResult['errors'];
}) {
  const { t } = useTranslation('import');
  if (issues.length === 0) return null;
  return (
    <>
      <h3 id={id}>
        {heading} ({issues.length})
      </h3>
      <div className="import-issues-scroll">
        <table className="table import-issues" aria-labelledby={id} data-testid={id}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cell')}</th>
              <th scope="col">{messageHeader}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, index) => (
              // The same cell can have several problems; their order is the server's and stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity beyond their position
              <tr key={index}>
                <th scope="row" className="import-cell">
                  {issue.cell}
                </th>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Codes({ label, codes }: { label: string; codes: readonly string[] | undefined }) {
  const { t } = useTranslation('import');
  if (!codes || codes.length === 0) return null;
  const shown = codes.slice(0, MAX_CODES);
  return (
    <p className="import-codes">
      <strong>{label}:</strong> {shown.join(', ')}
      {codes.length > shown.length ? ` ${t('andMore', { count: codes.length - shown.length })}` : ''}
    </p>
  );
}

function Preview({
  step,
  headingRef,
  onConfirm,
  onStartOver,
}: {
  step: Extract<Step, { kind: 'preview' }>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onConfirm: () => void;
  onStartOver: () => void;
}) {
  const { t } = useTranslation('import');
  const { result } = step;
  const hasErrors = result.errors.length > 0;
  const changed = result.updated - result.unchanged;
  const plan = result.plan?.name ?? step.planLabel;
  return (
    <section aria-labelledby="import-preview-heading" className="import-step">
      <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1}>
        {plan
          ? t('previewHeading', { file: step.fileName, plan })
          : t('previewHeadingNoPlan', { file: step.fileName })}
      </h2>
      {hasErrors ? (
        <div className="alert alert-error">
          <p>{t('previewErrors', { count: result.errors.length })}</p>
        </div>
      ) : (
        <div className="alert alert-ok">
          <p>{t('previewOk')}</p>
        </div>
      )}
      {hasErrors ? null : (
        <>
          <dl className="key-figures import-counts">
            <div className="key-figure">
              <dt>{t('toCreate')}</dt>
              <dd data-testid="count-created">{result.created}</dd>
            </div>
            <div className="key-figure">
              <dt>{t('toUpdate')}</dt>
              <dd data-testid="count-changed">{changed}</dd>
            </div>
            <div className="key-figure">
              <dt>{t('unchanged')}</dt>
              <dd data-testid="count-unchanged">{result.unchanged}</dd>
            </div>
            <div className="key-figure">
              <dt>{t('unitsToCreate')}</dt>
              <dd data-testid="count-units">{result.unitsCreated.length}</dd>
            </div>
          </dl>
          <Codes label={t('codesToCreate')} codes={result.codesCreated} />
          <Codes label={t('codesToUpdate')} codes={result.codesChanged} />
          {result.unitsCreated.length > 0 ? (
            <>
              <h3 id="import-units-heading">{t('unitsToCreateList')}</h3>
              <ul aria-labelledby="import-units-heading" className="import-units">
                {result.unitsCreated.map((path) => (
                  <li key={path}>{path}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
      <Issues
        id="import-errors"
        heading={t('errorsHeading')}
        caption={t('errorsCaption')}
        messageHeader={t('message')}
        issues={result.errors}
      />
      <Issues
        id="import-warnings"
        heading={t('warningsHeading')}
        caption={t('warningsCaption')}
        messageHeader={t('warning')}
        issues={result.warnings}
      />
      <div className="import-actions">
        {hasErrors ? null : (
          <button type="button" className="button button-primary" onClick={onConfirm}>
            {t('confirm')}
          </button>
        )}
        <button type="button" className="button" onClick={onStartOver}>
          {t('startOver')}
        </button>
      </div>
    </section>
  );
}

function Progress({ step }: { step: Extract<Step, { kind: 'sending' }> }) {
  const { t } = useTranslation('import');
  return (
    <div className="import-progress">
      {step.phase === 'upload' ? (
        <>
          <label htmlFor="import-upload-progress">{t('uploadProgress', { percent: step.percent })}</label>
          <progress id="import-upload-progress" max={100} value={step.percent}>
            {step.percent} %
          </progress>
        </>
      ) : (
        <progress aria-label={t('serverReadingLabel')} />
      )}
    </div>
  );
}

function ImportForm({ plans }: { plans: TPlan[] }) {
  const { t, i18n } = useTranslation('import');
  const client = useQueryClient();
  const [search] = useSearchParams();
  const askedPlan = plans.find((plan) => plan.id === search.get('plan'));
  const [file, setFile] = useState<File | null>(null);
  const [target, setTarget] = useState<Target>(askedPlan ? 'existing' : 'new');
  const [newName, setNewName] = useState('');
  const [existingId, setExistingId] = useState(askedPlan?.id ?? plans[0]?.id ?? '');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const failedHeading = useRef<HTMLHeadingElement>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);
  // After each step, focus its heading so that keyboard and screen-reader users land on what happened.
  useEffect(() => {
    if (step.kind === 'preview') previewHeading.current?.focus();
    if (step.kind === 'done') resultHeading.current?.focus();
    if (step.kind === 'failed') failedHeading.current?.focus();
  }, [step.kind]);

  const existing = plans.find((plan) => plan.id === existingId);
  const planName = target === 'new' ? newName.trim() : (existing?.name ?? '');
  const sending = step.kind === 'sending';

  const reset = () => {
    abort.current?.abort();
    setStep({ kind: 'idle' });
  };

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setErrors((e) => ({ ...e, file: undefined }));
    if (chosen && target === 'new' && newName.trim() === '') setNewName(nameFromFile(chosen.name));
    reset();
  };

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!file) found.file = t('fileMissing');
    else if (!file.name.toLowerCase().endsWith('.xlsx')) found.file = t('fileWrongType', { name: file.name });
    if (target === 'new') {
      if (planName === '') found.name = t('newPlanNameMissing');
      else if (plans.some((plan) => plan.name === planName))
        found.name = t('newPlanNameTaken', { name: planName });
    }
    return found;
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setStep({ kind: 'sending', dryRun, phase: 'upload', percent: 0 });
    try {
      const result = await uploadPlanWorkbook(
        file,
        { fileName: file.name, plan: planName || undefined, dryRun },
        {
          signal: controller.signal,
          onUploadProgress: (fraction) => {
            const percent = Math.round(fraction * 100);
            setStep((s) =>
              s.kind === 'sending' && s.phase === 'upload' && s.percent !== percent ? { ...s, percent } : s,
            );
          },
          onUploaded: () => setStep((s) => (s.kind === 'sending' ? { ...s, phase: 'server' } : s)),
        },
      );
      if (controller.signal.aborted) return;
      if (!dryRun && result.errors.length === 0) {
        await client.invalidateQueries();
        setStep({ kind: 'done', result });
        setFile(null);
        setNewName('');
        if (fileInput.current) fileInput.current.value = '';
        if (result.plan) setExistingId(result.plan.id);
      } else {
        setStep({ kind: 'preview', result, fileName: file.name, planLabel: planName });
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      setStep({ kind: 'failed', message: errorMessage(error) });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (found.file) return fileInput.current?.focus();
    if (found.name) return nameInput.current?.focus();
    void send(true);
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (!dropped) return;
    // Show the dropped file in the input too, so that both ways of choosing end in the same place.
    if (fileInput.current) fileInput.current.files = event.dataTransfer.files;
    chooseFile(dropped);
  };

  const fileSize = (bytes: number) => {
    const format = (value: number, decimals: number) =>
      value.toLocaleString(i18n.language, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      });
    const megabytes = bytes / (1024 * 1024);
    return megabytes >= 1
      ? `${format(megabytes, 1)} MB`
      : `${format(Math.max(1, Math.round(bytes / 1024)), 0)} kB`;
  };
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

  return (
    <>
      <form className="form import-form" onSubmit={onSubmit} noValidate>
        <fieldset
          className={`drop-zone${dragging ? ' drop-zone-active' : ''}${errors.file ? ' drop-zone-invalid' : ''}`}
          onDragEnter={onDragOver}
          onDragOver={onDragOver}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <legend className="drop-zone-text">{dragging ? t('dropZoneActive') : t('dropZone')}</legend>
          <div className="field">
            <label htmlFor="import-file">{t('file')}</label>
            <input
              ref={fileInput}
              id="import-file"
              name="file"
              type="file"
              accept={`.xlsx,${XLSX_TYPE}`}
              onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
              aria-invalid={errors.file ? true : undefined}
              aria-describedby={describedBy('import-file-help', errors.file && 'import-file-error')}
              disabled={sending}
            />
            <p id="import-file-help" className="help">
              {t('fileHelp')}
            </p>
            {file ? (
              <p className="import-chosen" data-testid="chosen-file">
                {t('chosenFile', { name: file.name, size: fileSize(file.size) })}
              </p>
            ) : null}
            {errors.file ? (
              <p id="import-file-error" className="field-error">
                {errors.file}
              </p>
            ) : null}
          </div>
        </fieldset>

        <fieldset className="import-target">
          <legend>{t('target')}</legend>
          <div className="import-target-option">
            <input
              type="radio"
              id="import-target-new"
              name="target"
              value="new"
              checked={target === 'new'}
              onChange={() => {
                setTarget('new');
                reset();
              }}
              disabled={sending}
            />
            <label htmlFor="import-target-new">{t('targetNew')}</label>
          </div>
          {target === 'new' ? (
            <div className="field import-target-detail">
              <label htmlFor="import-new-name">{t('newPlanName')}</label>
              <input
                ref={nameInput}
                id="import-new-name"
                name="planName"
                value={newName}
                maxLength={300}
                onChange={(event) => {
                  setNewName(event.target.value);
                  setErrors((e) => ({ ...e, name: undefined }));
                  reset();
                }}
                aria-invalid={errors.name ? true : undefined}
                aria-describedby={describedBy('import-new-name-help', errors.name && 'import-new-name-error')}
                disabled={sending}
              />
              <p id="import-new-name-help" className="help">
                {t('newPlanNameHelp')}
              </p>
              {errors.name ? (
                <p id="import-new-name-error" className="field-error">
                  {errors.name}
                </p>
              ) : null}
            </div>
          ) : null}
          <div className="import-target-option">
            <input
              type="radio"
              id="import-target-existing"
              name="target"
              value="existing"
              checked={target === 'existing'}
              onChange={() => {
                setTarget('existing');
                setErrors((e) => ({ ...e, name: undefined }));
                reset();
              }}
              disabled={sending || plans.length === 0}
              aria-describedby={plans.length === 0 ? 'import-no-plans' : undefined}
            />
            <label htmlFor="import-target-existing">{t('targetExisting')}</label>
            {plans.length === 0 ? (
              <span id="import-no-plans" className="help">
                {' '}
                {t('noPlans')}
              </span>
            ) : null}
          </div>
          {target === 'existing' && plans.length > 0 ? (
            <div className="field import-target-detail">
              <label htmlFor="import-existing-plan">{t('existingPlan')}</label>
              <select
                id="import-existing-plan"
                name="plan"
                value={existingId}
                onChange={(event) => {
                  setExistingId(event.target.value);
                  reset();
                }}
                disabled={sending}
              >
                {plans.map((plan) => (
                  <option key={plan.id} value={plan.id}>
                    {plan.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>

        <div>
          <button type="submit" className="button button-primary" disabled={sending}>
            {t('preview')}
          </button>
        </div>
      </form>

      {step.kind === 'sending' ? <Progress step={step} /> : null}
      {/* Always present, so that screen readers announce each phase when its text appears. */}
      <p role="status" aria-live="polite" className="import-status">
        {step.kind === 'sending' ? (step.phase === 'upload' ? t('uploading') : t('serverReading')) : ''}
      </p>
      {step.kind === 'failed' ? (
        <div className="alert alert-error import-step" role="alert">
          <h2 ref={failedHeading} tabIndex={-1}>
            {t('failed')}
          </h2>
          <p>{step.message}</p>
        </div>
      ) : null}
      {step.kind === 'preview' ? (
        <Preview
          step={step}
          headingRef={previewHeading}
          onConfirm={() => void send(false)}
          onStartOver={() => {
            reset();
            chooseFile(null);
            if (fileInput.current) fileInput.current.value = '';
            fileInput.current?.focus();
          }}
        />
      ) : null}
      {step.kind === 'done' ? (
        <Result
          result={step.result}
          headingRef={resultHeading}
          onAgain={() => {
            reset();
            fileInput.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

function Result({
  result,
  headingRef,
  onAgain,
}: {
  result: TImportResult;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAgain: () => void;
}) {
  const { t } = useTranslation('import');
  const plan = result.plan;
  return (
    <section aria-labelledby="import-result-heading" className="import-step">
      <h2 id="import-result-heading" ref={headingRef} tabIndex={-1}>
        {t('resultHeading')}
      </h2>
      <div className="alert alert-ok">
        <p data-testid="import-result">
          {t('resultText', {
            plan: plan?.name ?? '',
            created: result.created,
            changed: result.updated - result.unchanged,
            unchanged: result.unchanged,
          })}
        </p>
        {result.unitsCreated.length > 0 ? (
          <p>{t('resultUnits', { count: result.unitsCreated.length })}</p>
        ) : null}
      </div>
      <Issues
        id="import-result-warnings"
        heading={t('warningsHeading')}
        caption={t('warningsCaption')}
        messageHeader={t('warning')}
        issues={result.warnings}
      />
      <div className="import-actions">
        {plan ? (
          <Link className="button button-primary" to={`/planer/${plan.id}/oversikt`}>
            {t('toOverview', { plan: plan.name })}
          </Link>
        ) : null}
        <button type="button" className="button" onClick={onAgain}>
          {t('importAnother')}
        </button>
      </div>
    </section>
  );
}

function ExportList({ plans }: { plans: TPlan[] }) {
  const { t } = useTranslation('import');
  if (plans.length === 0) return <p>{t('noPlans')}</p>;
  return (
    <table className="table import-export-table">
      <caption className="visually-hidden">{t('plansCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan')}</th>
          <th scope="col">{t('years')}</th>
          <th scope="col">{t('convention')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('export')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.id}>
            <th scope="row">{plan.name}</th>
            <td>
              {plan.firstYear}–{plan.lastYear}
            </td>
            <td>{t(`conventions.${plan.convention}`)}</td>
            <td>
              <a
                className="button"
                href={planExportUrl(plan.id)}
                download
                aria-label={t('exportFor', { plan: plan.name })}
              >
                {t('export')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Import a plan from the Excel template (preview first, then confirm) and export any plan to it. */
export function ImportPage() {
  const { t } = useTranslation('import');
  usePageTitle(t('title'));
  const plans = usePlans();
  const units = useOrgUnits();
  const access = useAccess();
  return (
    <div className="import-page">
      <h1>{t('title')}</h1>
      <p className="import-intro">{t('intro')}</p>
      {/* Import writes and export is of the present: neither is offered as of a past instant. */}
      <NotAsOf>
        <QueryState query={units}>
          {() => (
            <QueryState query={plans}>
              {(list) => (
                <>
                  <section aria-labelledby="import-heading">
                    <h2 id="import-heading">{t('importHeading')}</h2>
                    {access.canImportPlan ? (
                      <>
                        <p className="help import-help">{t('importHelp')}</p>
                        <ImportForm plans={list} />
                      </>
                    ) : (
                      <p className="alert alert-warning" data-testid="no-import-access">
                        {t('noImportAccess')}
                      </p>
                    )}
                  </section>
                  <section aria-labelledby="export-heading">
                    <h2 id="export-heading">{t('exportHeading')}</h2>
                    <p className="help">{t('exportHelp')}</p>
                    <ExportList plans={list} />
                  </section>
                </>
              )}
            </QueryState>
          )}
        </QueryState>
      </NotAsOf>
    </div>
  );
}
