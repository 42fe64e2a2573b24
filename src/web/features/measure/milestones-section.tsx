import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMeasure } from '../../../shared/schemas/measure';
import { formatDate } from './display';
import { rowKey } from './draft';
import { fieldDomId } from './field-errors';
import type { MeasureFormApi } from './form-api';
import { CellInput } from './form-fields';
import { MeasureSection, Text } from './section';

export function MilestonesView({ measure }: { measure: TMeasure }) {
  const { t } = useTranslation('measure');
  return (
    <MeasureSection id="milstolpar" title={t('sections.milestones')}>
      {measure.milestones.length === 0 ? (
        <p className="empty-value">{t('milestones.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('sections.milestones')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('milestones.title')}</th>
              <th scope="col">{t('milestones.dueOn')}</th>
              <th scope="col">{t('milestones.doneOn')}</th>
            </tr>
          </thead>
          <tbody>
            {measure.milestones.map((m, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: milestones have no id; the list is read-only here
              <tr key={index}>
                <th scope="row">
                  <Text value={m.title} />
                </th>
                <td>{formatDate(m.dueOn)}</td>
                <td>
                  {m.doneOn ? (
                    <span className="badge badge-ok">{formatDate(m.doneOn)}</span>
                  ) : (
                    t('milestones.notDone')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </MeasureSection>
  );
}

export function MilestonesFields({ form }: { form: MeasureFormApi }) {
  const { t } = useTranslation('measure');
  const { draft, update, errorOf } = form;
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number | 'add' | undefined>();
  useEffect(() => {
    if (focusRow === undefined) return;
    if (focusRow === 'add') addButton.current?.focus();
    else document.getElementById(fieldDomId(`milestones.${focusRow}.title`))?.focus();
    setFocusRow(undefined);
  }, [focusRow]);
  const setRow = (index: number, change: Partial<(typeof draft.milestones)[number]>) =>
    update({ milestones: draft.milestones.map((m, i) => (i === index ? { ...m, ...change } : m)) });
  return (
    <MeasureSection id="milstolpar" title={t('sections.milestones')}>
      {draft.milestones.length === 0 ? <p className="empty-value">{t('milestones.none')}</p> : null}
      {draft.milestones.length > 0 ? (
        <div className="table-scroll">
          <table className="table edit-table">
            <caption className="visually-hidden">{t('sections.milestones')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('milestones.title')}</th>
                <th scope="col">{t('milestones.dueOn')}</th>
                <th scope="col">{t('milestones.doneOn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.milestones.map((m, index) => {
                const number = index + 1;
                return (
                  <tr key={m.key}>
                    <td>
                      <CellInput
                        field={`milestones.${index}.title`}
                        label={t('milestones.titleLabel', { number })}
                        value={m.title}
                        onChange={(title) => setRow(index, { title })}
                        error={errorOf(`milestones.${index}.title`)}
                        className="input-wide"
                      />
                    </td>
                    <td>
                      <CellInput
                        field={`milestones.${index}.dueOn`}
                        type="date"
                        label={t('milestones.dueOnLabel', { number })}
                        value={m.dueOn}
                        onChange={(dueOn) => setRow(index, { dueOn })}
                        error={errorOf(`milestones.${index}.dueOn`)}
                      />
                    </td>
                    <td>
                      <CellInput
                        field={`milestones.${index}.doneOn`}
                        type="date"
                        label={t('milestones.doneOnLabel', { number })}
                        value={m.doneOn}
                        onChange={(doneOn) => setRow(index, { doneOn })}
                        error={errorOf(`milestones.${index}.doneOn`)}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small button-danger"
                        aria-label={t('milestones.remove', { number, title: m.title })}
                        onClick={() => {
                          update({ milestones: draft.milestones.filter((_, i) => i !== index) });
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
      ) : null}
      <button
        ref={addButton}
        type="button"
        className="button"
        onClick={() => {
          update({ milestones: [...draft.milestones, { key: rowKey(), title: '', dueOn: '', doneOn: '' }] });
          setFocusRow(draft.milestones.length);
        }}
      >
        {t('milestones.add')}
      </button>
    </MeasureSection>
  );
}
