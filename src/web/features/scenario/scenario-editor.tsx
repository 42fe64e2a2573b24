import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSource } from '../../../domain/scenario/plan-level';
import { type AssumptionKey, parseMnkr } from '../../../shared/scenario-assumptions';
import type { TScenario, TScenarioResult } from '../../../shared/schemas/scenario';
import { usePlans } from '../../app/queries';
import { errorMessage } from '../../components/query-state';
import { applyPaste, type TablePosition } from './assumption-paste';
import { AssumptionSection } from './assumption-section';
import { computeDraft, type DraftComputation } from './compute-draft';
import { draftErrorText, visibleError } from './draft-errors';
import { invalidateScenarios } from './queries';
import { ResultsSection } from './results-section';
import { isDraftChanged } from './scenario-conflict';
import { ScenarioConflictDialog } from './scenario-conflict-dialog';
import {
  addYear,
  draftBaseYear,
  draftFromScenario,
  removeYear,
  type ScenarioDraft,
  setCell,
  withPlanLevels,
} from './scenario-draft';
import { ScenarioFacts } from './scenario-facts';
import { ScenarioFields } from './scenario-fields';
import { ScenarioToolbar } from './scenario-toolbar';
import { useAssumptionImport } from './use-assumption-import';
import { usePlanEffectsMap } from './use-plan-effects-map';
import { type SaveFailure, useScenarioSave } from './use-scenario-save';
import { useUnsavedWarning } from './use-unsaved-warning';

interface Props {
  /** The saved scenario; null for a new one. */
  saved: TScenario | null;
  savedResult: TScenarioResult | undefined;
  initialDraft: ScenarioDraft;
  /** The assumption table can be typed in (not when shown as of a past instant). */
  isEditable: boolean;
  /**
   * The user may save (admin or controller for the whole organisation). Without it the table is a place to
   * try other assumptions and see what they give: nothing is saved, and the saved ones can be restored.
   */
  canSave: boolean;
  onCreated: (created: TScenario) => void;
  onNotice: (text: string) => void;
}

type OkComputation = Extract<DraftComputation, { ok: true }>;

/**
 * The forecast tool's editor: the header, the assumption table recalculated locally on every keystroke with
 * the domain's own model, the results per year and the charts; save with the version (409 → conflict
 * dialog), save as copy, import from and export to files.
 */
export function ScenarioEditor(props: Props) {
  const { saved, savedResult, initialDraft, isEditable, canSave, onCreated, onNotice } = props;
  const { t } = useTranslation('scenario');
  const plans = usePlans();
  const client = useQueryClient();
  const [base, setBase] = useState(saved);
  const [initial] = useState(initialDraft);
  const [draft, setDraft] = useState(initialDraft);
  const [attempted, setAttempted] = useState(false);
  const [status, setStatus] = useState('');
  const [pasteError, setPasteError] = useState<string>();
  const fallbackBaseYear = base?.input.baseYear ?? Number(initial.baseYear);
  const effects = usePlanEffectsMap(draft, fallbackBaseYear, savedResult);
  const computation = useMemo(
    () => computeDraft(draft, fallbackBaseYear, effects.map),
    [draft, fallbackBaseYear, effects.map],
  );
  // While the table has an error, the results show the last computation that could be made.
  const lastGood = useRef<OkComputation | undefined>(undefined);
  if (computation.ok) lastGood.current = computation;
  const baseDraft = useMemo(() => (base ? draftFromScenario(base) : initial), [base, initial]);
  const isChanged = isEditable && isDraftChanged(baseDraft, draft, fallbackBaseYear);
  const isDirty = canSave && isChanged;
  useUnsavedWarning(isDirty);

  const saving = useScenarioSave({
    onSaved: (next) => {
      setBase(next);
      setAttempted(false);
      onNotice(t('editor.saved'));
    },
    onCreated,
  });
  const isPlanLevelEditable = !draft.planId || draft.planSource === 'given';
  const importer = useAssumptionImport({ draft, fallbackBaseYear, isPlanLevelEditable, onMerged: setDraft });
  const errors = computation.ok ? [] : computation.errors;
  const errorAt = (place: string) => {
    const error = errors.find((e) => e.place === place);
    return error && visibleError(error, draft, attempted) ? draftErrorText(error, t) : undefined;
  };

  const save = () => {
    setAttempted(true);
    if (!computation.ok) {
      // Once the errors show, the first one gets the focus: the user starts fixing where it is.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus());
      return;
    }
    if (!base) void saving.create(draft, computation.input);
    else if (!isDirty) onNotice(t('editor.unchanged'));
    else void saving.update(base, draft, computation.input);
  };
  const saveAsCopy = (name: string) => {
    setAttempted(true);
    if (!computation.ok) throw new Error(t('editor.fixFirst', { count: computation.errors.length }));
    return saving.create(draft, computation.input, name);
  };
  const onCellChange = (column: number, key: AssumptionKey, text: string) => {
    const next = setCell(draft, column, key, text);
    setDraft(next.draft);
    const year = draftBaseYear(draft, fallbackBaseYear) + 1 + column;
    setStatus(next.sideEffect ? t(`table.cleared.${next.sideEffect.cleared}`, { year }) : '');
  };
  const onPaste = (at: TablePosition, text: string) => {
    const outcome = applyPaste(draft, text, at, { isPlanLevelEditable, fallbackBaseYear });
    if (!outcome) return false;
    if (!outcome.ok) {
      setPasteError(t('table.pasteFailed', { message: outcome.message }));
      return true;
    }
    setPasteError(undefined);
    setDraft(outcome.draft);
    setStatus(
      [
        t('table.pasted', { count: outcome.changed }),
        outcome.skippedPlanLevel ? t('table.pastedPlanLevel') : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    return true;
  };
  const onPlanSourceChange = (source: PlanSource) => {
    const levels = lastGood.current?.chosen.map((c) => c.planLevel) ?? [];
    setDraft((d) =>
      source === 'given' && d.planSource !== 'given'
        ? withPlanLevels({ ...d, planSource: source }, levels)
        : { ...d, planSource: source },
    );
  };
  const shown = computation.ok ? computation : lastGood.current;
  const planNames = new Map((plans.data ?? []).map((p) => [p.id, p.name]));

  return (
    <>
      <ScenarioToolbar
        savedId={base?.id}
        name={base?.name ?? draft.name}
        isEditable={canSave}
        isDirty={isDirty}
        busy={saving.busy}
        isImporting={importer.busy}
        onSave={save}
        onSaveAsCopy={saveAsCopy}
        onImport={importer.read}
      />
      <Failure
        failure={
          attempted && !computation.ok
            ? { message: t('editor.fixFirst', { count: computation.errors.length }), details: [] }
            : saving.failure
        }
      />
      {importer.message ? (
        <div className={`alert ${importer.message.isError ? 'alert-error' : 'alert-ok'}`} role="status">
          {importer.message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      {!canSave && isChanged ? (
        <div className="alert alert-warning try-notice" role="status">
          <p>{t('editor.tried')}</p>
          <button type="button" className="button" onClick={() => setDraft(baseDraft)}>
            {t('editor.restoreSaved')}
          </button>
        </div>
      ) : null}
      {isEditable && canSave ? (
        <ScenarioFields
          draft={draft}
          plans={plans.data ?? []}
          errorAt={errorAt}
          baseResult={baseResultOf(draft, fallbackBaseYear)}
          onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
          onPlanSourceChange={onPlanSourceChange}
        />
      ) : base ? (
        <ScenarioFacts scenario={base} planName={base.planId ? planNames.get(base.planId) : undefined} />
      ) : null}
      <AssumptionSection
        draft={draft}
        years={computation.years}
        isEditable={isEditable}
        isPlanLevelEditable={isPlanLevelEditable}
        chosen={shown?.chosen}
        planSource={draft.planSource}
        errorAt={errorAt}
        tableErrors={errors
          .filter((e) => e.place === 'table' || e.place === '')
          .map((e) => draftErrorText(e, t))}
        status={status}
        pasteError={pasteError}
        onCellChange={onCellChange}
        onPaste={onPaste}
        onAddYear={() => setDraft(addYear)}
        onRemoveYear={() => setDraft(removeYear)}
      />
      <ResultsSection
        shown={shown}
        isStale={!computation.ok}
        isLoadingPlan={effects.isLoading}
        planError={effects.error ? errorMessage(effects.error) : undefined}
        planLinked={draft.planId !== null && effects.map !== null}
        effects={effects.map}
        base={baseFiguresOf(draft, fallbackBaseYear)}
      />
      {saving.conflict && base ? (
        <ScenarioConflictDialog
          base={base}
          mine={saving.conflict.mine}
          current={saving.conflict.current}
          planNames={planNames}
          onCancel={saving.clearConflict}
          onResolve={(resolved) => {
            const current = saving.conflict?.current;
            saving.clearConflict();
            if (!current) return;
            setBase(current);
            if (resolved === null) {
              // The other version stands: show it, and the page's header, as saved.
              setDraft(draftFromScenario(current));
              void invalidateScenarios(client);
              return;
            }
            setDraft(resolved);
            setAttempted(true);
            const next = computeDraft(resolved, current.input.baseYear, effects.map);
            if (next.ok) void saving.update(current, resolved, next.input);
          }}
        />
      ) : null}
    </>
  );
}

function baseFiguresOf(draft: ScenarioDraft, fallbackBaseYear: number) {
  const revenue = parseMnkr(draft.baseRevenue);
  const netCost = parseMnkr(draft.baseNetCost);
  if (!revenue.ok || !netCost.ok || revenue.value === null || netCost.value === null) return null;
  return { year: draftBaseYear(draft, fallbackBaseYear), revenue: revenue.value, netCost: netCost.value };
}

function baseResultOf(draft: ScenarioDraft, fallbackBaseYear: number): number | null {
  const base = baseFiguresOf(draft, fallbackBaseYear);
  return base ? base.revenue - base.netCost : null;
}

function Failure({ failure }: { failure: SaveFailure | undefined }) {
  if (!failure) return null;
  return (
    <div className="alert alert-error" role="alert" data-testid="save-failure">
      <p>{failure.message}</p>
      {failure.details.length > 0 ? (
        <ul>
          {failure.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
