import { useTranslation } from 'react-i18next';
import type { TAllUnchangedResult, TUndoUnchangedResult } from '../../../shared/schemas/report';

/** What "Alla oförändrade" did, with "Ångra" for the confirmations it wrote. */
export function ConfirmedResult({
  result,
  busy,
  onUndo,
}: {
  result: TAllUnchangedResult;
  busy: boolean;
  onUndo: () => void;
}) {
  const { t } = useTranslation('report');
  return (
    <div className="alert alert-ok" data-testid="all-unchanged-result">
      <p>{t('allDone', { count: result.confirmed })}</p>
      {result.skipped.length > 0 ? (
        <>
          <p>{t('skippedHeading')}:</p>
          <ul>
            {result.skipped.map((s) => (
              <li key={s.measureId}>
                {s.code}: {t(`skipReason.${s.reason}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.confirmed > 0 ? <UndoButton count={result.confirmed} busy={busy} onUndo={onUndo} /> : null}
    </div>
  );
}

/**
 * The confirmations as unchanged the server still lets "Ångra" withdraw (the round is open and they are as
 * written), shown from the page's data: after a reload, or in another tab, as well as right after confirming.
 */
export function PendingUndo({
  codes,
  busy,
  onUndo,
}: {
  codes: readonly string[];
  busy: boolean;
  onUndo: () => void;
}) {
  const { t } = useTranslation('report');
  return (
    <div className="alert alert-ok" data-testid="all-unchanged-pending">
      <p>{t('undo.pending', { count: codes.length, codes: codes.join(', ') })}</p>
      <UndoButton count={codes.length} busy={busy} onUndo={onUndo} />
    </div>
  );
}

function UndoButton({ count, busy, onUndo }: { count: number; busy: boolean; onUndo: () => void }) {
  const { t } = useTranslation('report');
  return (
    <p>
      <button
        type="button"
        className="button button-small"
        aria-label={t('undo.label', { count })}
        disabled={busy}
        onClick={onUndo}
      >
        {t('undo.button')}
      </button>{' '}
      <span className="muted">{t('undo.help')}</span>
    </p>
  );
}

/** What "Ångra" withdrew, and what it left because it changed since or its period closed. */
export function UndoneResult({ result }: { result: TUndoUnchangedResult }) {
  const { t } = useTranslation('report');
  return (
    <div className="alert alert-ok" data-testid="all-unchanged-undone">
      <p>{t('undo.done', { count: result.undone })}</p>
      {result.skipped.length > 0 ? (
        <ul>
          {result.skipped.map((s) => (
            <li key={s.measureId}>
              {s.code}: {t(`undo.${s.reason}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
