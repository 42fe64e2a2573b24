import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { amountText } from '../../app/page-locale';
import { usePlausibilityLimit } from '../../app/plausibility';
import { PlausibilityDialog } from '../../components/plausibility-dialog';
import { Codes, Issues } from './import-issues';
import type { Step } from './import-model';
import { implausibleImportChanges } from './import-plausibility';

const shown = (kronor: number | null | undefined) =>
  kronor === null || kronor === undefined ? '–' : amountText(kronor, { unit: 'tkr' });

/**
 * What the import would do (the dry run): counts, codes, units, problems, and the implausible amounts
 * (issue 11, item 2), which "Bekräfta import" asks about in the plausibility dialog before importing.
 */
export function ImportPreview({
  step,
  headingRef,
  onConfirm,
  onStartOver,
}: {
  step: Extract<Step, { kind: 'preview' }>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onConfirm: () => void;
  onStartOver: () => void;
}) {
  const { t } = useTranslation('import');
  const { result } = step;
  const hasErrors = result.errors.length > 0;
  const changed = result.updated - result.unchanged;
  const plan = result.plan?.name ?? step.planLabel;
  const limit = usePlausibilityLimit();
  const [asking, setAsking] = useState(false);
  const implausible = hasErrors
    ? []
    : implausibleImportChanges(result, limit, {
        effect: (year, costType) => `${t(`enums:costType.${costType}`)} ${year}`,
        field: (field) => t(`fields:${field}`),
      });
  const confirm = () => (implausible.length > 0 ? setAsking(true) : onConfirm());
  return (
    <section aria-labelledby="import-preview-heading" className="import-step">
      <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1}>
        {plan
          ? t('previewHeading', { file: step.fileName, plan })
          : t('previewHeadingNoPlan', { file: step.fileName })}
      </h2>
      {hasErrors ? (
        <div className="alert alert-error">
          <p>{t('previewErrors', { count: result.errors.length })}</p>
        </div>
      ) : (
        <div className="alert alert-ok">
          <p>{t('previewOk')}</p>
        </div>
      )}
      {hasErrors ? null : (
        <>
          <dl className="key-figures import-counts">
            <div className="key-figure">
              <dt>{t('toCreate')}</dt>
              <dd data-testid="count-created">{result.created}</dd>
            </div>
            <div className="key-figure">
              <dt>{t('toUpdate')}</dt>
              <dd data-testid="count-changed">{changed}</dd>
            </div>
            <div className="key-figure">
              <dt>{t('unchanged')}</dt>
              <dd data-testid="count-unchanged">{result.unchanged}</dd>
            </div>
            <div className="key-figure">
              <dt>{t('unitsToCreate')}</dt>
              <dd data-testid="count-units">{result.unitsCreated.length}</dd>
            </div>
          </dl>
          <Codes label={t('codesToCreate')} codes={result.codesCreated} />
          <Codes label={t('codesToUpdate')} codes={result.codesChanged} />
          {implausible.length > 0 ? (
            <div className="alert alert-warning" data-testid="import-implausible">
              <h3 id="import-implausible-heading">
                {t('implausibleHeading', { count: implausible.length })}
              </h3>
              <p>{t('implausibleIntro', { limit: amountText(limit, { unit: 'mnkr' }) })}</p>
              <ul aria-labelledby="import-implausible-heading">
                {implausible.map((change) => (
                  <li key={change.label}>
                    {t('implausibleItem', {
                      label: change.label,
                      previous: shown(change.previous),
                      next: shown(change.next),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {result.unitsCreated.length > 0 ? (
            <>
              <h3 id="import-units-heading">{t('unitsToCreateList')}</h3>
              <ul aria-labelledby="import-units-heading" className="import-units">
                {result.unitsCreated.map((path) => (
                  <li key={path}>{path}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
      <Issues
        id="import-errors"
        heading={t('errorsHeading')}
        caption={t('errorsCaption')}
        messageHeader={t('message')}
        issues={result.errors}
      />
      <Issues
        id="import-warnings"
        heading={t('warningsHeading')}
        caption={t('warningsCaption')}
        messageHeader={t('warning')}
        issues={result.warnings}
      />
      <div className="import-actions">
        {hasErrors ? null : (
          <button type="button" className="button button-primary" onClick={confirm}>
            {t('confirm')}
          </button>
        )}
        <button type="button" className="button" onClick={onStartOver}>
          {t('startOver')}
        </button>
      </div>
      <PlausibilityDialog
        changes={asking ? implausible : []}
        limit={limit}
        onConfirm={() => {
          setAsking(false);
          onConfirm();
        }}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}
