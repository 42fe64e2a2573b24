import { type ReactNode, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './query-state';

interface Props {
  /** The text of the button that opens the dialog. */
  trigger: string;
  /** The trigger's accessible name when its text alone is ambiguous (e.g. "Ta bort" on every row of a list). */
  triggerLabel?: string;
  triggerClassName?: string;
  title: string;
  /** What will happen, in words the user can check before confirming. */
  children: ReactNode;
  /** The text of the confirming button (say what it does: "Ta bort åtgärden", not "OK"). */
  confirm: string;
  /** Runs on confirmation; the dialog stays open with the error if it throws. */
  onConfirm: () => Promise<unknown> | undefined;
  /** A destructive action: the confirming button is red. */
  isDanger?: boolean;
}

/**
 * A confirmation before an action that cannot be undone (React Aria: focus moves into the dialog, stays
 * there, Escape cancels, and focus returns to the button that opened it). Cancel has the first focus, so a
 * stray Enter never confirms.
 */
export function ConfirmDialog({
  trigger,
  triggerLabel,
  triggerClassName,
  title,
  children,
  confirm,
  onConfirm,
  isDanger,
}: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const [isPending, setPending] = useState(false);
  return (
    <DialogTrigger onOpenChange={(isOpen) => (isOpen ? undefined : setError(undefined))}>
      <Button className={triggerClassName ?? 'button'} aria-label={triggerLabel}>
        {trigger}
      </Button>
      <ModalOverlay className="modal-overlay">
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog" data-testid="confirm-dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{title}</Heading>
                <div className="dialog-body">{children}</div>
                {error ? (
                  <p className="alert alert-error" role="alert">
                    {error}
                  </p>
                ) : null}
                <div className="dialog-actions">
                  <Button className="button" onPress={close} autoFocus>
                    {t('cancel')}
                  </Button>
                  <Button
                    className={isDanger ? 'button button-primary button-danger' : 'button button-primary'}
                    isDisabled={isPending}
                    onPress={async () => {
                      setPending(true);
                      setError(undefined);
                      try {
                        await onConfirm();
                        close();
                      } catch (failure) {
                        setError(errorMessage(failure));
                      } finally {
                        setPending(false);
                      }
                    }}
                  >
                    {confirm}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
