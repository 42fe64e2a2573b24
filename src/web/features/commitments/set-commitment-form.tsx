import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ancestry, parentMap } from '../../../domain/access';
import { compareSwedish } from '../../../shared/collation';
import { formatAmount, parseAmount } from '../../../shared/money';
import type { TCommitment } from '../../../shared/schemas/commitment';
import type { TOrgUnit } from '../../../shared/schemas/org-unit';
import { setCommitment } from '../../api/commitments';
import { amountText } from '../../app/page-locale';
import { useOrgUnits } from '../../app/plan-context';
import { useUsers } from '../measure/queries';
import { fieldErrors } from '../rounds/rounds';
import { useRefreshCommitments } from './queries';

interface Props {
  planId: string;
  year: number;
  /** The units the user may set commitments for (the controller above, or an admin). */
  units: readonly TOrgUnit[];
  commitments: readonly TCommitment[];
  /** The unit chosen from the list's "Ändra": the form opens with its present amount, focused. */
  initialUnitId?: string | undefined;
  onDone: (message: string) => void;
}

/** The managers who could answer for the unit: a manager grant on it or above (the tenant's users, if readable). */
function useManagerChoices(unitId: string, units: readonly TOrgUnit[]) {
  const { users } = useUsers();
  const all = useOrgUnits({ now: true }).data ?? units;
  return useMemo(() => {
    if (!unitId || !users) return [];
    const above = new Set(ancestry(parentMap(all), unitId));
    return users
      .filter(
        (user) => user.isActive && user.grants.some((g) => g.role === 'manager' && above.has(g.orgUnitId)),
      )
      .sort((a, b) => compareSwedish(a.name, b.name));
  }, [unitId, users, all]);
}

/** "Sätt beting": a unit and its amount for the year in tkr, written the Swedish way (parseAmount). */
export function SetCommitmentForm({ planId, year, units, commitments, initialUnitId, onDone }: Props) {
  const { t } = useTranslation('commitments');
  const id = useId();
  const refresh = useRefreshCommitments();
  const amountOf = (unit: string) => {
    const existing = commitments.find((c) => c.orgUnitId === unit);
    if (!existing) return '';
    // Inputs keep Swedish notation; the exact kronor when they are not whole thousands.
    const decimals = existing.amount % 1000 === 0 ? 0 : 3;
    return formatAmount(existing.amount, { unit: 'tkr', decimals, withUnit: false });
  };
  const managerOf = (unit: string) => commitments.find((c) => c.orgUnitId === unit)?.managerUserId ?? '';
  const [unitId, setUnitId] = useState(initialUnitId ?? '');
  const [managerId, setManagerId] = useState(() => managerOf(initialUnitId ?? ''));
  const managers = useManagerChoices(unitId, units);
  const [amount, setAmount] = useState(() => amountOf(initialUnitId ?? ''));
  useEffect(() => {
    if (initialUnitId) document.getElementById(`${id}-amount`)?.focus();
  }, [initialUnitId, id]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isPending, setPending] = useState(false);

  const chooseUnit = (next: string) => {
    setUnitId(next);
    setAmount(amountOf(next));
    setManagerId(managerOf(next));
    setErrors({});
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const parsed = amount.trim() === '' ? undefined : parseAmount(amount, 'tkr');
    if (!unitId) local.orgUnitId = t('set.unitRequired');
    if (!parsed) local.amount = t('set.amountRequired');
    else if (!parsed.ok) local.amount = parsed.message;
    else if (parsed.kronor < 0) local.amount = t('set.negative');
    setErrors(local);
    if (Object.keys(local).length > 0 || !parsed?.ok) {
      document.getElementById(`${id}-${local.orgUnitId ? 'orgUnitId' : 'amount'}`)?.focus();
      return;
    }
    setPending(true);
    try {
      const saved = await setCommitment(planId, {
        orgUnitId: unitId,
        year,
        amount: parsed.kronor,
        managerUserId: managerId || null,
      });
      await refresh();
      onDone(t('set.saved', { unit: saved.orgUnitPath, amount: amountText(saved.amount, { unit: 'kr' }) }));
    } catch (failure) {
      setErrors(fieldErrors(failure, ['orgUnitId', 'amount']));
    } finally {
      setPending(false);
    }
  };

  const described = (field: string, help?: boolean) =>
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
    <form
      className="form card commitment-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`}>{t('set.heading')}</h2>
      <p className="help">{t('set.lead')}</p>
      {errors.form ? (
        <p className="alert alert-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-orgUnitId`}>{t('set.unit')}</label>
          <select
            id={`${id}-orgUnitId`}
            value={unitId}
            onChange={(event) => chooseUnit(event.target.value)}
            aria-invalid={errors.orgUnitId ? true : undefined}
            aria-describedby={described('orgUnitId')}
            data-testid="commitment-unit"
          >
            <option value="">{t('set.chooseUnit')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.path}
              </option>
            ))}
          </select>
          {fieldError('orgUnitId')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-amount`}>{t('set.amount')}</label>
          <input
            id={`${id}-amount`}
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            aria-invalid={errors.amount ? true : undefined}
            aria-describedby={described('amount', true)}
            data-testid="commitment-amount"
          />
          <p id={`${id}-amount-help`} className="help">
            {t('set.amountHelp')}
          </p>
          {fieldError('amount')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-manager`}>{t('set.manager')}</label>
          <select
            id={`${id}-manager`}
            value={managerId}
            onChange={(event) => setManagerId(event.target.value)}
            aria-describedby={`${id}-manager-help`}
            data-testid="commitment-manager"
          >
            <option value="">{t('set.unitManager')}</option>
            {managers.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
          <p id={`${id}-manager-help`} className="help">
            {t('set.managerHelp')}
          </p>
        </div>
      </div>
      <p>
        <button type="submit" className="button button-primary" disabled={isPending}>
          {t('set.submit')}
        </button>
      </p>
    </form>
  );
}
