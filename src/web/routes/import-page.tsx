import { useTranslation } from 'react-i18next';
import { useAccess } from '../app/access';
import { useOrgUnits, usePlans } from '../app/plan-context';
import { NotAsOf } from '../components/as-of';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { ExportList } from '../features/import/export-list';
import { ImportForm } from '../features/import/import-form';

/** Import a plan from the Excel template (preview first, then confirm) and export any plan to it. */
export function ImportPage() {
  const { t } = useTranslation('import');
  usePageTitle(t('title'));
  const plans = usePlans();
  const units = useOrgUnits();
  const access = useAccess();
  return (
    <div className="import-page">
      <h1>{t('title')}</h1>
      <p className="import-intro">{t('intro')}</p>
      {/* Import writes and export is of the present: neither is offered as of a past instant. */}
      <NotAsOf>
        <QueryState query={units}>
          {() => (
            <QueryState query={plans}>
              {(list) => (
                <>
                  <section aria-labelledby="import-heading">
                    <h2 id="import-heading">{t('importHeading')}</h2>
                    {access.canImportPlan ? (
                      <>
                        <p className="help import-help">{t('importHelp')}</p>
                        <ImportForm plans={list} />
                      </>
                    ) : (
                      <p className="alert alert-warning" data-testid="no-import-access">
                        {t('noImportAccess')}
                      </p>
                    )}
                  </section>
                  <section aria-labelledby="export-heading">
                    <h2 id="export-heading">{t('exportHeading')}</h2>
                    <p className="help">{t('exportHelp')}</p>
                    <ExportList plans={list} />
                  </section>
                </>
              )}
            </QueryState>
          )}
        </QueryState>
      </NotAsOf>
    </div>
  );
}
