import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSwedishDateTime } from '../../shared/date-format';
import type { TScenario } from '../../shared/schemas/scenario';
import { copyScenario, deleteScenario } from '../api/scenarios';
import { useAccess } from '../app/access';
import { Link, useNavigate } from '../app/as-of-links';
import { usePlans } from '../app/queries';
import { ConfirmDialog } from '../components/confirm-dialog';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { invalidateScenarios, useScenarios } from '../features/scenario/queries';
import { compareHref } from '../features/scenario/scenario-links';

function CopyDialog({ scenario, onCopied }: { scenario: TScenario; onCopied: (copy: TScenario) => void }) {
  const { t } = useTranslation('scenario');
  const id = useId();
  const fallback = t('list.copyDefault', { name: scenario.name });
  const [name, setName] = useState(fallback);
  return (
    <ConfirmDialog
      trigger={t('list.copy')}
      triggerLabel={t('list.copyOne', { name: scenario.name })}
      triggerClassName="button button-small"
      title={t('list.copyTitle')}
      confirm={t('list.copyConfirm')}
      onConfirm={async () => onCopied(await copyScenario(scenario.id, name.trim() || fallback))}
    >
      <div className="field">
        <label htmlFor={id}>{t('list.copyName')}</label>
        <input
          id={id}
          className="input-wide"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
    </ConfirmDialog>
  );
}

function ScenarioRow(props: {
  scenario: TScenario;
  planName: string | undefined;
  isChosen: boolean;
  onChoose: (chosen: boolean) => void;
  canEdit: boolean;
  onChanged: (message: string) => void;
}) {
  const { scenario, planName, canEdit } = props;
  const { t } = useTranslation('scenario');
  return (
    <tr data-scenario={scenario.name}>
      <td>
        <input
          type="checkbox"
          aria-label={t('list.chooseOne', { name: scenario.name })}
          checked={props.isChosen}
          onChange={(event) => props.onChoose(event.target.checked)}
        />
      </td>
      <th scope="row">
        <Link to={`/prognosverktyg/${scenario.id}`}>{scenario.name}</Link>
      </th>
      <td>{scenario.sourceNote ?? '–'}</td>
      <td className="nowrap">{scenario.sourceDate ?? '–'}</td>
      <td>
        {planName
          ? t('list.planWith', { plan: planName, source: t(`planSource.${scenario.planSource}`) })
          : t('list.noPlan')}
      </td>
      <td className="nowrap">{formatSwedishDateTime(scenario.updatedAt)}</td>
      {canEdit ? (
        <td>
          <div className="row-actions">
            <CopyDialog
              scenario={scenario}
              onCopied={(copy) => props.onChanged(t('list.copied', { name: copy.name }))}
            />
            <ConfirmDialog
              trigger={t('list.remove')}
              triggerLabel={t('list.removeOne', { name: scenario.name })}
              triggerClassName="button button-small button-danger"
              title={t('list.removeTitle')}
              confirm={t('list.removeConfirm')}
              isDanger
              onConfirm={async () => {
                await deleteScenario(scenario.id, scenario.version);
                props.onChanged(t('list.removed', { name: scenario.name }));
              }}
            >
              <p>{t('list.removeMessage', { name: scenario.name })}</p>
            </ConfirmDialog>
          </div>
        </td>
      ) : null}
    </tr>
  );
}

/** Prognosverktyg (`/prognosverktyg`): the saved scenarios, a new one, copy and delete, choose some to compare. */
export function ScenariosPage() {
  const { t } = useTranslation('scenario');
  usePageTitle(t('title'));
  const scenarios = useScenarios();
  const plans = usePlans();
  const access = useAccess();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const helpId = useId();
  const planName = (id: string | null) => plans.data?.find((p) => p.id === id)?.name;
  const onChanged = (text: string) => {
    setMessage(text);
    void invalidateScenarios(client);
  };
  return (
    <section className="scenarios-page">
      <header className="scenario-heading scenario-heading-row">
        <div>
          <h1>{t('title')}</h1>
          <p className="lead">{t('lead')}</p>
        </div>
        {access.canEditScenarios ? (
          <Link to="/prognosverktyg/nytt" className="button button-primary">
            {t('list.create')}
          </Link>
        ) : null}
      </header>
      <p role="status" className="list-status">
        {message ? <span className="alert alert-ok">{message}</span> : null}
      </p>
      <QueryState query={scenarios}>
        {(list) => {
          // A scenario deleted since it was chosen is not compared.
          const toCompare = chosen.filter((id) => list.some((s) => s.id === id));
          return list.length === 0 ? (
            <p>{t('list.none')}</p>
          ) : (
            <>
              <div className="table-scroll">
                <table className="table scenarios-table" data-testid="scenarios-table">
                  <caption className="visually-hidden">{t('list.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('list.choose')}</th>
                      <th scope="col">{t('list.name')}</th>
                      <th scope="col">{t('list.source')}</th>
                      <th scope="col">{t('list.sourceDate')}</th>
                      <th scope="col">{t('list.plan')}</th>
                      <th scope="col">{t('list.updated')}</th>
                      {access.canEditScenarios ? <th scope="col">{t('list.actions')}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((scenario) => (
                      <ScenarioRow
                        key={scenario.id}
                        scenario={scenario}
                        planName={planName(scenario.planId)}
                        isChosen={chosen.includes(scenario.id)}
                        onChoose={(on) =>
                          setChosen((ids) =>
                            on ? [...ids, scenario.id] : ids.filter((id) => id !== scenario.id),
                          )
                        }
                        canEdit={access.canEditScenarios}
                        onChanged={onChanged}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="compare-actions">
                <button
                  type="button"
                  className="button"
                  aria-describedby={helpId}
                  disabled={toCompare.length < 2}
                  onClick={() => navigate(compareHref(toCompare))}
                >
                  {t('list.compare')} ({toCompare.length})
                </button>
                <span id={helpId} className="help">
                  {t('list.compareHelp')}
                </span>
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
