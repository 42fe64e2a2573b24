import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { amountText } from '../app/page-locale';
import type { ImplausibleChange } from '../app/plausibility';

interface Props {
  /** The changes to confirm; the dialog is open while there are any. */
  changes: readonly ImplausibleChange[];
  /** The limit in force, named in the reason "över gränsen …". */
  limit: number;
  /** Save anyway. */
  onConfirm: () => void;
  /** Back to editing: nothing is saved. */
  onCancel: () => void;
}

/** Amounts as the screens show them: tkr, with mnkr where the amount is large enough to need it. */
function show(kronor: number | null | undefined): string {
  if (kronor === null || kronor === undefined) return '–';
  return amountText(kronor, { unit: Math.abs(kronor) >= 1_000_000_000 ? 'mnkr' : 'tkr' });
}

/**
 * Asks before an implausible amount is saved (issue 11): each change with its old and new value in Swedish
 * format and why it looks wrong. "Ändra beloppet" has the first focus, so a stray Enter never saves a typo.
 */
export function PlausibilityDialog({ changes, limit, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={changes.length > 0}
      isDismissable
      onOpenChange={(isOpen) => (isOpen ? undefined : onCancel())}
    >
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog" data-testid="plausibility-dialog">
          <Heading slot="title">{t('plausibility.title', { count: changes.length })}</Heading>
          <div className="dialog-body">
            <p>{t('plausibility.intro')}</p>
            <ul className="plausibility-list">
              {changes.map((change) => (
                <li key={change.label}>
                  <strong>{change.label}</strong>:{' '}
                  {t('plausibility.change', { previous: show(change.previous), next: show(change.next) })}{' '}
                  <span className="plausibility-reason">
                    (
                    {change.reasons
                      .map((reason) => t(`plausibility.reason.${reason}`, { limit: show(limit) }))
                      .join('; ')}
                    )
                  </span>
                </li>
              ))}
            </ul>
          </div>
          <div className="dialog-actions">
            <Button className="button" onPress={onCancel} autoFocus>
              {t('plausibility.cancel')}
            </Button>
            <Button className="button button-primary" onPress={onConfirm}>
              {t('plausibility.confirm')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
