import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TPlan } from '../../../shared/schemas/plan';
import { uploadPlanWorkbook } from '../../api/upload';
import { errorMessage } from '../../components/query-state';
import { type FieldErrors, fileSize, nameFromFile, type Step, type Target, XLSX_TYPE } from './import-model';
import { ImportPreview } from './import-preview';
import { Progress, Result } from './import-result';
import { TargetFields } from './import-target';

/** The file, where it goes, the preview (dry run) and the import itself. */
export function ImportForm({ plans }: { plans: TPlan[] }) {
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
                {t('chosenFile', { name: file.name, size: fileSize(file.size, i18n.language) })}
              </p>
            ) : null}
            {errors.file ? (
              <p id="import-file-error" className="field-error">
                {errors.file}
              </p>
            ) : null}
          </div>
        </fieldset>

        <TargetFields
          plans={plans}
          target={target}
          newName={newName}
          existingId={existingId}
          nameError={errors.name}
          nameInput={nameInput}
          disabled={sending}
          onTarget={(next) => {
            setTarget(next);
            if (next === 'existing') setErrors((e) => ({ ...e, name: undefined }));
            reset();
          }}
          onNewName={(name) => {
            setNewName(name);
            setErrors((e) => ({ ...e, name: undefined }));
            reset();
          }}
          onExisting={(id) => {
            setExistingId(id);
            reset();
          }}
        />

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
        <ImportPreview
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
