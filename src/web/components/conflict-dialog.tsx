import { useMemo, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatSwedishDateTime } from '../../shared/date-format';
import type { TMeasure, TMeasureInput, TMeasurePatch } from '../../shared/schemas/measure';
import {
  type Choice,
  fieldChanges,
  type MeasureConflict,
  type MeasureField,
  resolvedPatch,
} from '../features/measure-conflict/conflict';
import { fieldValueText } from './field-value';

export type { MeasureConflict } from '../features/measure-conflict/conflict';
export { measureConflictOf } from '../features/measure-conflict/conflict';

interface Props {
  conflict: MeasureConflict;
  /** The version the user started from. */
  base: TMeasure;
  /** The fields the user tried to save. */
  mine: Partial<TMeasureInput>;
  /** The patch to send (its version is the current one), or null to keep the other person's version. */
  onResolve: (patch: TMeasurePatch | null) => void;
  onCancel: () => void;
}

/**
 * Shown when a save hits a newer version: who changed it and when, every field either side changed, and a
 * choice per colliding field. Nothing is ever overwritten without the user seeing the other value.
 */
export function ConflictDialog({ conflict, base, mine, onResolve, onCancel }: Props) {
  const { t } = useTranslation('conflict');
  const changes = useMemo(() => fieldChanges(base, mine, conflict.current), [base, mine, conflict]);
  const [choices, setChoices] = useState<Partial<Record<MeasureField, Choice>>>(() =>
    Object.fromEntries(changes.filter((c) => c.isConflict).map((c) => [c.field, 'mine'])),
  );
  const at = conflict.changedAt ? formatSwedishDateTime(conflict.changedAt) : '';
  const value = (field: string, v: unknown) => fieldValueText(field, v, t);
  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => (open ? undefined : onCancel())}
      className="modal-overlay"
    >
      <Modal className="modal modal-wide">
        <Dialog role="alertdialog" className="dialog" data-testid="conflict-dialog">
          <Heading slot="title">{t('title')}</Heading>
          <p>
            {conflict.changedBy ? t('changedBy', { name: conflict.changedBy, at }) : t('changedByUnknown')}
          </p>
          <p className="help">{t('explain')}</p>
          <table className="table conflict-table">
            <thead>
              <tr>
                <th scope="col">{t('field')}</th>
                <th scope="col">{t('before')}</th>
                <th scope="col">{t('mine')}</th>
                <th scope="col">{t('theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => {
                const label = t(`fields:${change.field}`);
                return (
                  <tr key={change.field} className={change.isConflict ? 'conflict-row' : undefined}>
                    <th scope="row">{label}</th>
                    <td>{value(change.field, change.base)}</td>
                    <td>
                      {'mine' in change ? value(change.field, change.mine) : <em>{t('onlyTheirs')}</em>}
                    </td>
                    <td>
                      {change.isConflict ? (
                        <fieldset className="conflict-choice">
                          <legend className="visually-hidden">{t('choice', { field: label })}</legend>
                          {(['mine', 'theirs'] as const).map((choice) => (
                            <label key={choice}>
                              <input
                                type="radio"
                                name={`choice-${change.field}`}
                                value={choice}
                                checked={choices[change.field] === choice}
                                onChange={() => setChoices((c) => ({ ...c, [change.field]: choice }))}
                              />{' '}
                              {choice === 'mine' ? t('keepMine') : t('keepTheirs')}
                              {choice === 'theirs' ? `: ${value(change.field, change.theirs)}` : ''}
                            </label>
                          ))}
                        </fieldset>
                      ) : 'mine' in change ? (
                        <>
                          {value(change.field, change.theirs)} <em>({t('onlyMine')})</em>
                        </>
                      ) : (
                        value(change.field, change.theirs)
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onCancel}>
              {t('common:cancel')}
            </button>
            <button type="button" className="button button-danger" onClick={() => onResolve(null)}>
              {t('discardMine')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => onResolve(resolvedPatch(changes, choices, conflict.current))}
            >
              {t('saveChosen')}
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
