import { useMemo, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ASSUMPTION_ROWS, type AssumptionKey } from '../../../shared/scenario-assumptions';
import type { TScenario } from '../../../shared/schemas/scenario';
import {
  type ConflictChoice,
  type ConflictField,
  resolveScenarioConflict,
  type ScenarioFieldChange,
  scenarioFieldChanges,
} from './scenario-conflict';
import { draftFromScenario, type ScenarioDraft } from './scenario-draft';

interface Props {
  /** The version the user started from, what he or she typed, and the version saved since. */
  base: TScenario;
  mine: ScenarioDraft;
  current: TScenario;
  planNames: ReadonlyMap<string, string>;
  /** The draft to save on top of `current`, or null to take `current` as it is. */
  onResolve: (draft: ScenarioDraft | null) => void;
  onCancel: () => void;
}

/**
 * Shown when a save meets a newer version (409), in the way of the measure's conflict dialog: every field and
 * cell either side changed, and a choice per colliding one. Nothing is overwritten unseen, and what the user
 * typed stays in the editor until he or she chooses.
 */
export function ScenarioConflictDialog({ base, mine, current, planNames, onResolve, onCancel }: Props) {
  const { t } = useTranslation('scenario');
  const theirs = useMemo(() => draftFromScenario(current), [current]);
  const changes = useMemo(
    () => scenarioFieldChanges(draftFromScenario(base), mine, theirs, base.input.baseYear),
    [base, mine, theirs],
  );
  const [choices, setChoices] = useState<Partial<Record<ConflictField, ConflictChoice>>>(() =>
    Object.fromEntries(changes.filter((c) => c.isConflict).map((c) => [c.field, 'mine'])),
  );
  const label = (field: ConflictField) => {
    const [year, key] = field.split('.');
    if (key === undefined) return t(`conflict.fields.${field}`);
    const row = ASSUMPTION_ROWS.find((r) => r.key === (key as AssumptionKey));
    return t('table.cell', { row: row ? t(`rows.${row.key}`) : key, year });
  };
  const value = (change: ScenarioFieldChange, text: string) => {
    if (text === '') return '–';
    if (change.field === 'planId') return planNames.get(text) ?? text;
    if (change.field === 'planSource') return t(`planSource.${text}`);
    return text;
  };
  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => (open ? undefined : onCancel())}
      className="modal-overlay"
    >
      <Modal className="modal modal-wide">
        <Dialog role="alertdialog" className="dialog" data-testid="conflict-dialog">
          <Heading slot="title">{t('conflict.title')}</Heading>
          <p className="help">{t('conflict.explain')}</p>
          <table className="table conflict-table">
            <thead>
              <tr>
                <th scope="col">{t('conflict.field')}</th>
                <th scope="col">{t('conflict.before')}</th>
                <th scope="col">{t('conflict.mine')}</th>
                <th scope="col">{t('conflict.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field} className={change.isConflict ? 'conflict-row' : undefined}>
                  <th scope="row">{label(change.field)}</th>
                  <td>{value(change, change.base)}</td>
                  <td>
                    {change.mine !== undefined ? (
                      value(change, change.mine)
                    ) : (
                      <em>{t('conflict.onlyTheirs')}</em>
                    )}
                  </td>
                  <td>
                    {change.isConflict ? (
                      <fieldset className="conflict-choice">
                        <legend className="visually-hidden">
                          {t('conflict.choice', { field: label(change.field) })}
                        </legend>
                        {(['mine', 'theirs'] as const).map((choice) => (
                          <label key={choice}>
                            <input
                              type="radio"
                              name={`choice-${change.field}`}
                              value={choice}
                              checked={choices[change.field] === choice}
                              onChange={() => setChoices((c) => ({ ...c, [change.field]: choice }))}
                            />{' '}
                            {choice === 'mine' ? t('conflict.keepMine') : t('conflict.keepTheirs')}
                            {choice === 'theirs' ? `: ${value(change, change.theirs)}` : ''}
                          </label>
                        ))}
                      </fieldset>
                    ) : change.mine !== undefined ? (
                      <>
                        {value(change, change.theirs)} <em>({t('conflict.onlyMine')})</em>
                      </>
                    ) : (
                      value(change, change.theirs)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onCancel}>
              {t('common:cancel')}
            </button>
            <button type="button" className="button button-danger" onClick={() => onResolve(null)}>
              {t('conflict.discardMine')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() =>
                onResolve(resolveScenarioConflict(changes, choices, theirs, current.input.baseYear))
              }
            >
              {t('conflict.saveChosen')}
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
