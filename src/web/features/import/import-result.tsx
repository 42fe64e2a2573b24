import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TImportResult } from '../../../shared/schemas/import';
import { Link } from '../../app/as-of-links';
import { Issues } from './import-issues';
import type { Step } from './import-model';

/** Upload progress, then the server's reading. */
export function Progress({ step }: { step: Extract<Step, { kind: 'sending' }> }) {
  const { t } = useTranslation('import');
  return (
    <div className="import-progress">
      {step.phase === 'upload' ? (
        <>
          <label htmlFor="import-upload-progress">{t('uploadProgress', { percent: step.percent })}</label>
          <progress id="import-upload-progress" max={100} value={step.percent}>
            {step.percent} %
          </progress>
        </>
      ) : (
        <progress aria-label={t('serverReadingLabel')} />
      )}
    </div>
  );
}

/** What the import did, with the way on to the plan. */
export function Result({
  result,
  headingRef,
  onAgain,
}: {
  result: TImportResult;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAgain: () => void;
}) {
  const { t } = useTranslation('import');
  const plan = result.plan;
  return (
    <section aria-labelledby="import-result-heading" className="import-step">
      <h2 id="import-result-heading" ref={headingRef} tabIndex={-1}>
        {t('resultHeading')}
      </h2>
      <div className="alert alert-ok">
        <p data-testid="import-result">
          {t('resultText', {
            plan: plan?.name ?? '',
            created: result.created,
            changed: result.updated - result.unchanged,
            unchanged: result.unchanged,
          })}
        </p>
        {result.unitsCreated.length > 0 ? (
          <p>{t('resultUnits', { count: result.unitsCreated.length })}</p>
        ) : null}
      </div>
      <Issues
        id="import-result-warnings"
        heading={t('warningsHeading')}
        caption={t('warningsCaption')}
        messageHeader={t('warning')}
        issues={result.warnings}
      />
      <div className="import-actions">
        {plan ? (
          <Link className="button button-primary" to={`/planer/${plan.id}/oversikt`}>
            {t('toOverview', { plan: plan.name })}
          </Link>
        ) : null}
        <button type="button" className="button" onClick={onAgain}>
          {t('importAnother')}
        </button>
      </div>
    </section>
  );
}
