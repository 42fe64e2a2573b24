import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ZDecisionBody } from '../../../shared/schemas/decision-body';
import { publishBoardReport } from '../../api/board-report';
import { request } from '../../api/client';
import { IsoDateInput } from '../../components/iso-date-input';
import { errorMessage } from '../../components/query-state';

interface Props {
  planId: string;
  unitId: string;
  period: string;
  asOf: string | undefined;
  onPublished: (id: string) => void;
}

const listBodies = () => request('GET', '/api/decision-bodies', z.array(ZDecisionBody));

/** "Publicera…": for which body and meeting; the report is then kept as issued. */
export function PublishDialog({ planId, unitId, period, asOf, onPublished }: Props) {
  const { t } = useTranslation('boardReport');
  const id = useId();
  const bodies = useQuery({ queryKey: ['decision-bodies'], queryFn: listBodies });
  const [bodyId, setBodyId] = useState('');
  const [meetingDate, setMeetingDate] = useState('');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const publish = async (close: () => void) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const published = await publishBoardReport(planId, {
        unitId,
        period,
        asOf,
        bodyId: bodyId || undefined,
        meetingDate: meetingDate || undefined,
      });
      close();
      onPublished(published.id);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <DialogTrigger>
      <Button className="button">{t('publish.button')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('publish.heading')}</Heading>
                <p>{t('publish.intro')}</p>
                <div className="field">
                  <label htmlFor={`${id}-body`}>{t('publish.body')}</label>
                  <select id={`${id}-body`} value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
                    <option value="">{t('publish.noBody')}</option>
                    {(bodies.data ?? [])
                      .filter((b) => b.active)
                      .map((b) => (
                        <option key={b.id} value={b.id}>
                          {b.name}
                        </option>
                      ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-date`}>{t('publish.meetingDate')}</label>
                  <IsoDateInput id={`${id}-date`} value={meetingDate} onChange={setMeetingDate} />
                </div>
                {failure ? (
                  <p className="alert alert-error" role="alert">
                    {failure}
                  </p>
                ) : null}
                <div className="form-actions">
                  <Button className="button button-secondary" onPress={close} autoFocus>
                    {t('publish.cancel')}
                  </Button>
                  <Button className="button" isDisabled={busy} onPress={() => publish(close)}>
                    {t('publish.confirm')}
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
