import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMeasure } from '../../../shared/schemas/measure';
import { unitPath } from './display';
import { rowKey } from './draft';
import { Tkr } from './economy-section';
import { fieldDomId } from './field-errors';
import type { MeasureContext, MeasureFormApi } from './form-api';
import { CellInput, CellSelect } from './form-fields';
import { Text } from './section';

/** *Övervältring*: costs another unit bears because of this measure, per year (SPEC §2, §4 net). */
export function CostShiftsView({ measure, context }: { measure: TMeasure; context: MeasureContext }) {
  const { t } = useTranslation('measure');
  return (
    <>
      <h3>{t('costShifts.title')}</h3>
      {measure.costShifts.length === 0 ? (
        <p className="empty-value">{t('costShifts.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('costShifts.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('costShifts.unit')}</th>
              <th scope="col">{t('economy.year')}</th>
              <th scope="col" className="num">
                {t('costShifts.amount')}
              </th>
              <th scope="col">{t('costShifts.description')}</th>
            </tr>
          </thead>
          <tbody>
            {measure.costShifts.map((shift, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cost shifts have no id; the list is read-only here
              <tr key={index}>
                <th scope="row">{unitPath(context.units, shift.bearingOrgUnitId)}</th>
                <td>{shift.year}</td>
                <td className="num">
                  <Tkr kronor={shift.amount} />
                </td>
                <td>
                  <Text value={shift.description} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function CostShiftsFields({ form, context }: { form: MeasureFormApi; context: MeasureContext }) {
  const { t } = useTranslation('measure');
  const { draft, update, errorOf } = form;
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number | 'add' | undefined>();
  useEffect(() => {
    if (focusRow === undefined) return;
    if (focusRow === 'add') addButton.current?.focus();
    else document.getElementById(fieldDomId(`costShifts.${focusRow}.bearingOrgUnitId`))?.focus();
    setFocusRow(undefined);
  }, [focusRow]);
  const setRow = (index: number, change: Partial<(typeof draft.costShifts)[number]>) =>
    update({ costShifts: draft.costShifts.map((s, i) => (i === index ? { ...s, ...change } : s)) });
  const unitOptions = context.units.map((u) => ({ value: u.id, label: u.path }));
  const yearOptions = context.years.map((y) => ({ value: String(y), label: String(y) }));
  return (
    <>
      <h3>{t('costShifts.title')}</h3>
      <p className="help">{t('costShifts.help')}</p>
      {draft.costShifts.length > 0 ? (
        <div className="table-scroll">
          <table className="table edit-table">
            <caption className="visually-hidden">{t('costShifts.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('costShifts.unit')}</th>
                <th scope="col">{t('economy.year')}</th>
                <th scope="col">{t('costShifts.amount')}</th>
                <th scope="col">{t('costShifts.description')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.costShifts.map((shift, index) => {
                const number = index + 1;
                const field = (part: string) => `costShifts.${index}.${part}`;
                return (
                  <tr key={shift.key}>
                    <td>
                      <CellSelect
                        field={field('bearingOrgUnitId')}
                        label={t('costShifts.unitLabel', { number })}
                        value={shift.bearingOrgUnitId}
                        onChange={(bearingOrgUnitId) => setRow(index, { bearingOrgUnitId })}
                        options={unitOptions}
                        empty={t('basic.chooseUnit')}
                        error={errorOf(field('bearingOrgUnitId'))}
                      />
                    </td>
                    <td>
                      <CellSelect
                        field={field('year')}
                        label={t('costShifts.yearLabel', { number })}
                        value={shift.year}
                        onChange={(year) => setRow(index, { year })}
                        options={yearOptions}
                        error={errorOf(field('year'))}
                      />
                    </td>
                    <td>
                      <CellInput
                        field={field('amount')}
                        label={t('costShifts.amountLabel', { number })}
                        inputMode="decimal"
                        className="amount-input"
                        value={shift.amount}
                        onChange={(amount) => setRow(index, { amount })}
                        error={errorOf(field('amount'))}
                      />
                    </td>
                    <td>
                      <CellInput
                        field={field('description')}
                        label={t('costShifts.descriptionLabel', { number })}
                        className="input-wide"
                        value={shift.description}
                        onChange={(description) => setRow(index, { description })}
                        error={errorOf(field('description'))}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small button-danger"
                        aria-label={t('costShifts.remove', { number })}
                        onClick={() => {
                          update({ costShifts: draft.costShifts.filter((_, i) => i !== index) });
                          setFocusRow('add');
                        }}
                      >
                        {t('remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty-value">{t('costShifts.none')}</p>
      )}
      <button
        ref={addButton}
        type="button"
        className="button"
        onClick={() => {
          const year = String(context.years[0] ?? '');
          update({
            costShifts: [
              ...draft.costShifts,
              { key: rowKey(), bearingOrgUnitId: '', year, amount: '', description: '' },
            ],
          });
          setFocusRow(draft.costShifts.length);
        }}
      >
        {t('costShifts.add')}
      </button>
    </>
  );
}
