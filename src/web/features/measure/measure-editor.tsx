import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureStatus } from '../../../shared/enums';
import type { TMeasure, TMeasureInput, TMeasurePatch } from '../../../shared/schemas/measure';
import { ApiError } from '../../api/client';
import { createMeasure, updateMeasure } from '../../api/endpoints';
import { findImplausible, type ImplausibleChange, usePlausibilityLimit } from '../../app/plausibility';
import { ConflictDialog, type MeasureConflict, measureConflictOf } from '../../components/conflict-dialog';
import { PlausibilityDialog } from '../../components/plausibility-dialog';
import { errorMessage } from '../../components/query-state';
import { measureAmountChanges } from './amount-changes';
import { BasicFields } from './basic-section';
import { draftFromInput, type MeasureDraft, parseDraft } from './draft';
import { EconomyFields } from './economy-section';
import { ErrorSummary } from './error-summary';
import { type FieldError, serverFieldErrors } from './field-errors';
import { FollowUpFields } from './follow-up-section';
import type { MeasureContext, MeasureFormApi } from './form-api';
import { LinksFields } from './links-section';
import { MilestonesFields } from './milestones-section';
import { changedFields, inputOfMeasure } from './patch';
import { invalidateAfterChange, measureKey } from './queries';
import { RiskFields } from './risk-section';
import { SectionContents } from './section-contents';

export type SaveOutcome = 'created' | 'saved' | 'unchanged' | 'discarded';

type Props = {
  context: MeasureContext;
  /** The units the user may place the measure in. */
  unitIds: readonly string[];
  onSaved: (measure: TMeasure, outcome: SaveOutcome) => void;
  onCancel: () => void;
} & ({ mode: 'create'; initial: TMeasureInput } | { mode: 'edit'; measure: TMeasure });

/**
 * The measure form, for a new measure (POST) or a change (PATCH of the changed fields with the version the
 * user started from). Errors from the form's own checks or the server are shown at each field and in a
 * summary; a save that meets a newer version opens the conflict dialog instead of overwriting anything.
 */
export function MeasureEditor(props: Props) {
  const { t } = useTranslation('measure');
  const client = useQueryClient();
  const { context, unitIds, onSaved, onCancel } = props;
  /** The version the user's changes are based on (moves on only when the user resolves a conflict). */
  const [base, setBase] = useState<TMeasure | undefined>(props.mode === 'edit' ? props.measure : undefined);
  const [draft, setDraft] = useState<MeasureDraft>(() =>
    draftFromInput(props.mode === 'edit' ? inputOfMeasure(props.measure) : props.initial),
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [isPending, setPending] = useState(false);
  const [conflict, setConflict] = useState<{ conflict: MeasureConflict; mine: Partial<TMeasureInput> }>();
  const summary = useRef<HTMLDivElement>(null);
  const limit = usePlausibilityLimit();
  /** Implausible amounts waiting for "Spara ändå", with the save they hold back (issue 11, item 2). */
  const [toConfirm, setToConfirm] = useState<{ changes: ImplausibleChange[]; run: () => Promise<void> }>();
  const fromStatus: MeasureStatus = base?.status ?? 'proposed';

  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const show = (list: FieldError[]) => {
    setErrors(list);
    setAttempt((n) => n + 1);
  };
  const showFailure = (error: unknown, sent: Partial<TMeasureInput>) => {
    if (error instanceof ApiError && error.details.some((d) => d.field))
      show(serverFieldErrors(error.details, sent));
    else show([{ field: '', message: errorMessage(error) }]);
  };
  const finish = async (measure: TMeasure, outcome: SaveOutcome) => {
    client.setQueryData(measureKey(measure.id, undefined), measure);
    await invalidateAfterChange(client, measure.id);
    onSaved(measure, outcome);
  };

  const save = async (measure: TMeasure, patch: TMeasurePatch) => {
    const { version: _version, ...mine } = patch;
    setPending(true);
    try {
      await finish(await updateMeasure(measure.id, patch), 'saved');
    } catch (error) {
      const found = measureConflictOf(error);
      if (found) setConflict({ conflict: found, mine });
      else showFailure(error, patch);
    } finally {
      setPending(false);
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDraft(draft, { years: context.years, fromStatus });
    if (parsed.errors.length > 0) {
      show(parsed.errors.map((e) => ({ field: e.field, message: t(`errors.${e.code}`) })));
      return;
    }
    setErrors([]);
    const implausible = findImplausible(
      measureAmountChanges(base ? inputOfMeasure(base) : undefined, parsed.input, {
        effect: (year, costType) => `${t(`enums:costType.${costType}`)} ${year}`,
        field: (field) => t(`fields:${field}`),
      }),
      limit,
    );
    const run = async () => {
      if (!base) {
        setPending(true);
        try {
          await finish(await createMeasure(context.plan.id, parsed.input), 'created');
        } catch (error) {
          showFailure(error, parsed.input);
        } finally {
          setPending(false);
        }
        return;
      }
      const changes = changedFields(inputOfMeasure(base), parsed.input);
      if (Object.keys(changes).length === 0) {
        onSaved(base, 'unchanged');
        return;
      }
      await save(base, { ...changes, version: base.version });
    };
    if (implausible.length > 0) setToConfirm({ changes: implausible, run });
    else await run();
  };

  const onResolve = async (patch: TMeasurePatch | null) => {
    if (!conflict) return;
    const current = conflict.conflict.current;
    setConflict(undefined);
    setBase(current);
    if (patch === null) await finish(current, 'discarded');
    else await save(current, patch);
  };

  const form: MeasureFormApi = {
    draft,
    update: (change) => setDraft((d) => ({ ...d, ...change })),
    errorOf: (field) => errors.find((e) => e.field === field)?.message,
  };
  return (
    <form className="measure-form" noValidate onSubmit={(e) => void onSubmit(e)} data-testid="measure-form">
      <ErrorSummary errors={errors} ref={summary} />
      <p className="help">{t('form.intro')}</p>
      <SectionContents withRecords={false} />
      <BasicFields form={form} context={context} fromStatus={fromStatus} unitIds={unitIds} />
      <EconomyFields form={form} plan={context.plan} years={context.years} />
      <RiskFields form={form} />
      <FollowUpFields form={form} />
      <MilestonesFields form={form} />
      <LinksFields form={form} context={context} measureId={base?.id} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isPending}>
          {base ? t('form.save') : t('form.create')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={isPending}>
          {t('common:cancel')}
        </button>
        {isPending ? (
          <span role="status" className="help">
            {t('form.saving')}
          </span>
        ) : null}
      </div>
      <PlausibilityDialog
        changes={toConfirm?.changes ?? []}
        limit={limit}
        onConfirm={() => {
          const pending = toConfirm;
          setToConfirm(undefined);
          if (pending) void pending.run();
        }}
        onCancel={() => setToConfirm(undefined)}
      />
      {conflict && base ? (
        <ConflictDialog
          conflict={conflict.conflict}
          base={base}
          mine={conflict.mine}
          onResolve={(patch) => void onResolve(patch)}
          onCancel={() => setConflict(undefined)}
        />
      ) : null}
    </form>
  );
}
