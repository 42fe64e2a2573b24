import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TRoundView } from '../../../shared/schemas/round';
import { closeRound, reopenRound } from '../../api/rounds';
import { errorMessage } from '../../components/query-state';
import { ReasonField } from '../../components/reason-field';
import { draftDetails, fieldErrors } from './rounds';

/** After a round changes: its list, its view and every summary (a closed period's figures are now frozen). */
function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['rounds'] }),
      queryClient.invalidateQueries({ queryKey: ['round', id] }),
      queryClient.invalidateQueries({ queryKey: ['summary'] }),
    ]);
}

interface ActionDialogProps {
  trigger: string;
  /** The trigger's accessible name when its text alone is ambiguous (one button per row). */
  triggerLabel?: string;
  triggerClassName: string;
  title: string;
  confirm: string;
  isDanger?: boolean;
  isAlert?: boolean;
  /** Returns true when done (the dialog closes); false keeps it open with its errors. */
  onConfirm: () => Promise<boolean>;
  onOpenChange?: (isOpen: boolean) => void;
  children: ReactNode;
}

/** A React Aria dialog (focus trapped, Escape cancels, focus returns) whose confirm can fail and explain why. */
export function ActionDialog(props: ActionDialogProps) {
  const { t } = useTranslation();
  const [isPending, setPending] = useState(false);
  return (
    <DialogTrigger onOpenChange={props.onOpenChange}>
      <Button className={props.triggerClassName} aria-label={props.triggerLabel}>
        {props.trigger}
      </Button>
      <ModalOverlay className="modal-overlay">
        <Modal className="modal">
          <Dialog role={props.isAlert ? 'alertdialog' : 'dialog'} className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{props.title}</Heading>
                <div className="dialog-body">{props.children}</div>
                <div className="dialog-actions">
                  <Button className="button" onPress={close} autoFocus={props.isAlert}>
                    {t('cancel')}
                  </Button>
                  <Button
                    className={
                      props.isDanger ? 'button button-primary button-danger' : 'button button-primary'
                    }
                    isDisabled={isPending}
                    onPress={async () => {
                      setPending(true);
                      try {
                        if (await props.onConfirm()) close();
                      } finally {
                        setPending(false);
                      }
                    }}
                  >
                    {props.confirm}
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

interface Props {
  view: TRoundView;
  /** Says what happened, in the page's live region. */
  onDone: (message: string) => void;
}

/** "Stäng omgången": explains the freeze; a refusal because of drafts lists them. */
export function CloseRoundButton({ view, onDone }: Props) {
  const { t } = useTranslation('rounds');
  const refresh = useRefresh(view.round.id);
  const [error, setError] = useState<string>();
  const [drafts, setDrafts] = useState<string[]>([]);
  const { round } = view;
  const reset = () => {
    setError(undefined);
    setDrafts([]);
  };
  return (
    <ActionDialog
      trigger={t('close.trigger')}
      triggerClassName="button button-primary"
      title={t('close.title', { period: round.period })}
      confirm={t('close.confirm')}
      isAlert
      onOpenChange={reset}
      onConfirm={async () => {
        reset();
        try {
          await closeRound(round.id, round.version);
        } catch (failure) {
          setError(errorMessage(failure));
          setDrafts(draftDetails(failure));
          await refresh();
          return false;
        }
        await refresh();
        onDone(t('close.closed'));
        return true;
      }}
    >
      <p>{t('close.body', { period: round.period, unit: round.orgUnitPath })}</p>
      {view.totals.notReported > 0 ? (
        <p>{t('close.notReported', { count: view.totals.notReported })}</p>
      ) : null}
      {error ? (
        <div className="alert alert-error" role="alert">
          <p>{error}</p>
          {drafts.length > 0 ? (
            <>
              <p>{t('close.drafts')}</p>
              <ul data-testid="close-drafts">
                {drafts.map((draft) => (
                  <li key={draft}>{draft}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </ActionDialog>
  );
}

/** "Öppna igen": a reason is required (checked here and by the server), and logged. */
export function ReopenRoundButton({ view, onDone }: Props) {
  const { t } = useTranslation('rounds');
  const refresh = useRefresh(view.round.id);
  const id = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [error, setError] = useState<string>();
  const { round } = view;
  return (
    <ActionDialog
      trigger={t('reopen.trigger')}
      triggerClassName="button"
      title={t('reopen.title', { period: round.period })}
      confirm={t('reopen.confirm')}
      onOpenChange={() => {
        setReason('');
        setReasonError(undefined);
        setError(undefined);
      }}
      onConfirm={async () => {
        setError(undefined);
        if (reason.trim() === '') {
          setReasonError(t('reopen.reasonRequired'));
          document.getElementById(`${id}-reason`)?.focus();
          return false;
        }
        setReasonError(undefined);
        try {
          await reopenRound(round.id, round.version, reason.trim());
        } catch (failure) {
          const errors = fieldErrors(failure, ['reason']);
          setReasonError(errors.reason);
          setError(errors.form ?? (errors.reason ? undefined : errorMessage(failure)));
          return false;
        }
        await refresh();
        onDone(t('reopen.reopened'));
        return true;
      }}
    >
      <p>{t('reopen.body')}</p>
      <ReasonField
        id={id}
        label={t('reopen.reason')}
        value={reason}
        onChange={setReason}
        fieldError={reasonError}
        error={error}
      />
    </ActionDialog>
  );
}
