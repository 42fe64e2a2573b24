import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlan } from '../../../shared/schemas/plan';
import type { Target } from './import-model';

interface Props {
  plans: readonly TPlan[];
  target: Target;
  newName: string;
  existingId: string;
  nameError: string | undefined;
  nameInput: RefObject<HTMLInputElement | null>;
  disabled: boolean;
  onTarget: (target: Target) => void;
  onNewName: (name: string) => void;
  onExisting: (planId: string) => void;
}

/** Where the file goes: a new plan (with its name) or an existing one. */
export function TargetFields({
  plans,
  target,
  newName,
  existingId,
  nameError,
  nameInput,
  disabled,
  onTarget,
  onNewName,
  onExisting,
}: Props) {
  const { t } = useTranslation('import');
  return (
    <fieldset className="import-target">
      <legend>{t('target')}</legend>
      <div className="import-target-option">
        <input
          type="radio"
          id="import-target-new"
          name="target"
          value="new"
          checked={target === 'new'}
          onChange={() => onTarget('new')}
          disabled={disabled}
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
            onChange={(event) => onNewName(event.target.value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={
              nameError ? 'import-new-name-help import-new-name-error' : 'import-new-name-help'
            }
            disabled={disabled}
          />
          <p id="import-new-name-help" className="help">
            {t('newPlanNameHelp')}
          </p>
          {nameError ? (
            <p id="import-new-name-error" className="field-error">
              {nameError}
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
          onChange={() => onTarget('existing')}
          disabled={disabled || plans.length === 0}
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
            onChange={(event) => onExisting(event.target.value)}
            disabled={disabled}
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
  );
}
