import { useEffect, useId, useRef, useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type {
  TAllUnchangedResult,
  TMyReport,
  TReport,
  TUndoUnchangedResult,
} from '../../../shared/schemas/report';
import { confirmAllUnchanged, undoAllUnchanged } from '../../api/reports';
import { errorMessage } from '../../components/query-state';
import { type UnchangedCandidate, unchangedCandidates, unchangedRequest } from './all-unchanged';
import { ConfirmedResult, PendingUndo, UndoneResult } from './all-unchanged-results';
import { amountText } from './report-form';

interface Props {
  roundId: string;
  items: readonly TMyReport[];
  permille: number;
  /** Measures with typed values not stored: "Alla oförändrade" leaves them alone. */
  typed: () => ReadonlySet<string>;
  onWritten: () => void;
}

type Outcome =
  | { kind: 'confirmed'; result: TAllUnchangedResult }
  | { kind: 'undone'; result: TUndoUnchangedResult; reportIds: ReadonlySet<string> };

/**
 * "Alla oförändrade" (issue 11, item 18): a confirmation that lists every measure it will confirm, asks there
 * for the comment a repeated red or deviating report needs, and an "Ångra" while the round is open. After
 * either, focus goes to the status message, which says what happened.
 */
export function AllUnchangedPanel({ roundId, items, permille, typed, onWritten }: Props) {
  const { t } = useTranslation('report');
  const helpId = useId();
  const [plan, setPlan] = useState<ReturnType<typeof unchangedCandidates>>();
  const [comments, setComments] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const status = useRef<HTMLDivElement>(null);
  const [focusTick, setFocusTick] = useState(0);
  // After the dialog has closed (and given focus back to its trigger), the status message takes it.
  useEffect(() => {
    if (focusTick === 0) return;
    const frame = requestAnimationFrame(() => status.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [focusTick]);

  const open = () => {
    const next = unchangedCandidates(items, typed(), permille);
    setComments(
      Object.fromEntries(
        next.confirm
          .filter((c) => c.commentReason && c.item.previous?.comment)
          .map((c) => [c.item.measureId, c.item.previous!.comment!]),
      ),
    );
    setFailure(undefined);
    setPlan(next);
  };
  const request = plan ? unchangedRequest(plan.confirm, comments) : undefined;

  const confirm = async () => {
    if (!request) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await confirmAllUnchanged(roundId, request.measureIds, request.comments);
      setOutcome({ kind: 'confirmed', result });
      setPlan(undefined);
      onWritten();
      setFocusTick((n) => n + 1);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const undo = async (undone: readonly TReport[]) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const reports = undone.map((r) => ({ measureId: r.measureId, version: r.version }));
      const result = await undoAllUnchanged(roundId, reports);
      setOutcome({ kind: 'undone', result, reportIds: new Set(undone.map((r) => r.id)) });
      onWritten();
      setFocusTick((n) => n + 1);
    } catch (error) {
      setFailure(errorMessage(error));
      setFocusTick((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const anything = items.some((i) => i.canConfirmUnchanged && !i.current);
  // What the server still lets "Ångra" withdraw: shown after a reload too, not only right after confirming.
  // (Those just undone are left out until the page's data catches up.)
  const undoable = items.filter(
    (i) =>
      i.canUndoUnchanged && i.current && !(outcome?.kind === 'undone' && outcome.reportIds.has(i.current.id)),
  );
  return (
    <>
      <div className="report-toolbar">
        <button
          type="button"
          className="button button-primary"
          aria-describedby={helpId}
          disabled={busy || !anything}
          onClick={open}
        >
          {t('allUnchanged')}
        </button>
        <span id={helpId} className="muted">
          {t('allUnchangedHelp')}
        </span>
      </div>
      <div
        ref={status}
        role="status"
        tabIndex={-1}
        className="report-result"
        data-testid="all-unchanged-status"
      >
        {outcome?.kind === 'confirmed' ? (
          <ConfirmedResult
            result={outcome.result}
            busy={busy}
            onUndo={() => void undo(outcome.result.reports)}
          />
        ) : null}
        {outcome?.kind === 'undone' ? <UndoneResult result={outcome.result} /> : null}
        {outcome?.kind !== 'confirmed' && undoable.length > 0 ? (
          <PendingUndo
            codes={undoable.map((i) => i.code)}
            busy={busy}
            onUndo={() => void undo(undoable.map((i) => i.current!))}
          />
        ) : null}
        {failure && !plan ? <p className="alert alert-error">{failure}</p> : null}
      </div>
      <ModalOverlay
        className="modal-overlay"
        isOpen={plan !== undefined}
        isDismissable
        onOpenChange={(isOpen) => (isOpen ? undefined : setPlan(undefined))}
      >
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog" data-testid="all-unchanged-dialog">
            <Heading slot="title">{t('allUnchangedDialog.title')}</Heading>
            {plan && request ? (
              <div className="dialog-body">
                {plan.confirm.length === 0 ? (
                  <p>{t('allUnchangedDialog.none')}</p>
                ) : (
                  <>
                    <p>{t('allUnchangedDialog.intro', { count: plan.confirm.length })}</p>
                    <ul className="all-unchanged-list">
                      {plan.confirm.map((candidate) => (
                        <CandidateRow
                          key={candidate.item.measureId}
                          candidate={candidate}
                          comment={comments[candidate.item.measureId] ?? ''}
                          onComment={(text) =>
                            setComments((c) => ({ ...c, [candidate.item.measureId]: text }))
                          }
                        />
                      ))}
                    </ul>
                  </>
                )}
                {request.left.length > 0 ? (
                  <p className="field-error">
                    {t('allUnchangedDialog.left', { count: request.left.length })}
                  </p>
                ) : null}
                {plan.drafts.length > 0 ? (
                  <p className="muted">
                    {t('allUnchangedDialog.drafts', { codes: plan.drafts.map((d) => d.code).join(', ') })}
                  </p>
                ) : null}
                {failure ? (
                  <p className="alert alert-error" role="alert">
                    {failure}
                  </p>
                ) : null}
              </div>
            ) : null}
            <div className="dialog-actions">
              <Button className="button" onPress={() => setPlan(undefined)} autoFocus>
                {t('allUnchangedDialog.cancel')}
              </Button>
              <Button
                className="button button-primary"
                isDisabled={busy || !plan || plan.confirm.length === request?.left.length}
                onPress={() => void confirm()}
              >
                {t('allUnchangedDialog.confirm')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}

function CandidateRow({
  candidate,
  comment,
  onComment,
}: {
  candidate: UnchangedCandidate;
  comment: string;
  onComment: (text: string) => void;
}) {
  const { t } = useTranslation('report');
  const { item, commentReason } = candidate;
  const previous = item.previous!;
  const id = `all-unchanged-${item.measureId}`;
  return (
    <li data-measure={item.code}>
      <strong>{item.code}</strong> {item.title}:{' '}
      {t('allUnchangedDialog.values', {
        outcome: `${amountText(previous.outcomeYtd) || '–'} tkr`,
        forecast: `${amountText(previous.forecastYear) || '–'} tkr`,
        status: t(`status.${previous.status}`),
      })}
      {commentReason ? (
        <div className="field">
          <label htmlFor={id}>{t('allUnchangedDialog.comment', { code: item.code })}</label>
          <textarea
            id={id}
            rows={2}
            value={comment}
            aria-describedby={`${id}-help`}
            onChange={(e) => onComment(e.target.value)}
          />
          <p id={`${id}-help`} className="help">
            {t('allUnchangedDialog.commentHelp', { reason: commentReason })}
          </p>
        </div>
      ) : null}
    </li>
  );
}
