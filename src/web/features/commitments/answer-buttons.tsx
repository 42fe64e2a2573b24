import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCommitment } from '../../../shared/schemas/commitment';
import { acceptCommitment, declineCommitment } from '../../api/commitments';
import { amountText } from '../../app/page-locale';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { errorMessage } from '../../components/query-state';
import { ReasonField } from '../../components/reason-field';
import { ActionDialog } from '../rounds/round-actions';
import { fieldErrors } from '../rounds/rounds';
import { useRefreshCommitments } from './queries';

interface Props {
  commitment: TCommitment;
  /** Says what happened, in the page's live region. */
  onDone: (message: string) => void;
}

/**
 * "Acceptera" shows the very amount the manager accepts and sends it back: the server refuses it if the
 * controller changed the amount meanwhile (the manager then sees the new one). "Avböj" needs a reason.
 */
export function AnswerButtons({ commitment, onDone }: Props) {
  const { t } = useTranslation('commitments');
  const refresh = useRefreshCommitments();
  const unit = commitment.orgUnitPath;
  const amount = amountText(commitment.amount, { unit: 'kr' });
  return (
    <span className="commitment-actions">
      <ConfirmDialog
        trigger={t('accept.button')}
        triggerLabel={t('accept.label', { unit })}
        triggerClassName="button button-primary"
        title={t('accept.title')}
        confirm={t('accept.confirm', { amount })}
        onConfirm={async () => {
          try {
            await acceptCommitment(commitment.id, commitment.version, commitment.amount);
          } finally {
            await refresh();
          }
          onDone(t('accept.done', { unit }));
        }}
      >
        <p>{t('accept.body', { unit, amount, year: commitment.year })}</p>
      </ConfirmDialog>{' '}
      {commitment.state === 'pending' ? <DeclineButton commitment={commitment} onDone={onDone} /> : null}
    </span>
  );
}

function DeclineButton({ commitment, onDone }: Props) {
  const { t } = useTranslation('commitments');
  const refresh = useRefreshCommitments();
  const id = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [error, setError] = useState<string>();
  const unit = commitment.orgUnitPath;
  return (
    <ActionDialog
      trigger={t('decline.button')}
      triggerLabel={t('decline.label', { unit })}
      triggerClassName="button"
      title={t('decline.title')}
      confirm={t('decline.confirm')}
      onOpenChange={() => {
        setReason('');
        setReasonError(undefined);
        setError(undefined);
      }}
      onConfirm={async () => {
        setError(undefined);
        if (reason.trim() === '') {
          setReasonError(t('decline.reasonRequired'));
          document.getElementById(`${id}-reason`)?.focus();
          return false;
        }
        setReasonError(undefined);
        try {
          await declineCommitment(commitment.id, commitment.version, reason.trim());
        } catch (failure) {
          const errors = fieldErrors(failure, ['reason']);
          setReasonError(errors.reason);
          setError(errors.form ?? (errors.reason ? undefined : errorMessage(failure)));
          await refresh();
          return false;
        }
        await refresh();
        onDone(t('decline.done', { unit }));
        return true;
      }}
    >
      <p>
        {t('decline.body', {
          unit,
          year: commitment.year,
          amount: amountText(commitment.amount, { unit: 'kr' }),
        })}
      </p>
      <ReasonField
        id={id}
        label={t('decline.reason')}
        value={reason}
        onChange={setReason}
        fieldError={reasonError}
        error={error}
      />
    </ActionDialog>
  );
}
