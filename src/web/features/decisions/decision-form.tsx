import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_KINDS, type DecisionKind } from '../../../shared/enums';
import { ApiError } from '../../api/client';
import { createDecision } from '../../api/decisions';
import { useNavigate } from '../../app/as-of-links';
import { amountText } from '../../app/page-locale';
import { IsoDateInput } from '../../components/iso-date-input';
import { usePlanMeasures } from '../measures-grid/grid-queries';
import { type DecisionDraft, emptyDraft, parseDecisionDraft } from './decision-draft';
import { DECISIONS_KEY, useDecisionBodies } from './queries';

const FIELDS = [
  'bodyId',
  'meetingDate',
  'paragraph',
  'kind',
  'text',
  'dueOn',
  'measureStatus',
  'attachmentUrl',
  'measureIds',
] as const;

/** The server's errors per field; a delegation refusal names each measure, so all of them are kept. */
function serverErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return { form: String(error) };
  const result: Record<string, string> = {};
  for (const detail of error.details) {
    const field = detail.field?.replace(/^body\./, '').replace(/\.\d+$/, '');
    if (field && (FIELDS as readonly string[]).includes(field)) {
      result[field] = result[field] ? `${result[field]}; ${detail.message}` : detail.message;
    }
  }
  if (Object.keys(result).length === 0) result.form = error.message;
  return result;
}

/**
 * "Registrera beslut": one form for a beslut, an uppdrag or a noted item; a beslut may make its measures
 * beslutade or let them utgå — the server checks the body's delegation and saves all or nothing.
 */
export function DecisionForm({ planId, codes }: { planId: string; codes: string }) {
  const { t, i18n } = useTranslation('decisions');
  const id = useId();
  const bodies = useDecisionBodies();
  const measures = usePlanMeasures(planId);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<DecisionDraft>(() => emptyDraft(codes));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isPending, setPending] = useState(false);
  const idOfCode = useMemo(() => {
    const byCode = new Map((measures.data ?? []).map((m) => [m.code.toLocaleLowerCase('sv'), m.id]));
    return (code: string) => byCode.get(code.toLocaleLowerCase('sv'));
  }, [measures.data]);
  const update = (change: Partial<DecisionDraft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDecisionDraft(draft, planId, idOfCode, {
      required: t('form.required'),
      unknownCodes: (list) => t('form.unknownCodes', { codes: list }),
    });
    setErrors(parsed.errors);
    if (!parsed.input) {
      const first = FIELDS.find((field) => parsed.errors[field]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setPending(true);
    try {
      const decision = await createDecision(parsed.input);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: DECISIONS_KEY }),
        queryClient.invalidateQueries({ queryKey: ['measures'] }),
        queryClient.invalidateQueries({ queryKey: ['measure'] }),
        queryClient.invalidateQueries({ queryKey: ['history'] }),
        queryClient.invalidateQueries({ queryKey: ['summary'] }),
      ]);
      await navigate(`/planer/${planId}/beslut/${decision.id}`, { state: { notice: t('form.registered') } });
    } catch (failure) {
      const found = serverErrors(failure);
      setErrors(found);
      const first = FIELDS.find((field) => found[field]);
      document.getElementById(first ? `${id}-${first}` : `${id}-form-error`)?.focus();
    } finally {
      setPending(false);
    }
  };

  const describedBy = (field: string, help?: boolean) =>
    [help ? `${id}-${field}-help` : undefined, errors[field] ? `${id}-${field}-error` : undefined]
      .filter(Boolean)
      .join(' ') || undefined;
  const field = (name: string, label: string, control: ReactNode, help?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {control}
      {help ? (
        <p id={`${id}-${name}-help`} className="help">
          {help}
        </p>
      ) : null}
      {errors[name] ? (
        <p id={`${id}-${name}-error`} className="field-error">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );
  const common = (name: string, help?: boolean) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(name, help),
  });
  const limit = (decisionLimit: number | null) =>
    decisionLimit === null
      ? t('form.noLimit')
      : t('form.upTo', { amount: amountText(decisionLimit, { unit: 'mnkr', language: i18n.language }) });

  return (
    <form className="form decision-form" noValidate onSubmit={(event) => void submit(event)}>
      <p className="help">{t('form.lead')}</p>
      {errors.form ? (
        <p id={`${id}-form-error`} className="alert alert-error" role="alert" tabIndex={-1}>
          {errors.form}
        </p>
      ) : null}
      <div className="form-grid">
        {field(
          'bodyId',
          t('form.body'),
          <select
            {...common('bodyId', true)}
            value={draft.bodyId}
            onChange={(e) => update({ bodyId: e.target.value })}
          >
            <option value="">{t('form.chooseBody')}</option>
            {(bodies.data ?? [])
              .filter((body) => body.active)
              .map((body) => (
                <option key={body.id} value={body.id}>
                  {body.name} ({limit(body.decisionLimit)})
                </option>
              ))}
          </select>,
          t('form.bodyHelp'),
        )}
        {field(
          'meetingDate',
          t('form.meetingDate'),
          <IsoDateInput
            {...common('meetingDate')}
            value={draft.meetingDate}
            onChange={(meetingDate) => update({ meetingDate })}
          />,
        )}
        {field(
          'paragraph',
          t('form.paragraph'),
          <input
            {...common('paragraph', true)}
            value={draft.paragraph}
            onChange={(e) => update({ paragraph: e.target.value })}
          />,
          t('form.paragraphHelp'),
        )}
        {field(
          'kind',
          t('form.kind'),
          <select
            {...common('kind')}
            value={draft.kind}
            onChange={(e) => update({ kind: e.target.value as DecisionKind })}
          >
            {DECISION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`enums:decisionKind.${kind}`)}
              </option>
            ))}
          </select>,
        )}
        {draft.kind === 'assignment'
          ? field(
              'dueOn',
              t('form.dueOn'),
              <IsoDateInput
                {...common('dueOn')}
                value={draft.dueOn}
                onChange={(dueOn) => update({ dueOn })}
              />,
            )
          : null}
      </div>
      {field(
        'text',
        t('form.text'),
        <textarea
          {...common('text')}
          rows={4}
          value={draft.text}
          onChange={(e) => update({ text: e.target.value })}
        />,
      )}
      {field(
        'measureIds',
        t('form.measures'),
        <input
          {...common('measureIds', true)}
          value={draft.codes}
          onChange={(e) => update({ codes: e.target.value })}
        />,
        t('form.measuresHelp'),
      )}
      {draft.kind === 'decision' ? (
        <fieldset
          className="field"
          aria-describedby={errors.measureStatus ? `${id}-measureStatus-error` : undefined}
        >
          <legend>{t('form.measureStatus')}</legend>
          {(['', 'decided', 'cancelled'] as const).map((value) => (
            <div key={value || 'none'} className="field-checkbox">
              <input
                type="radio"
                id={
                  value === draft.measureStatus
                    ? `${id}-measureStatus`
                    : `${id}-measureStatus-${value || 'none'}`
                }
                name={`${id}-measureStatus`}
                checked={draft.measureStatus === value}
                onChange={() => update({ measureStatus: value })}
              />
              <label
                htmlFor={
                  value === draft.measureStatus
                    ? `${id}-measureStatus`
                    : `${id}-measureStatus-${value || 'none'}`
                }
              >
                {t(
                  value === 'decided'
                    ? 'form.measureStatusDecided'
                    : value === 'cancelled'
                      ? 'form.measureStatusCancelled'
                      : 'form.measureStatusNone',
                )}
              </label>
            </div>
          ))}
          {errors.measureStatus ? (
            <p id={`${id}-measureStatus-error`} className="field-error">
              {errors.measureStatus}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {field(
        'attachmentUrl',
        t('form.attachmentUrl'),
        <input
          {...common('attachmentUrl', true)}
          type="url"
          value={draft.attachmentUrl}
          onChange={(e) => update({ attachmentUrl: e.target.value })}
        />,
        t('form.attachmentHelp'),
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isPending}>
          {isPending ? t('form.saving') : t('form.submit')}
        </button>
      </div>
    </form>
  );
}
