import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { formatSwedishDateTime } from '../../shared/date-format';
import type { TScenario } from '../../shared/schemas/scenario';
import { useAccess } from '../app/access';
import { Link, useNavigate } from '../app/as-of-links';
import { usePlans } from '../app/queries';
import { NotAsOf } from '../components/as-of';
import { usePageTitle } from '../components/page-title';
import { errorMessage, QueryState } from '../components/query-state';
import { useScenario, useScenarioResult } from '../features/scenario/queries';
import { draftFromScenario, newDraft } from '../features/scenario/scenario-draft';
import { ScenarioEditor } from '../features/scenario/scenario-editor';

function Breadcrumbs({ current }: { current: string }) {
  const { t } = useTranslation('scenario');
  return (
    <nav aria-label={t('editor.breadcrumb')} className="breadcrumbs">
      <ol>
        <li>
          <Link to="/prognosverktyg">{t('title')}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

/** A message after a save, focused so that a screen reader says it (as on the measure page). */
function Notice({ notice }: { notice: { text: string; at: number } | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  return (
    <div role="status" className="notice-region">
      {notice ? (
        <p ref={ref} tabIndex={-1} className="alert alert-ok" data-testid="notice">
          {notice.text}
        </p>
      ) : null}
    </div>
  );
}

function useNotice() {
  const { t } = useTranslation('scenario');
  const location = useLocation();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<{ text: string; at: number } | undefined>(() =>
    (location.state as { saved?: boolean } | null)?.saved ? { text: t('editor.saved'), at: 0 } : undefined,
  );
  // The message belongs to the moment of saving, not to a later visit through the history.
  useEffect(() => {
    if (location.state) navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [location, navigate]);
  return [notice, (text: string) => setNotice({ text, at: Date.now() })] as const;
}

function ExistingScenario({ id }: { id: string }) {
  const { t } = useTranslation('scenario');
  const scenario = useScenario(id);
  const result = useScenarioResult(id);
  const access = useAccess();
  const navigate = useNavigate();
  const [notice, showNotice] = useNotice();
  usePageTitle(scenario.data?.name ?? t('title'));
  return (
    <QueryState query={scenario}>
      {(saved) => {
        if (result.isPending) {
          return (
            <p className="loading" role="status">
              {t('common:loading')}
            </p>
          );
        }
        const when = formatSwedishDateTime(saved.updatedAt);
        return (
          <article className="scenario-page">
            <Breadcrumbs current={saved.name} />
            <header className="scenario-heading">
              <h1>{saved.name}</h1>
              <p className="measure-meta">
                {t('editor.createdBy', { name: saved.createdBy })}, {t('editor.updatedAt', { when })},{' '}
                {t('editor.version', { version: saved.version })}
              </p>
            </header>
            <Notice notice={notice} />
            {!access.canEditScenarios && !access.isAsOf ? (
              <p className="help">{t('editor.tryOnly')}</p>
            ) : null}
            {result.isError ? (
              <p className="alert alert-error" role="alert">
                {errorMessage(result.error)}
              </p>
            ) : null}
            <ScenarioEditor
              key={saved.id}
              saved={saved}
              savedResult={result.data}
              initialDraft={draftFromScenario(saved)}
              isEditable={!access.isAsOf}
              canSave={access.canEditScenarios}
              onNotice={showNotice}
              onCreated={(created: TScenario) =>
                navigate(`/prognosverktyg/${created.id}`, { state: { saved: true } })
              }
            />
          </article>
        );
      }}
    </QueryState>
  );
}

function NewScenario() {
  const { t } = useTranslation('scenario');
  const access = useAccess();
  const navigate = useNavigate();
  const plans = usePlans();
  usePageTitle(t('editor.newTitle'));
  const [notice, showNotice] = useNotice();
  return (
    <article className="scenario-page">
      <Breadcrumbs current={t('editor.newTitle')} />
      <header className="scenario-heading">
        <h1>{t('editor.newTitle')}</h1>
      </header>
      <Notice notice={notice} />
      <NotAsOf>
        {!access.canEditScenarios ? (
          <p className="alert alert-warning">{t('editor.readOnly')}</p>
        ) : (
          <QueryState query={plans}>
            {(list) => (
              <ScenarioEditor
                saved={null}
                savedResult={undefined}
                initialDraft={newDraft({ today: new Date(), planId: list[0]?.id ?? null })}
                isEditable
                canSave
                onNotice={showNotice}
                onCreated={(created) =>
                  navigate(`/prognosverktyg/${created.id}`, { replace: true, state: { saved: true } })
                }
              />
            )}
          </QueryState>
        )}
      </NotAsOf>
    </article>
  );
}

/** One scenario of the forecast tool (`/prognosverktyg/:scenarioId`), or a new one (`/prognosverktyg/nytt`). */
export function ScenarioPage() {
  const { scenarioId } = useParams();
  return scenarioId ? <ExistingScenario key={scenarioId} id={scenarioId} /> : <NewScenario />;
}
